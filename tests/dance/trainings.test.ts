/**
 * Trainings over HTTP: created by members (organizer = creator), pending until their minimum of
 * confirmed participants, then confirmed automatically with the participants told; back to pending
 * when people leave before the deadline; cancelled by the bookings engine's `bookings-minimums`
 * job when still short at the deadline. Status and isMinimumReached are the server's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { sql } from '../../src/db/transaction'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { exec, paySandbox, registrationsOf, runJob, several } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let organizer: Session
let stranger: Session
let people: Session[]

const HOUR = 3_600_000
const body = (over: Record<string, unknown> = {}) => ({
  title: 'Pratique bachata',
  type: 'practice',
  startsAt: new Date(Date.now() + 72 * HOUR).toISOString(),
  endsAt: new Date(Date.now() + 74 * HOUR).toISOString(),
  venue: { name: 'Plage de Fidjrossè', city: 'Cotonou' },
  minParticipants: 3,
  maxParticipants: 6,
  ...over,
})

async function makeTraining(over: Record<string, unknown> = {}) {
  const res = await t.api.post('/api/trainings?depth=0', body(over), organizer.auth)
  if (res.status !== 201) throw new Error(`create training: ${res.status} ${res.text}`)
  return res.body.doc
}
const read = async (id: number, auth: Auth = organizer.auth) => (await t.api.get(`/api/trainings/${id}?depth=0`, auth)).body
const notices = async (userId: number, type: string) =>
  (await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: userId } }, { type: { equals: type } }] }, depth: 0, limit: 100 })).docs as any[]

beforeAll(async () => {
  t = await startTestServer()
  organizer = await userSession(t.payload, t.api, ['participant'])
  stranger = await userSession(t.payload, t.api, ['participant'])
  people = await several(8, () => userSession(t.payload, t.api, ['participant']))
})
afterAll(async () => {
  await t?.close()
})

describe('a member’s training', () => {
  it('is pending, organized by its creator, with its deadline 24 h before the start', async () => {
    const res = await t.api.post('/api/trainings?depth=0', { ...body(), organizer: stranger.user.id, isMinimumReached: true }, organizer.auth)
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ status: 'pending', organizer: organizer.user.id, isMinimumReached: false, participantsCount: 0 })
    expect(new Date(res.body.doc.confirmationDeadline).getTime()).toBe(new Date(res.body.doc.startsAt).getTime() - 24 * HOUR)
    expect((await t.api.post('/api/trainings', body({ status: 'confirmed' }), organizer.auth)).status).toBe(409)
    expect((await t.api.post('/api/trainings', body())).status).toBe(403)
  })

  it('a client cannot set its status or isMinimumReached', async () => {
    const tr = await makeTraining()
    const status = await t.api.patch(`/api/trainings/${tr.id}`, { status: 'confirmed' }, organizer.auth)
    expect(status.status).toBe(409)
    expect(status.body.errors[0].message).toMatch(/by itself/)
    const flag = await t.api.patch(`/api/trainings/${tr.id}?depth=0`, { isMinimumReached: true, participantsCount: 99 }, organizer.auth)
    expect(flag.status).toBe(200)
    expect(flag.body.doc).toMatchObject({ status: 'pending', isMinimumReached: false, participantsCount: 0 })
    const gql = await t.api.graphql(`mutation { updateTraining(id: ${tr.id}, data: { status: confirmed }) { id status } }`, {}, organizer.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await read(tr.id)).status).toBe('pending')
  })

  it('others cannot edit it (REST and GraphQL)', async () => {
    const tr = await makeTraining()
    expect([403, 404]).toContain((await t.api.patch(`/api/trainings/${tr.id}`, { title: 'Volé' }, stranger.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/trainings/${tr.id}`, { status: 'cancelled' }, stranger.auth)).status)
    const gql = await t.api.graphql(`mutation { updateTraining(id: ${tr.id}, data: { title: "Volé" }) { id } }`, {}, stranger.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await read(tr.id)).title).toBe('Pratique bachata')
  })
})

describe('minimum participants', () => {
  it('is confirmed automatically when the minimum is reached, and every participant is told', async () => {
    const tr = await makeTraining()
    for (const p of people.slice(0, 2)) expect((await t.api.post(`/api/trainings/${tr.id}/join`, {}, p.auth)).status).toBe(201)
    expect(await read(tr.id)).toMatchObject({ status: 'pending', isMinimumReached: false, participantsCount: 2 })
    const third = await t.api.post(`/api/trainings/${tr.id}/join`, {}, people[2].auth)
    expect(third.status).toBe(201)
    expect(third.body.trainingStatus).toBe('confirmed')
    expect(await read(tr.id)).toMatchObject({ status: 'confirmed', isMinimumReached: true, participantsCount: 3 })
    for (const p of people.slice(0, 3)) expect(await notices(p.user.id, 'booking.resource_confirmed')).toHaveLength(1)

    // someone leaves before the deadline: pending again; someone joins: confirmed, nobody told twice
    const leave = await t.api.post(`/api/trainings/${tr.id}/leave`, {}, people[0].auth)
    expect(leave.status).toBe(200)
    expect(leave.body.trainingStatus).toBe('pending')
    expect((await t.api.post(`/api/trainings/${tr.id}/join`, {}, people[3].auth)).body.trainingStatus).toBe('confirmed')
    for (const p of people.slice(1, 4)) expect(await notices(p.user.id, 'booking.resource_confirmed')).toHaveLength(1)
  })

  it('is cancelled automatically when still short at the deadline; participants told', async () => {
    const tr = await makeTraining()
    for (const p of people.slice(4, 6)) expect((await t.api.post(`/api/trainings/${tr.id}/join`, {}, p.auth)).status).toBe(201)
    await exec(t, sql`UPDATE booking_buckets SET confirmation_deadline = now() - interval '1 second' WHERE resource_collection = 'trainings' AND resource_id = ${tr.id}`)
    await runJob(t, 'bookings-minimums')
    const after = await read(tr.id)
    expect(after.status).toBe('cancelled')
    expect(after.cancelReason).toMatch(/fewer than 3 participants/)
    const regs = await registrationsOf(t, tr.id, 'trainings')
    expect(regs.every((r) => r.status === 'cancelled')).toBe(true)
    for (const p of people.slice(4, 6)) expect(await notices(p.user.id, 'booking.resource_cancelled')).toHaveLength(1)
    expect((await t.api.post(`/api/trainings/${tr.id}/join`, {}, people[6].auth)).status).toBe(409)
  })

  it('at most maxParticipants get a place under concurrency', async () => {
    const tr = await makeTraining({ minParticipants: 1, maxParticipants: 3 })
    const answers = await Promise.all(people.map((p) => t.api.post(`/api/trainings/${tr.id}/join`, { waitlist: false }, p.auth)))
    expect(answers.some((a) => a.status >= 500)).toBe(false)
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(5)
    expect(await read(tr.id)).toMatchObject({ status: 'confirmed', participantsCount: 3 })
  })

  it('a minimum reached by a payment is confirmed by the lifecycle job; an ended training is completed', async () => {
    const tr = await makeTraining({ minParticipants: 1, maxParticipants: 4, price: 2000, currency: 'XOF' })
    const res = await t.api.post(`/api/trainings/${tr.id}/join`, { provider: 'sandbox' }, stranger.auth)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ trainingStatus: 'pending', registration: { status: 'pending_payment', amount: 2000 } })
    await paySandbox(t, res.body.payment)
    expect(await read(tr.id)).toMatchObject({ status: 'pending', isMinimumReached: true })
    await runJob(t, 'dance-classes-lifecycle', 'dance')
    expect((await read(tr.id)).status).toBe('confirmed')
    expect(await notices(stranger.user.id, 'booking.resource_confirmed')).toHaveLength(1)
    await exec(t, sql`UPDATE trainings SET confirmation_deadline = now() - interval '1 day', starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ${tr.id}`)
    await runJob(t, 'dance-classes-lifecycle', 'dance')
    expect((await read(tr.id)).status).toBe('completed')
  })

  it('the organizer may cancel it; everyone is told', async () => {
    const tr = await makeTraining()
    await t.api.post(`/api/trainings/${tr.id}/join`, {}, people[7].auth)
    const res = await t.api.patch(`/api/trainings/${tr.id}`, { status: 'cancelled', cancelReason: 'Pluie' }, organizer.auth)
    expect(res.status).toBe(200)
    expect((await registrationsOf(t, tr.id, 'trainings'))[0].status).toBe('cancelled')
    expect((await t.api.patch(`/api/trainings/${tr.id}`, { status: 'pending' }, organizer.auth)).status).toBe(409)
  })
})

describe('bad input gets a 4xx, never a 5xx', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an end before the start', { endsAt: new Date(Date.now() + 70 * HOUR).toISOString() }, /endsAt/],
    ['a start in the past', { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() }, /startsAt/],
    ['a minimum above the maximum', { minParticipants: 8, maxParticipants: 4 }, /minParticipants/],
    ['a deadline after the start', { confirmationDeadline: new Date(Date.now() + 80 * HOUR).toISOString() }, /confirmationDeadline/],
    ['an unknown type', { type: 'party' }, /./],
    ['an unknown style', { style: 999999 }, /./],
  ]
  for (const [name, over, message] of cases) {
    it(name, async () => {
      const res = await t.api.post('/api/trainings', body(over), organizer.auth)
      expect(res.status).toBe(400)
      expect(res.text).toMatch(message)
    })
  }

  it('filters and sorts on the derived fields answer 4xx or a list, never a 5xx', async () => {
    for (const q of ['where[isMinimumReached][equals]=true', 'where[participantsCount][greater_than]=1', 'sort=-participantsCount', 'where[status][equals]=nope', 'where[startsAt][greater_than]=demain']) {
      const res = await t.api.get(`/api/trainings?${q}`, stranger.auth)
      expect(res.status, q).toBeLessThan(500)
    }
  })

  it('joining or leaving what does not exist', async () => {
    expect((await t.api.post('/api/trainings/999999/join', {}, stranger.auth)).status).toBe(404)
    expect((await t.api.post('/api/trainings/abc/join', {}, stranger.auth)).status).toBe(400)
    expect((await t.api.post('/api/trainings/1/join', { extra: 1 }, stranger.auth)).status).toBe(400)
    const tr = await makeTraining()
    expect((await t.api.post(`/api/trainings/${tr.id}/leave`, {}, stranger.auth)).status).toBe(404)
    expect((await t.api.post(`/api/trainings/${tr.id}/join`, {})).status).toBe(401)
  })
})
