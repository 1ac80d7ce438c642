/**
 * Care over HTTP: practitioner profile (one per user), services with weekly availability
 * (Africa/Porto-Novo time, UTC+1), free slots, bookings. The double-booking race with its control:
 * 10 concurrent bookings of one slot → exactly 1, the rest 409, because of the exclusion
 * constraint; with the constraint dropped, more than one gets through. Paid bookings through the
 * payments sandbox, the transition table and its actors, cross-user access (REST and GraphQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { sql } from '../../src/db/transaction'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { exec, paySandbox, several } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let pro: Session
let otherPro: Session
let client: Session
let rival: Session
let admin: Session
let crowd: Session[]
let practitioner: any
let massage: any
let paid: any

/** The first Monday at least `after` days from now, as YYYY-MM-DD. */
function monday(after = 2) {
  const d = new Date(Date.now() + after * 86_400_000)
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
/** 09:00 Porto-Novo is 08:00 UTC. */
const at = (date: string, utc: string) => `${date}T${utc}:00.000Z`

const availability = [
  { day: 'monday', startTime: '09:00', endTime: '12:00' },
  { day: 'monday', startTime: '14:00', endTime: '18:00' },
  { day: 'wednesday', startTime: '09:00', endTime: '12:00' },
]

beforeAll(async () => {
  t = await startTestServer({ env: { DATABASE_POOL_MAX: '30', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '60000' } })
  pro = await userSession(t.payload, t.api, ['practitioner'])
  otherPro = await userSession(t.payload, t.api, ['practitioner'])
  client = await userSession(t.payload, t.api, ['participant'])
  rival = await userSession(t.payload, t.api, ['participant'])
  admin = await userSession(t.payload, t.api, ['admin'])
  crowd = await several(10, () => userSession(t.payload, t.api, ['participant']))
  const p = await t.api.post('/api/care-practitioners?depth=0', { displayName: 'Aïcha Dossou', profession: 'Kinésithérapeute', specialties: ['massage', 'physio'], city: 'Cotonou', user: otherPro.user.id }, pro.auth)
  expect(p.status).toBe(201)
  practitioner = p.body.doc
  const s = await t.api.post('/api/care-services?depth=0', { title: 'Massage récupération', type: 'massage', practitioner: practitioner.id, price: 0, durationMinutes: 60, availability }, pro.auth)
  expect(s.status).toBe(201)
  massage = s.body.doc
  const s2 = await t.api.post('/api/care-services?depth=0', { title: 'Kiné cheville', type: 'physio', practitioner: practitioner.id, price: 15000, currency: 'XOF', durationMinutes: 45, availability }, pro.auth)
  expect(s2.status).toBe(201)
  paid = s2.body.doc
})
afterAll(async () => {
  await t?.close()
})

const book = (serviceId: number, who: Session, startsAt: string, extra: Record<string, unknown> = {}) => t.api.post(`/api/care-services/${serviceId}/book`, { startsAt, ...extra }, who.auth)

describe('profiles and services', () => {
  it('a profile belongs to its creator, once', async () => {
    expect(practitioner.user).toBe(pro.user.id)
    expect(massage.owner).toBe(pro.user.id)
    expect((await t.api.post('/api/care-practitioners', { displayName: 'Encore' }, pro.auth)).status).toBe(400)
    expect((await t.api.post('/api/care-practitioners', { displayName: 'Pas praticien' }, client.auth)).status).toBe(403)
  })

  it('a practitioner cannot offer services on someone else’s profile nor edit them', async () => {
    const mine = await t.api.post('/api/care-practitioners?depth=0', { displayName: 'Autre' }, otherPro.auth)
    expect(mine.status).toBe(201)
    const res = await t.api.post('/api/care-services', { title: 'Intrus', type: 'yoga', practitioner: practitioner.id, durationMinutes: 60 }, otherPro.auth)
    expect(res.status).toBe(400)
    expect([403, 404]).toContain((await t.api.patch(`/api/care-services/${massage.id}`, { price: 1 }, otherPro.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/care-practitioners/${practitioner.id}`, { bio: 'x' }, otherPro.auth)).status)
  })

  const bad: [string, Record<string, unknown>][] = [
    ['an end before its start', { availability: [{ day: 'monday', startTime: '12:00', endTime: '09:00' }] }],
    ['overlapping rows', { availability: [{ day: 'monday', startTime: '09:00', endTime: '12:00' }, { day: 'monday', startTime: '11:00', endTime: '13:00' }] }],
    ['a time that is not HH:MM', { availability: [{ day: 'monday', startTime: '9h', endTime: '12:00' }] }],
    ['a duration that is not whole minutes', { durationMinutes: 30.5 }],
    ['an unknown practitioner', { practitioner: 999999 }],
    ['an unknown type', { type: 'reiki-quantique' }],
  ]
  for (const [name, over] of bad) {
    it(`refuses ${name} with 400`, async () => {
      const res = await t.api.post('/api/care-services', { title: 'X', type: 'massage', practitioner: practitioner.id, durationMinutes: 60, ...over }, pro.auth)
      expect(res.status).toBe(400)
    })
  }
})

describe('slots and bookings', () => {
  it('lists the free slots of a date in Porto-Novo time and removes a booked one', async () => {
    const date = monday(2)
    const slots = await t.api.get(`/api/care-services/${massage.id}/slots?date=${date}`)
    expect(slots.status).toBe(200)
    expect(slots.body).toMatchObject({ timezone: 'Africa/Porto-Novo', day: 'monday', durationMinutes: 60 })
    expect(slots.body.slots.map((s: any) => s.localTime)).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00', '17:00'])
    expect(slots.body.slots[0].startsAt).toBe(at(date, '08:00'))
    const res = await book(massage.id, client, at(date, '08:00'))
    expect(res.status).toBe(201)
    expect(res.body.booking).toMatchObject({ status: 'pending', client: client.user.id, practitionerUser: pro.user.id, endsAt: at(date, '09:00') })
    const after = await t.api.get(`/api/care-services/${massage.id}/slots?date=${date}`)
    expect(after.body.slots.map((s: any) => s.localTime)).toEqual(['10:00', '11:00', '14:00', '15:00', '16:00', '17:00'])
    // the same practitioner's other service cannot overlap it either
    expect((await book(paid.id, rival, at(date, '08:30'), { provider: 'sandbox' })).status).toBe(409)
    expect((await t.api.get(`/api/care-services/${massage.id}/slots?date=2027-02-30`)).status).toBe(400)
    expect((await t.api.get(`/api/care-services/999999/slots?date=${date}`)).status).toBe(404)
  })

  it('refuses slots outside the availability, in the past, or malformed', async () => {
    const date = monday(9)
    const sunday = new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10)
    expect((await book(massage.id, client, at(sunday, '09:00'))).status).toBe(409)
    const late = await book(massage.id, client, at(date, '10:30')) // 11:30–12:30 Porto-Novo, after 12:00
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toMatch(/outside this service's availability/)
    expect((await book(massage.id, client, at(date, '06:00'))).status).toBe(409) // 07:00 Porto-Novo
    expect((await book(massage.id, client, '2020-01-06T08:00:00.000Z')).status).toBe(409)
    expect((await book(massage.id, client, 'lundi 9h')).status).toBe(400)
    expect((await book(999999, client, at(date, '08:00'))).status).toBe(404)
    expect((await book(massage.id, pro, at(date, '08:00'))).status).toBe(409)
    expect((await t.api.post(`/api/care-services/${massage.id}/book`, { startsAt: at(date, '08:00') })).status).toBe(401)
  })
})

describe('the double-booking race', () => {
  it('10 concurrent bookings of one slot: exactly 1 succeeds, the others 409', async () => {
    const slot = at(monday(16), '13:00')
    const answers = await Promise.all(crowd.map((c) => book(massage.id, c, slot)))
    expect(answers.some((a) => a.status >= 500)).toBe(false)
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    const refused = answers.filter((a) => a.status === 409)
    expect(refused).toHaveLength(9)
    expect(refused[0].body.errors[0].message).toMatch(/already booked/)
  })

  it('control: with the exclusion constraint dropped, more than one gets the same slot', async () => {
    const slot = at(monday(23), '13:00')
    await exec(t, sql`ALTER TABLE care_bookings DROP CONSTRAINT care_bookings_no_overlap`)
    try {
      const answers = await Promise.all(crowd.map((c) => book(massage.id, c, slot)))
      const ok = answers.filter((a) => a.status === 201).length
      console.info(`care control (no constraint): ${ok} bookings of one slot`)
      expect(ok).toBeGreaterThan(1)
    } finally {
      await exec(t, sql`UPDATE care_bookings SET status = 'cancelled' WHERE starts_at = ${slot}`)
      await exec(t, sql`ALTER TABLE care_bookings ADD CONSTRAINT care_bookings_no_overlap EXCLUDE USING gist (practitioner_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status IN ('pending_payment', 'pending', 'confirmed'))`)
    }
  })
})

describe('paid bookings and the transition table', () => {
  it('pays through the sandbox, is confirmed by the practitioner only, cancelled by the client with a refund', async () => {
    const date = monday(30)
    const res = await book(paid.id, client, at(date, '13:00'), { provider: 'sandbox' })
    expect(res.status).toBe(201)
    expect(res.body.booking).toMatchObject({ status: 'pending_payment', amount: 15000, currency: 'XOF', endsAt: at(date, '13:45') })
    expect(res.body.payment.client.type).toBe('sandbox')
    const id = res.body.booking.id
    await paySandbox(t, res.body.payment)
    let doc = (await t.api.get(`/api/care-bookings/${id}?depth=0`, client.auth)).body
    expect(doc.status).toBe('pending')
    const selfConfirm = await t.api.post(`/api/care-bookings/${id}/confirm`, {}, client.auth)
    expect(selfConfirm.status).toBe(409)
    expect(selfConfirm.body.errors[0].message).toMatch(/Only the practitioner or admin/)
    expect((await t.api.post(`/api/care-bookings/${id}/confirm`, {}, rival.auth)).status).toBe(404)
    expect((await t.api.post(`/api/care-bookings/${id}/confirm`, {}, pro.auth)).status).toBe(200)
    expect((await t.api.post(`/api/care-bookings/${id}/complete`, {}, pro.auth)).status).toBe(409) // not started yet
    const told = await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: client.user.id } }, { type: { equals: 'care.confirmed' } }] }, depth: 0 })
    expect(told.docs).toHaveLength(1)
    const cancel = await t.api.post(`/api/care-bookings/${id}/cancel`, { reason: 'Empêchement' }, client.auth)
    expect(cancel.status).toBe(200)
    doc = (await t.api.get(`/api/care-bookings/${id}?depth=0`, client.auth)).body
    expect(doc.status).toBe('cancelled')
    const payment = (await t.payload.findByID({ collection: 'payments' as never, id: res.body.payment.paymentId, depth: 0 })) as any
    expect(['refunded', 'refund_pending', 'partially_refunded']).toContain(payment.status)
    expect((await t.api.post(`/api/care-bookings/${id}/confirm`, {}, pro.auth)).status).toBe(409) // final
    // the freed slot can be booked again
    expect((await book(paid.id, rival, at(date, '13:00'), { provider: 'sandbox' })).status).toBe(201)
  })

  it('a client cannot cancel once the session has started; the practitioner can, then nothing moves', async () => {
    const res = await book(massage.id, client, at(monday(37), '08:00'))
    const id = res.body.booking.id
    await exec(t, sql`UPDATE care_bookings SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '50 minutes' WHERE id = ${id}`)
    const c = await t.api.post(`/api/care-bookings/${id}/cancel`, {}, client.auth)
    expect(c.status).toBe(409)
    expect(c.body.errors[0].message).toMatch(/started/)
    expect((await t.api.post(`/api/care-bookings/${id}/confirm`, {}, pro.auth)).status).toBe(200)
    expect((await t.api.post(`/api/care-bookings/${id}/complete`, {}, pro.auth)).status).toBe(200)
    expect((await t.api.post(`/api/care-bookings/${id}/cancel`, {}, pro.auth)).status).toBe(409)
  })
})

describe('who reads and writes care bookings', () => {
  it('a client reads only theirs, the practitioner the ones of their services (REST and GraphQL)', async () => {
    const res = await book(massage.id, client, at(monday(44), '09:00'))
    const id = res.body.booking.id
    expect((await t.api.get(`/api/care-bookings/${id}`, rival.auth)).status).toBe(404)
    expect((await t.api.get(`/api/care-bookings/${id}`)).status).toBe(403)
    const list = await t.api.get(`/api/care-bookings?where[client][equals]=${client.user.id}`, rival.auth)
    expect(list.body.docs).toHaveLength(0)
    const gql = await t.api.graphql(`{ CareBooking(id: ${id}) { id } }`, {}, rival.auth)
    expect(gql.body.data?.CareBooking ?? null).toBeNull()
    const gqlList = await t.api.graphql(`{ CareBookings(where: { client: { equals: ${client.user.id} } }) { docs { id } } }`, {}, rival.auth)
    expect(gqlList.body.data?.CareBookings?.docs ?? []).toHaveLength(0)
    expect((await t.api.get(`/api/care-bookings/${id}`, client.auth)).status).toBe(200)
    const mine = await t.api.get(`/api/care-bookings?limit=100&depth=0`, pro.auth)
    expect(mine.body.docs.map((d: any) => d.id)).toContain(id)
    expect((await t.api.get(`/api/care-bookings/${id}`, otherPro.auth)).status).toBe(404)
    expect((await t.api.get(`/api/care-bookings/${id}`, admin.auth)).status).toBe(200)
  })

  it('nobody writes a booking directly, not even its client', async () => {
    const res = await book(massage.id, client, at(monday(44), '10:00'))
    const id = res.body.booking.id
    expect((await t.api.post('/api/care-bookings', { service: massage.id, startsAt: at(monday(44), '11:00') }, client.auth)).status).toBe(403)
    expect([403, 404]).toContain((await t.api.patch(`/api/care-bookings/${id}`, { status: 'confirmed' }, client.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/care-bookings/${id}`, { status: 'confirmed' }, pro.auth)).status)
    const gql = await t.api.graphql(`mutation { updateCareBooking(id: ${id}, data: { notes: "x" }) { id } }`, {}, client.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    // a service with bookings, a profile with services: not deleted (409), never a 500
    expect((await t.api.delete(`/api/care-services/${massage.id}`, admin.auth)).status).toBe(409)
    expect((await t.api.delete(`/api/care-practitioners/${practitioner.id}`, admin.auth)).status).toBe(409)
    expect([403, 404]).toContain((await t.api.delete(`/api/care-services/${massage.id}`, otherPro.auth)).status)
    expect((await t.api.delete(`/api/care-practitioners/${practitioner.id}`, pro.auth)).status).toBe(403)
    // an admin's direct edit cannot touch the server's fields
    const edit = await t.api.patch(`/api/care-bookings/${id}?depth=0`, { status: 'completed', startsAt: at(monday(44), '15:00') }, admin.auth)
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({ status: 'pending', startsAt: res.body.booking.startsAt })
  })
})
