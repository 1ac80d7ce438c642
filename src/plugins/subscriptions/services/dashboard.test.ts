/**
 * The subscriptions dashboard widget's numbers against Postgres: an admin counts every
 * subscription; anyone else reads (and so counts) only their own.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../../../../tests/helpers/fixtures'
import { startTestServer, type TestServer } from '../../../../tests/helpers/server'
import { subscriptionsPlugin } from '..'
import { subscriptionsDashboard } from './dashboard'

let t: TestServer
const reqFor = (payload: Payload, user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) as Promise<PayloadRequest>
const total = (series: { points: Record<string, number | string>[] }, key: string) => series.points.reduce((sum, p) => sum + Number(p[key] ?? 0), 0)

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('subscriptions dashboard numbers', () => {
  it('an admin counts every subscription by status, a subscriber only their own', async () => {
    // one current subscription per user and plan
    const [alice, bob, carol, dan, admin] = await Promise.all([createUser(t.payload), createUser(t.payload), createUser(t.payload), createUser(t.payload), createUser(t.payload, { roles: ['admin'] })])
    const plan = await t.payload.create({ collection: 'subscription-plans', data: { name: 'Premium', slug: `premium-${Date.now()}`, price: 2000, currency: 'XOF', period: 'month' } as never, overrideAccess: true })
    const subscribe = (user: number, status: string) => t.payload.create({ collection: 'subscriptions', data: { user, plan: plan.id, status, provider: 'sandbox' } as never, overrideAccess: true })
    await subscribe(alice.id, 'active')
    await subscribe(bob.id, 'cancelling')
    await subscribe(carol.id, 'past_due')
    await subscribe(dan.id, 'expired')

    const all = await subscriptionsDashboard(await reqFor(t.payload, admin))
    expect({ active: all.active, pastDue: all.pastDue }).toEqual({ active: 2, pastDue: 1 })
    expect(total(all.created, 'subscriptions')).toBe(4)

    const own = await subscriptionsDashboard(await reqFor(t.payload, alice))
    expect({ active: own.active, pastDue: own.pastDue }).toEqual({ active: 1, pastDue: 0 })
    expect(total(own.created, 'subscriptions')).toBe(1)
  })

  it('registers its widget for admins only from the plugin', () => {
    const config = subscriptionsPlugin()({ collections: [] } as never) as { custom?: Record<string, unknown> }
    expect(config.custom?.vibeDashboardWidgets).toEqual([expect.objectContaining({ slug: 'subscriptions-overview', roles: [] })])
  })
})
