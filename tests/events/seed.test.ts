/** The demo seed runs on a fresh database and leaves events in every state and registrations in several. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedEvents } from '../../src/plugins/events/seed'
import { createUser } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('events demo seed', () => {
  it('creates categories, events in each moderation state, a festival with three packages and registrations', async () => {
    const admin = await createUser(t.payload, { roles: ['admin'] })
    const organizers = await Promise.all([createUser(t.payload, { roles: ['organizer'] }), createUser(t.payload, { roles: ['organizer'] })])
    const participants = await Promise.all(Array.from({ length: 6 }, () => createUser(t.payload, { roles: ['participant'] })))
    await seedEvents(t.payload, {
      admin: { id: admin.id, email: admin.email },
      usersByRole: { organizer: organizers.map((u) => ({ id: u.id, email: u.email })), participant: participants.map((u) => ({ id: u.id, email: u.email })) },
      mediaIds: [],
      demoPassword: 'x',
    })
    const events = (await t.payload.find({ collection: 'events', limit: 50, depth: 0 })).docs as any[]
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(['published', 'pending_review', 'rejected', 'draft']))
    expect((await t.payload.find({ collection: 'festival-packages', depth: 0 })).totalDocs).toBe(3)
    const regs = (await t.payload.find({ collection: 'booking-registrations', limit: 100, depth: 0 })).docs as any[]
    expect(new Set(regs.map((r) => r.status))).toEqual(new Set(['confirmed', 'checked_in', 'pending_payment', 'waitlisted']))
  })
})
