/**
 * The capacity race, with its control: N+50 concurrent HTTP registrations for N places. With the
 * engine's single statement exactly N get a place and the rest a 409 with a reason; with the
 * lock switched off (BOOKINGS_CAPACITY_LOCK=off, the naive read-then-write) the event oversells.
 * Shared quotas: a festival's capacity holds across its packages under concurrency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { makeEvent, registrationsOf, several } from './helpers'

const N = 10
let t: TestServer
let organizer: { auth: Auth; user: any }
let crowd: { auth: Auth; user: any }[]

beforeAll(async () => {
  // the test is about places, not pool sizing: with 60 requests queued on 10 connections on a loaded
  // machine, the JWT lookups' reachability probe (2 s) can answer 503 before any place is decided
  t = await startTestServer({ env: { DATABASE_POOL_MAX: '30', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '60000' } })
  organizer = await userSession(t.payload, t.api, ['organizer'])
  crowd = await several(N + 50, () => userSession(t.payload, t.api, ['participant']))
})
afterAll(async () => {
  delete process.env.BOOKINGS_CAPACITY_LOCK
  await t?.close()
})

/**
 * One POST per person, all at once. A 503 (the platform's "database unavailable" answer, given
 * before the handler runs when the JWT lookup cannot get a connection on this loaded machine)
 * wrote nothing: the client retries it, as real clients do on Retry-After.
 */
async function post(path: string, body: unknown, auth: Auth) {
  for (let attempt = 0; ; attempt++) {
    const res = await t.api.post(path, body, auth)
    if (res.status !== 503 || attempt >= 20) return res
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 400))
  }
}

const rush = (eventId: number) => Promise.all(crowd.map((c) => post(`/api/events/${eventId}/register`, { waitlist: false }, c.auth)))

describe('capacity under concurrency', () => {
  it(`control: with the lock off, ${N + 50} concurrent requests oversell ${N} places`, async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { capacity: N, waitlistEnabled: false })
    process.env.BOOKINGS_CAPACITY_LOCK = 'off'
    try {
      const answers = await rush(event.id)
      expect(answers.some((a) => a.status === 500)).toBe(false)
      const placed = (await registrationsOf(t, event.id)).filter((r) => r.status === 'confirmed')
      console.info(`capacity control (lock off): ${placed.length} confirmed registrations for ${N} places`)
      expect(placed.length).toBeGreaterThan(N)
    } finally {
      delete process.env.BOOKINGS_CAPACITY_LOCK
    }
  })

  it(`with the engine's statement exactly ${N} of ${N + 50} get a place; the rest get 409 and a reason`, async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { capacity: N, waitlistEnabled: false })
    const answers = await rush(event.id)
    expect(answers.filter((a) => a.status === 201)).toHaveLength(N)
    const refused = answers.filter((a) => a.status === 409)
    expect(refused).toHaveLength(50)
    expect(refused[0].body.errors[0].message).toMatch(/Sold out/)
    const regs = await registrationsOf(t, event.id)
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(N)
    const bucket = (await t.payload.find({ collection: 'booking-buckets', where: { resourceId: { equals: event.id } }, depth: 0 })).docs[0] as any
    expect(bucket).toMatchObject({ taken: N, capacity: N })
  })

  it('with a waitlist, the overflow is waitlisted instead of refused', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { capacity: 5, waitlistEnabled: true })
    const answers = await Promise.all(crowd.slice(0, 20).map((c) => post(`/api/events/${event.id}/register`, {}, c.auth)))
    expect(answers.every((a) => a.status === 201)).toBe(true)
    const regs = await registrationsOf(t, event.id)
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(5)
    expect(regs.filter((r) => r.status === 'waitlisted')).toHaveLength(15)
  })

  it('a festival capacity is shared by its packages: concurrent buyers of three packages never exceed it', async () => {
    const festival = (await t.payload.create({
      collection: 'festivals',
      data: { name: 'Shared quota fest', status: 'published', organizer: organizer.user.id, startDate: new Date(Date.now() + 30 * 86_400_000).toISOString(), capacity: 12 } as never,
      overrideAccess: true,
    })) as any
    const packages = await Promise.all(
      (['basic', 'premium', 'vip'] as const).map((level) =>
        t.payload.create({ collection: 'festival-packages', data: { festival: festival.id, name: level.toUpperCase(), level, price: 0, slots: 10 } as never, overrideAccess: true }),
      ),
    )
    const answers = await Promise.all(crowd.slice(0, 45).map((c, i) => post(`/api/festival-packages/${packages[i % 3].id}/register`, {}, c.auth)))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(12)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(33)
    const buckets = (await t.payload.find({ collection: 'booking-buckets', where: { resourceCollection: { in: ['festivals', 'festival-packages'] } }, depth: 0 })).docs as any[]
    const festivalBucket = buckets.find((b) => b.resourceCollection === 'festivals')
    expect(festivalBucket.taken).toBe(12)
    expect(buckets.filter((b) => b.resourceCollection === 'festival-packages').reduce((s, b) => s + b.taken, 0)).toBe(12)
  })
})
