/**
 * The events dashboard widget's numbers against Postgres: an organizer counts only their own
 * events and the registrations to them, moderators count every event, an admin every registration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeEvent } from '../../../../tests/bookings/helpers'
import { createUser } from '../../../../tests/helpers/fixtures'
import { startTestServer, type TestServer } from '../../../../tests/helpers/server'
import { eventsPlugin } from '..'
import { eventsDashboard } from './dashboard'

let t: TestServer
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const reqFor = (payload: Payload, user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) as Promise<PayloadRequest>
const total = (series: { points: Record<string, number | string>[] }, key: string) => series.points.reduce((sum, p) => sum + Number(p[key] ?? 0), 0)

async function register(payload: Payload, eventId: number, userId: number) {
  const bucket = (await payload.find({ collection: 'booking-buckets', where: { and: [{ resourceCollection: { equals: 'events' } }, { resourceId: { equals: eventId } }] }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  return payload.create({ collection: 'booking-registrations', data: { user: userId, resourceCollection: 'events', resourceId: eventId, bucket: bucket.id, status: 'confirmed' } as never, overrideAccess: true })
}

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('events dashboard numbers', () => {
  it('an organizer counts their own events and registrations; moderators all events; an admin all registrations', async () => {
    const [mine, rival, editor, admin, fan] = await Promise.all([
      createUser(t.payload, { roles: ['organizer'] }),
      createUser(t.payload, { roles: ['organizer'] }),
      createUser(t.payload, { roles: ['editor'] }),
      createUser(t.payload, { roles: ['admin'] }),
      createUser(t.payload, { roles: ['participant'] }),
    ])
    await makeEvent(t.payload, mine.id, { status: 'pending_review', startsAt: inDays(20), endsAt: inDays(21) })
    const soon = await makeEvent(t.payload, mine.id, { startsAt: inDays(2), endsAt: inDays(3) })
    await makeEvent(t.payload, mine.id, { startsAt: inDays(10), endsAt: inDays(11) }) // not this week
    await makeEvent(t.payload, rival.id, { status: 'pending_review', startsAt: inDays(20), endsAt: inDays(21) })
    const theirs = await makeEvent(t.payload, rival.id, { startsAt: inDays(3), endsAt: inDays(4) })
    await register(t.payload, soon.id, fan.id)
    await register(t.payload, soon.id, rival.id)
    await register(t.payload, theirs.id, fan.id)

    const own = await eventsDashboard(await reqFor(t.payload, mine))
    expect(own.waitingModeration).toBe(1)
    expect(own.upcomingWeek).toBe(1) // the rival's published event is public, but not theirs
    expect(total(own.registrations, 'registrations')).toBe(2)
    expect(own.registrations.points).toHaveLength(30)

    const moderator = await eventsDashboard(await reqFor(t.payload, editor))
    expect(moderator.waitingModeration).toBeGreaterThanOrEqual(2)
    expect(moderator.upcomingWeek).toBeGreaterThanOrEqual(2)
    expect(total(moderator.registrations, 'registrations')).toBe(0) // organizes nothing, reads no one's registrations

    const all = await eventsDashboard(await reqFor(t.payload, admin))
    expect(all.waitingModeration).toBe(moderator.waitingModeration)
    expect(total(all.registrations, 'registrations')).toBeGreaterThanOrEqual(3)
  })

  it('registers its widget for organizers and editors from the plugin, so a disabled plugin shows none', () => {
    const config = eventsPlugin()({ collections: [] } as never) as { admin?: { dashboard?: { widgets: { slug: string }[] } }; custom?: Record<string, unknown> }
    expect(config.admin?.dashboard?.widgets.map((w) => w.slug)).toEqual(['events-overview'])
    expect(config.custom?.vibeDashboardWidgets).toEqual([expect.objectContaining({ slug: 'events-overview', roles: ['organizer', 'editor'] })])
  })
})
