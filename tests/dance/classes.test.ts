/**
 * Dance classes over HTTP: the instructor's lifecycle (draft → published → cancelled, one table),
 * places through the bookings engine under concurrency (capacity 5, 15 bookers), a paid class
 * through the payments sandbox, cancellation refunds, cross-user access (REST and GraphQL), bad
 * input answered 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { sql } from '../../src/db/transaction'
import { exec, paySandbox, registrationsOf, runJob, several } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let instructor: Session
let rival: Session
let admin: Session
let member: Session
let crowd: Session[]

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const body = (over: Record<string, unknown> = {}) => ({
  title: 'Bachata débutants',
  level: 'beginner',
  schedule: [
    { day: 'monday', startTime: '19:00', endTime: '20:30' },
    { day: 'thursday', startTime: '19:00', endTime: '20:30' },
  ],
  startDate: day(7),
  endDate: day(60),
  venue: { name: 'Studio Vibe', address: 'Boulevard de la Marina', city: 'Cotonou' },
  price: 0,
  currency: 'XOF',
  capacity: 10,
  ...over,
})

async function makeClass(over: Record<string, unknown> = {}, who: Session = instructor) {
  const res = await t.api.post('/api/dance-classes', body(over), who.auth)
  if (res.status !== 201) throw new Error(`create class: ${res.status} ${res.text}`)
  return res.body.doc
}

/** A 503 (JWT lookup without a connection on this loaded machine) wrote nothing: retried as clients do. */
async function post(path: string, data: unknown, auth: Auth) {
  for (let attempt = 0; ; attempt++) {
    const res = await t.api.post(path, data, auth)
    if (res.status !== 503 || attempt >= 20) return res
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 400))
  }
}

beforeAll(async () => {
  t = await startTestServer({ env: { DATABASE_POOL_MAX: '30', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '60000' } })
  instructor = await userSession(t.payload, t.api, ['instructor'])
  rival = await userSession(t.payload, t.api, ['instructor'])
  admin = await userSession(t.payload, t.api, ['admin'])
  member = await userSession(t.payload, t.api, ['participant'])
  crowd = await several(15, () => userSession(t.payload, t.api, ['participant']))
})
afterAll(async () => {
  await t?.close()
})

describe('the instructor’s class', () => {
  it('is created as a draft of its creator, whatever the body says', async () => {
    const res = await t.api.post('/api/dance-classes?depth=0', body({ instructor: rival.user.id }), instructor.auth)
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ status: 'draft', instructor: instructor.user.id })
    expect(res.body.doc.schedule).toHaveLength(2)
    const bucket = (await t.payload.find({ collection: 'booking-buckets', where: { and: [{ resourceCollection: { equals: 'dance-classes' } }, { resourceId: { equals: res.body.doc.id } }] }, depth: 0 })).docs[0] as any
    expect(bucket).toMatchObject({ capacity: 10, taken: 0 })
  })

  it('only published classes can be booked', async () => {
    const c = await makeClass()
    const draft = await t.api.post(`/api/dance-classes/${c.id}/book`, {}, member.auth)
    expect(draft.status).toBe(409)
    expect(draft.body.errors[0].message).toMatch(/only published classes/)
    expect((await t.api.patch(`/api/dance-classes/${c.id}`, { status: 'published' }, instructor.auth)).status).toBe(200)
    const booked = await t.api.post(`/api/dance-classes/${c.id}/book`, {}, member.auth)
    expect(booked.status).toBe(201)
    expect(booked.body.registration).toMatchObject({ status: 'confirmed', resourceCollection: 'dance-classes' })
    expect((await t.api.post(`/api/dance-classes/${c.id}/book`, {}, member.auth)).status).toBe(409)
  })

  it('moves only through its table, with a reason when refused', async () => {
    const c = await makeClass()
    const res = await t.api.patch(`/api/dance-classes/${c.id}`, { status: 'completed' }, instructor.auth)
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/cannot become completed; it can become: published, cancelled/)
    const created = await t.api.post('/api/dance-classes', body({ status: 'cancelled' }), instructor.auth)
    expect(created.status).toBe(409)
  })

  it('is completed by the lifecycle job once its end date has passed', async () => {
    const c = await makeClass({ status: 'published' })
    await exec(t, sql`UPDATE dance_classes SET start_date = now() - interval '90 days', end_date = now() - interval '2 days' WHERE id = ${c.id}`)
    await runJob(t, 'dance-classes-lifecycle', 'dance')
    expect(((await t.payload.findByID({ collection: 'dance-classes', id: c.id, depth: 0 })) as any).status).toBe('completed')
    expect((await t.api.post(`/api/dance-classes/${c.id}/book`, {}, member.auth)).status).toBe(409)
  })

  it('refuses other users’ edits and hides drafts from them (REST and GraphQL)', async () => {
    const c = await makeClass()
    expect([403, 404]).toContain((await t.api.patch(`/api/dance-classes/${c.id}`, { title: 'Volé' }, rival.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/dance-classes/${c.id}`, { status: 'published' }, member.auth)).status)
    expect((await t.api.post('/api/dance-classes', body(), member.auth)).status).toBe(403)
    expect((await t.api.get(`/api/dance-classes/${c.id}`, rival.auth)).status).toBe(404)
    expect((await t.api.get(`/api/dance-classes/${c.id}`)).status).toBe(404)
    const list = await t.api.get(`/api/dance-classes?where[status][equals]=draft`, rival.auth)
    expect(list.body.docs.map((d: any) => d.id)).not.toContain(c.id)
    const gql = await t.api.graphql(`{ DanceClass(id: ${c.id}) { id title } }`, {}, rival.auth)
    expect(gql.body.data?.DanceClass ?? null).toBeNull()
    const gqlEdit = await t.api.graphql(`mutation { updateDanceClass(id: ${c.id}, data: { title: "Volé" }) { id } }`, {}, rival.auth)
    expect(gqlEdit.body.errors?.length).toBeGreaterThan(0)
    expect(((await t.payload.findByID({ collection: 'dance-classes', id: c.id, depth: 0 })) as any).title).toBe('Bachata débutants')
    // the admin may edit anyone's class
    expect((await t.api.patch(`/api/dance-classes/${c.id}`, { title: 'Corrigé' }, admin.auth)).status).toBe(200)
  })
})

describe('places under concurrency', () => {
  it('capacity 5, 15 concurrent bookers without waitlist: exactly 5 places, 10 refused with 409', async () => {
    const c = await makeClass({ status: 'published', capacity: 5, waitlistEnabled: false })
    const answers = await Promise.all(crowd.map((p) => post(`/api/dance-classes/${c.id}/book`, {}, p.auth)))
    expect(answers.some((a) => a.status >= 500)).toBe(false)
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(10)
    const regs = await registrationsOf(t, c.id, 'dance-classes')
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(5)
  })

  it('with its waitlist on, the 10 others are waitlisted', async () => {
    const c = await makeClass({ status: 'published', capacity: 5 })
    const answers = await Promise.all(crowd.map((p) => post(`/api/dance-classes/${c.id}/book`, {}, p.auth)))
    expect(answers.every((a) => a.status === 201)).toBe(true)
    const regs = await registrationsOf(t, c.id, 'dance-classes')
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(5)
    expect(regs.filter((r) => r.status === 'waitlisted')).toHaveLength(10)
  })
})

describe('paid classes', () => {
  it('a paid class goes through the payments sandbox; cancelling the class refunds and tells everyone', async () => {
    const c = await makeClass({ status: 'published', price: 25000, currency: 'XOF', capacity: 3 })
    const res = await t.api.post(`/api/dance-classes/${c.id}/book`, { provider: 'sandbox' }, member.auth)
    expect(res.status).toBe(201)
    expect(res.body.registration).toMatchObject({ status: 'pending_payment', amount: 25000, currency: 'XOF' })
    await paySandbox(t, res.body.payment)
    const [reg] = await registrationsOf(t, c.id, 'dance-classes')
    expect(reg.status).toBe('confirmed')

    const cancel = await t.api.patch(`/api/dance-classes/${c.id}`, { status: 'cancelled', cancelReason: 'Salle indisponible' }, instructor.auth)
    expect(cancel.status).toBe(200)
    const [after] = await registrationsOf(t, c.id, 'dance-classes')
    expect(after.status).toBe('cancelled')
    const payment = (await t.payload.findByID({ collection: 'payments' as never, id: res.body.payment.paymentId, depth: 0 })) as any
    expect(['refunded', 'refund_pending', 'partially_refunded']).toContain(payment.status)
    const notices = await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: member.user.id } }, { type: { equals: 'booking.resource_cancelled' } }] }, depth: 0 })
    expect(notices.docs.length).toBe(1)
    // a cancelled class is final
    expect((await t.api.patch(`/api/dance-classes/${c.id}`, { status: 'published' }, instructor.auth)).status).toBe(409)
  })
})

describe('bad input gets a 4xx with a reason, never a 5xx', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an end before its start', { schedule: [{ day: 'monday', startTime: '21:00', endTime: '19:00' }] }, /must be after the start/],
    ['a time that is not HH:MM', { schedule: [{ day: 'monday', startTime: '7pm', endTime: '21:00' }] }, /HH:MM/],
    ['overlapping rows on one day', { schedule: [{ day: 'monday', startTime: '19:00', endTime: '21:00' }, { day: 'monday', startTime: '20:00', endTime: '22:00' }] }, /overlaps row 0/],
    ['an unknown day', { schedule: [{ day: 'funday', startTime: '19:00', endTime: '21:00' }] }, /./],
    ['an end date before the start date', { startDate: day(30), endDate: day(10) }, /endDate/],
    ['a price with decimals', { price: 12.5 }, /minor units/],
    ['a bad currency', { currency: 'euro' }, /currency/],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, /timezone/],
    ['an unknown style', { style: 999999 }, /./],
    ['a minimum above the capacity', { capacity: 5, minParticipants: 8 }, /minParticipants/],
  ]
  for (const [name, over, message] of cases) {
    it(name, async () => {
      const res = await t.api.post('/api/dance-classes', body(over), instructor.auth)
      expect(res.status).toBe(400)
      expect(res.text).toMatch(message)
    })
  }

  it('booking an unknown or malformed class', async () => {
    expect((await t.api.post('/api/dance-classes/999999/book', {}, member.auth)).status).toBe(404)
    expect((await t.api.post('/api/dance-classes/abc/book', {}, member.auth)).status).toBe(400)
    expect((await t.api.post('/api/dance-classes/1/book', { provider: 'bitcoin' }, member.auth)).status).toBe(400)
    expect((await t.api.post('/api/dance-classes/1/book', {})).status).toBe(401)
  })
})
