import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { addDashboardWidgets, defaultLayout } from '.'
import { asSystem, forRoles, SYSTEM_GROUP } from '../visibility'

const layoutFor = (config: Config, roles: string[]) =>
  defaultLayout({ req: { payload: { config }, user: { roles } } as unknown as PayloadRequest }) as unknown as { widgetSlug: string }[]

describe('dashboard widget registration', () => {
  const base: Config = { admin: {} } as Config
  const withDelivery = addDashboardWidgets(base, [{ slug: 'delivery', Component: '/x#D', roles: ['restaurant-owner'], order: 10 }])
  const withAll = addDashboardWidgets(withDelivery, [
    { slug: 'payments', Component: '/x#P', roles: [], order: 30 },
    { slug: 'learning', Component: '/x#L', roles: ['instructor'], order: 20 },
  ])

  it('gives each role the widgets registered for it, admins all of them, in order', () => {
    expect(withAll.admin?.dashboard?.widgets.map((w) => w.slug)).toEqual(['delivery', 'payments', 'learning'])
    expect(layoutFor(withAll, ['admin']).map((w) => w.widgetSlug)).toEqual(['delivery', 'learning', 'payments'])
    expect(layoutFor(withAll, ['restaurant-owner']).map((w) => w.widgetSlug)).toEqual(['delivery'])
    expect(layoutFor(withAll, ['instructor']).map((w) => w.widgetSlug)).toEqual(['learning'])
  })

  it('a plugin left out registers nothing, and a slug is registered once', () => {
    expect(layoutFor(addDashboardWidgets(base, []), ['admin'])).toEqual([])
    expect(() => addDashboardWidgets(withDelivery, [{ slug: 'delivery', Component: '/x#D' }])).toThrow(/twice/)
  })

  it('hides collections from roles that do not work with them, and System from all but admins', () => {
    const [restaurants] = forRoles([{ slug: 'restaurants', fields: [] }], ['restaurant-owner'])
    const hidden = restaurants.admin?.hidden as (a: { user: unknown }) => boolean
    expect(hidden({ user: { roles: ['restaurant-owner'] } })).toBe(false)
    expect(hidden({ user: { roles: ['admin'] } })).toBe(false)
    expect(hidden({ user: { roles: ['instructor'] } })).toBe(true)
    const reads = asSystem({ slug: 'message-reads', fields: [], admin: { group: 'Messages' } } as CollectionConfig)
    expect(reads.admin?.group).toEqual(SYSTEM_GROUP)
    expect((reads.admin?.hidden as (a: { user: unknown }) => boolean)({ user: { roles: ['editor'] } })).toBe(true)
  })
})
