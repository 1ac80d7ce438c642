/**
 * The events dashboard widget's numbers against Postgres: an organizer counts only their own
 * events and the registrations to them (and the revenue and fill rates of those), moderators count
 * every event, an admin every registration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '../../../db/transaction'
import { exec, makeEvent } from '../../../../tests/bookings/helpers'
import { createUser } from '../../../../tests/helpers/fixtures'
import { startTestServer, type TestServer } from '../../../../tests/helpers/server'
import { eventsPlugin } from '..'
import { eventsDashboard } from './dashboard'

let t: TestServer
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const reqFor = (payload: Payload, user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) as Promise<PayloadRequest>
const total = (series: { points: Record<string, number | string>[] }, key: string) => series.points.reduce((sum, p) => sum + Number(p[key] ?? 0), 0)

const bucketOf = async (payload: Payload, eventId: number) =>
  (await payload.find({ collection: 'booking-buckets', where: { and: [{ resourceCollection: { equals: 'events' } }, { resourceId: { equals: eventId } }] }, depth: 0, limit: 1, overrideAccess: true })).docs[0]

async function register(payload: Payload, eventId: number, userId: number, extra: Record<string, unknown> = {}) {
  const bucket = await bucketOf(payload, eventId)
  return payload.create({ collection: 'booking-registrations', data: { user: userId, resourceCollection: 'events', resourceId: eventId, bucket: bucket.id, status: 'confirmed', ...extra } as never, overrideAccess: true })
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
    // paid places (XOF has no minor unit): 5 000 kept, 3 000 with 1 000 refunded, an unpaid hold
    // and a cancellation refunded in full bring nothing; the rival's 2 000 are theirs
    await register(t.payload, soon.id, fan.id, { amount: 5000, currency: 'XOF' })
    await register(t.payload, soon.id, rival.id, { amount: 3000, refundedAmount: 1000, currency: 'XOF' })
    await register(t.payload, soon.id, editor.id, { amount: 4000, currency: 'XOF', status: 'pending_payment' })
    await register(t.payload, soon.id, admin.id, { amount: 4000, refundedAmount: 4000, currency: 'XOF', status: 'cancelled' })
    await register(t.payload, theirs.id, fan.id, { amount: 2000, currency: 'XOF' })
    // places taken or held, as the booking engine counts them (capacity 10)
    await exec(t, sql`UPDATE booking_buckets SET taken = 4 WHERE id = ${(await bucketOf(t.payload, soon.id)).id}`)

    const own = await eventsDashboard(await reqFor(t.payload, mine))
    expect(own.waitingModeration).toBe(1)
    expect(own.upcomingWeek).toBe(1) // the rival's published event is public, but not theirs
    expect(total(own.registrations, 'registrations')).toBe(4)
    expect(own.registrations.points).toHaveLength(30)
    expect(Object.fromEntries(own.byStatus.map((s) => [s.status, s.count]))).toEqual({ draft: 0, pending_review: 1, published: 2, rejected: 0, completed: 0, cancelled: 0 })
    expect(own.revenue.map((r) => r.currency)).toEqual(['XOF'])
    expect(total(own.revenue[0], 'revenue')).toBe(7000)
    // the soonest first, only their own: 4 of 10 taken, then the one in ten days with none
    expect(own.fillRates.map((f) => [f.id, f.taken, f.capacity, f.percent])).toEqual([
      [soon.id, 4, 10, 40],
      [expect.any(Number), 0, 10, 0],
    ])

    const moderator = await eventsDashboard(await reqFor(t.payload, editor))
    expect(moderator.waitingModeration).toBeGreaterThanOrEqual(2)
    expect(moderator.upcomingWeek).toBeGreaterThanOrEqual(2)
    expect(total(moderator.registrations, 'registrations')).toBe(0) // organizes nothing, reads no one's registrations
    expect(moderator.revenue).toEqual([])
    expect(moderator.fillRates.map((f) => f.id)).toEqual(expect.arrayContaining([soon.id, theirs.id]))

    const all = await eventsDashboard(await reqFor(t.payload, admin))
    expect(all.waitingModeration).toBe(moderator.waitingModeration)
    expect(total(all.registrations, 'registrations')).toBeGreaterThanOrEqual(5)
    expect(total(all.revenue.find((r) => r.currency === 'XOF')!, 'revenue')).toBeGreaterThanOrEqual(9000)
  })

  it('registers its widget for organizers and editors from the plugin, so a disabled plugin shows none', () => {
    const config = eventsPlugin()({ collections: [] } as never) as { admin?: { dashboard?: { widgets: { slug: string }[] } }; custom?: Record<string, unknown> }
    expect(config.admin?.dashboard?.widgets.map((w) => w.slug)).toEqual(['events-overview'])
    expect(config.custom?.vibeDashboardWidgets).toEqual([expect.objectContaining({ slug: 'events-overview', roles: ['organizer', 'editor'] })])
  })
})
