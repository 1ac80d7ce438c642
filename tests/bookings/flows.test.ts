/**
 * The registration lifecycle over HTTP: paid places through the sandbox, unpaid-hold expiry,
 * waitlist offer and its expiry, early-bird switch, promo limit under concurrency, check-in once,
 * minimum participants (auto-cancel with refunds), cancellation refunds, cross-user reads (REST and
 * GraphQL), bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { sql } from '../../src/db/transaction'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { exec, makeEvent, paySandbox, registrationsOf, runJob, several } from './helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let organizer: Session
let staff: Session
let other: Session
let admin: Session
let people: Session[]

beforeAll(async () => {
  t = await startTestServer()
  organizer = await userSession(t.payload, t.api, ['organizer'])
  staff = await userSession(t.payload, t.api, ['participant'])
  other = await userSession(t.payload, t.api, ['organizer'])
  admin = await userSession(t.payload, t.api, ['admin'])
  people = await several(12, () => userSession(t.payload, t.api, ['participant']))
})
afterAll(async () => {
  await t?.close()
})

const register = (eventId: number, who: Session, body: Record<string, unknown> = {}) => t.api.post(`/api/events/${eventId}/register`, body, who.auth)
const registration = async (id: number) => (await t.payload.findByID({ collection: 'booking-registrations', id, depth: 0 })) as any
const payment = async (id: number) => (await t.payload.findByID({ collection: 'payments' as never, id, depth: 0 })) as any
const notices = async (userId: number, type: string) =>
  (await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: userId } }, { type: { equals: type } }] }, depth: 0 })).docs

describe('paid places', () => {
  it('holds the place while unpaid, confirms it with a ticket once the sandbox payment is applied', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 5000, currency: 'XOF', capacity: 3 })
    const res = await register(event.id, people[0], { provider: 'sandbox' })
    expect(res.status).toBe(201)
    expect(res.body.registration).toMatchObject({ status: 'pending_payment', amount: 5000, tier: 'regular' })
    expect(res.body.payment.client.type).toBe('sandbox')
    await paySandbox(t, res.body.payment)
    const reg = await registration(res.body.registration.id)
    expect(reg.status).toBe('confirmed')
    expect(reg.ticketCode).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(await notices(people[0].user.id, 'booking.confirmed')).toHaveLength(1)
    // the ticket with its QR, for its owner only
    const ticket = await t.api.get(`/api/bookings/registrations/${reg.id}/ticket`, people[0].auth)
    expect(ticket.status).toBe(200)
    expect(ticket.body).toMatchObject({ code: reg.ticketCode, qr: expect.stringMatching(/^data:image\/png;base64,/) })
    const png = await fetch(`${t.url}/api/bookings/registrations/${reg.id}/ticket.png`, { headers: { authorization: `JWT ${people[0].auth.token}` } })
    expect(png.headers.get('content-type')).toBe('image/png')
    expect((await t.api.get(`/api/bookings/registrations/${reg.id}/ticket`, people[1].auth)).status).toBe(404)
  })

  it('an unpaid hold expires through the job and its seat goes back to the pool', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 3000, capacity: 1, waitlistEnabled: false })
    const held = await register(event.id, people[1], { provider: 'sandbox' })
    expect(held.status).toBe(201)
    expect((await register(event.id, people[2], { provider: 'sandbox' })).status).toBe(409)
    await exec(t, sql`UPDATE booking_registrations SET hold_expires_at = now() - interval '1 second' WHERE id = ${held.body.registration.id}`)
    await runJob(t, 'bookings-expire')
    expect((await registration(held.body.registration.id)).status).toBe('expired')
    const next = await register(event.id, people[2], { provider: 'sandbox' })
    expect(next.status).toBe(201)
    // paying the expired hold afterwards is refunded, not confirmed
    await paySandbox(t, held.body.payment)
    expect((await registration(held.body.registration.id)).status).toBe('expired')
    expect((await payment(held.body.payment.paymentId)).status).toBe('refunded')
  })
})

describe('waitlist', () => {
  it('a freed place is offered to the first waitlisted person, and to the next when the offer expires', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { capacity: 1 })
    const first = await register(event.id, people[3])
    const w1 = await register(event.id, people[4])
    const w2 = await t.api.post(`/api/events/${event.id}/waitlist`, {}, people[5].auth)
    expect(first.body.registration.status).toBe('confirmed')
    expect(w1.body.registration.status).toBe('waitlisted')
    expect(w2.body.registration.status).toBe('waitlisted')
    // the confirmed attendee cancels: the place is offered to w1, with a notice
    expect((await t.api.post(`/api/bookings/registrations/${first.body.registration.id}/cancel`, { reason: 'cannot come' }, people[3].auth)).status).toBe(200)
    const offered = await registration(w1.body.registration.id)
    expect(offered.status).toBe('offered')
    expect(new Date(offered.offerExpiresAt).getTime()).toBeGreaterThan(Date.now())
    expect(await notices(people[4].user.id, 'booking.offer')).toHaveLength(1)
    // someone else cannot accept it
    expect((await t.api.post(`/api/bookings/registrations/${w1.body.registration.id}/accept`, {}, people[5].auth)).status).toBe(404)
    // the offer runs out: w2 gets it
    await exec(t, sql`UPDATE booking_registrations SET offer_expires_at = now() - interval '1 second' WHERE id = ${w1.body.registration.id}`)
    await runJob(t, 'bookings-expire')
    expect((await registration(w1.body.registration.id)).status).toBe('expired')
    expect((await registration(w2.body.registration.id)).status).toBe('offered')
    const accepted = await t.api.post(`/api/bookings/registrations/${w2.body.registration.id}/accept`, {}, people[5].auth)
    expect(accepted.status).toBe(200)
    expect(accepted.body.registration.status).toBe('confirmed')
    const bucket = (await t.payload.find({ collection: 'booking-buckets', where: { resourceId: { equals: event.id } }, depth: 0 })).docs[0] as any
    expect(bucket.taken).toBe(1)
  })
})

describe('prices and promo codes', () => {
  it('early-bird price until its deadline, the regular price from it; a stale tier is refused', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 10000, earlyBirdPrice: 6000, earlyBirdUntil: new Date(Date.now() + 3_600_000).toISOString() })
    const early = await register(event.id, people[6], { provider: 'sandbox', tier: 'early_bird' })
    expect(early.body.registration).toMatchObject({ tier: 'early_bird', amount: 6000 })
    await t.payload.update({ collection: 'events', id: event.id, data: { earlyBirdUntil: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true })
    const stale = await register(event.id, people[7], { provider: 'sandbox', tier: 'early_bird' })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toMatch(/early-bird price has ended/)
    const regular = await register(event.id, people[7], { provider: 'sandbox' })
    expect(regular.body.registration).toMatchObject({ tier: 'regular', amount: 10000 })
  })

  it('a promo code limited to K uses gives exactly K discounts under concurrent requests', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 2000, capacity: 50 })
    const code = await t.api.post('/api/promo-codes', { code: 'FIRST3', resourceCollection: 'events', resourceId: event.id, discountType: 'percentage', discountValue: 50, usageLimit: 3 }, organizer.auth)
    expect(code.status).toBe(201)
    // another organizer cannot make codes for this event
    expect((await t.api.post('/api/promo-codes', { code: 'STEAL', resourceCollection: 'events', resourceId: event.id, discountType: 'percentage', discountValue: 100 }, other.auth)).status).toBe(403)
    const answers = await Promise.all(people.slice(0, 10).map((p) => register(event.id, p, { provider: 'sandbox', promoCode: 'first3' })))
    const ok = answers.filter((a) => a.status === 201)
    expect(ok).toHaveLength(3)
    expect(ok.every((a) => a.body.registration.amount === 1000)).toBe(true)
    expect(answers.filter((a) => a.status === 409).every((a) => /used up/.test(a.body.errors[0].message))).toBe(true)
    expect((await t.payload.findByID({ collection: 'promo-codes', id: code.body.doc.id, depth: 0 })).usageCount).toBe(3)
    // a refused promo took no seat
    expect((await registrationsOf(t, event.id)).length).toBe(3)
  })
})

describe('check-in', () => {
  it('organizer or staff of that event only, once; the second scan says when', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { staff: [staff.user.id] })
    const reg = await register(event.id, people[8])
    const code = (await registration(reg.body.registration.id)).ticketCode
    expect((await t.api.post('/api/bookings/check-in', { code }, other.auth)).status).toBe(403)
    expect((await t.api.post('/api/bookings/check-in', { code }, people[8].auth)).status).toBe(403)
    const first = await t.api.post('/api/bookings/check-in', { code }, staff.auth)
    expect(first.status).toBe(200)
    expect(first.body.attendee.email).toBe(people[8].user.email)
    const second = await t.api.post('/api/bookings/check-in', { code }, organizer.auth)
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toContain(first.body.checkedInAt)
    expect((await t.api.post('/api/bookings/check-in', { code: 'not-a-real-code' }, staff.auth)).status).toBe(404)
    // attendee list + CSV for the organizer, not for others
    const csv = await t.api.get(`/api/events/${event.id}/attendees.csv`, organizer.auth)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect(csv.text).toContain(people[8].user.email)
    expect(csv.text).toContain('checked_in')
    expect((await t.api.get(`/api/events/${event.id}/attendees`, other.auth)).status).toBe(403)
  })
})

describe('minimum participants and refunds', () => {
  it('below its minimum at the deadline, the event is cancelled, everyone refunded through payments and told', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 4000, minParticipants: 3, confirmationDeadline: new Date(Date.now() + 86_400_000).toISOString() })
    const regs = []
    for (const p of people.slice(9, 11)) {
      const r = await register(event.id, p, { provider: 'sandbox' })
      await paySandbox(t, r.body.payment)
      regs.push(r.body)
    }
    await exec(t, sql`UPDATE booking_buckets SET confirmation_deadline = now() - interval '1 second' WHERE resource_collection = 'events' AND resource_id = ${event.id}`)
    await runJob(t, 'bookings-minimums')
    for (const r of regs) {
      expect((await registration(r.registration.id)).status).toBe('cancelled')
      expect((await payment(r.payment.paymentId)).status).toBe('refunded')
    }
    expect(await notices(people[9].user.id, 'booking.resource_cancelled')).toHaveLength(1)
    expect((await t.payload.findByID({ collection: 'events', id: event.id, depth: 0 })).status).toBe('cancelled')
  })

  it('one that reaches its minimum is confirmed and its participants told', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { minParticipants: 1, confirmationDeadline: new Date(Date.now() + 86_400_000).toISOString() })
    await register(event.id, people[11])
    await exec(t, sql`UPDATE booking_buckets SET confirmation_deadline = now() - interval '1 second' WHERE resource_collection = 'events' AND resource_id = ${event.id}`)
    await runJob(t, 'bookings-minimums')
    expect(await notices(people[11].user.id, 'booking.resource_confirmed')).toHaveLength(1)
    expect((await t.payload.findByID({ collection: 'events', id: event.id, depth: 0 })).status).toBe('published')
  })

  it('an attendee cancelling before the deadline is refunded; after it, not', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 1500, cancellationDeadline: new Date(Date.now() + 86_400_000).toISOString() })
    const a = await register(event.id, people[0], { provider: 'sandbox' })
    await paySandbox(t, a.body.payment)
    const b = await register(event.id, people[1], { provider: 'sandbox' })
    await paySandbox(t, b.body.payment)
    const cancelled = await t.api.post(`/api/bookings/registrations/${a.body.registration.id}/cancel`, {}, people[0].auth)
    expect(cancelled.status).toBe(200)
    expect((await payment(a.body.payment.paymentId)).status).toBe('refunded')
    await t.payload.update({ collection: 'events', id: event.id, data: { cancellationDeadline: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true })
    const late = await t.api.post(`/api/bookings/registrations/${b.body.registration.id}/cancel`, {}, people[1].auth)
    expect(late.status).toBe(200)
    expect(late.body.refund).toMatch(/No refund/)
    expect((await payment(b.body.payment.paymentId)).status).toBe('paid')
    // cancelled twice: 409
    expect((await t.api.post(`/api/bookings/registrations/${b.body.registration.id}/cancel`, {}, people[1].auth)).status).toBe(409)
  })
})

describe('reminders', () => {
  it('the day before and the hour before, once each per registration, preferences respected', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { startsAt: new Date(Date.now() + 20 * 3_600_000).toISOString(), endsAt: new Date(Date.now() + 22 * 3_600_000).toISOString() })
    const [keen, quiet] = [people[10], people[11]]
    await register(event.id, keen)
    await register(event.id, quiet)
    await t.payload.create({ collection: 'notification-preferences', data: { user: quiet.user.id, type: 'booking.reminder', channel: 'in-app', enabled: false } as never, overrideAccess: true })
    await runJob(t, 'bookings-reminders')
    await runJob(t, 'bookings-reminders')
    expect(await notices(keen.user.id, 'booking.reminder')).toHaveLength(1)
    expect(await notices(quiet.user.id, 'booking.reminder')).toHaveLength(0)
    await exec(t, sql`UPDATE booking_buckets SET starts_at = now() + interval '30 minutes' WHERE resource_collection = 'events' AND resource_id = ${event.id}`)
    await runJob(t, 'bookings-reminders')
    await runJob(t, 'bookings-reminders')
    const sent = await notices(keen.user.id, 'booking.reminder')
    expect(sent).toHaveLength(2)
    expect(sent.map((n: any) => n.message).join(' ')).toMatch(/in one hour/)
  })
})

describe('access and bad input', () => {
  it("nobody reads another user's registrations or tickets, over REST or GraphQL", async () => {
    const event = await makeEvent(t.payload, organizer.user.id)
    const mine = await register(event.id, people[2])
    const id = mine.body.registration.id
    expect((await t.api.get(`/api/booking-registrations/${id}`, people[3].auth)).status).toBe(404)
    const list = await t.api.get(`/api/booking-registrations?where[resourceId][equals]=${event.id}`, people[3].auth)
    expect(list.body.docs).toHaveLength(0)
    expect((await t.api.get(`/api/booking-registrations/${id}`)).status).toBe(403)
    const gql = await t.api.graphql(`{ BookingRegistrations(where: { resourceId: { equals: ${event.id} } }) { docs { id ticketCode } } }`, {}, people[3].auth)
    expect(gql.body.data?.BookingRegistrations?.docs ?? []).toHaveLength(0)
    const one = await t.api.graphql(`{ BookingRegistration(id: ${id}) { id ticketCode } }`, {}, people[3].auth)
    expect(one.body.data?.BookingRegistration ?? null).toBeNull()
    const own = await t.api.graphql(`{ BookingRegistration(id: ${id}) { id ticketCode } }`, {}, people[2].auth)
    expect(own.body.data.BookingRegistration.ticketCode).toBeTruthy()
    // nobody writes registrations directly
    expect((await t.api.post('/api/booking-registrations', { user: people[3].user.id, status: 'confirmed', resourceCollection: 'events', resourceId: event.id, bucket: 1 }, people[3].auth)).status).toBe(403)
    expect((await t.api.patch(`/api/booking-registrations/${id}`, { status: 'checked_in' }, people[2].auth)).status).toBe(403)
    expect((await t.api.get('/api/booking-buckets', people[2].auth)).status).toBe(403)
    // an admin sees it
    expect((await t.api.get(`/api/booking-registrations/${id}`, admin.auth)).status).toBe(200)
  })

  it('bad input answers 4xx with a reason, never 5xx', async () => {
    const event = await makeEvent(t.payload, organizer.user.id)
    const cases = [
      await t.api.post(`/api/events/${event.id}/register`, { tier: 'vip' }, people[4].auth),
      await t.api.post(`/api/events/${event.id}/register`, { provider: 'paypal' }, people[4].auth),
      await t.api.post(`/api/events/${event.id}/register`, { extra: 1 }, people[4].auth),
      await t.api.post('/api/events/abc/register', {}, people[4].auth),
      await t.api.post('/api/events/999999/register', {}, people[4].auth),
      await t.api.post('/api/bookings/register', { collection: 'users', id: 1 }, people[4].auth),
      await t.api.post('/api/bookings/register', { collection: 'events', id: -1 }, people[4].auth),
      await t.api.post(`/api/events/${event.id}/register`, { promoCode: 'NOPE' }, people[4].auth),
      await t.api.request('POST', `/api/events/${event.id}/register`, { raw: '{not json', headers: { 'content-type': 'application/json' }, auth: people[4].auth }),
      await t.api.post('/api/bookings/check-in', {}, staff.auth),
      await t.api.post('/api/bookings/registrations/0/cancel', {}, people[4].auth),
      await t.api.get('/api/bookings/attendees?collection=events&id=x', organizer.auth),
      await t.api.post(`/api/events/${event.id}/register`, {}),
    ]
    for (const c of cases) {
      expect(c.status, c.text).toBeGreaterThanOrEqual(400)
      expect(c.status, c.text).toBeLessThan(500)
    }
    // registering twice: 409 naming the first registration
    expect((await register(event.id, people[4])).status).toBe(201)
    const twice = await register(event.id, people[4])
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toMatch(/already registered/)
  })
})
