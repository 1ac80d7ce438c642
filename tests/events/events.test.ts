/**
 * Events over HTTP: the moderation workflow with each role (REST and the admin's bulk edit path),
 * visibility, audit with who and why, organizer cancellation refunding everyone, change notices,
 * festivals' registration deadline, follows, nearby search and calendars.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { makeEvent, paySandbox } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let organizer: Session
let rival: Session
let editor: Session
let admin: Session
let fan: Session
let guest: Session

beforeAll(async () => {
  t = await startTestServer()
  ;[organizer, rival, editor, admin, fan, guest] = await Promise.all([
    userSession(t.payload, t.api, ['organizer']),
    userSession(t.payload, t.api, ['organizer']),
    userSession(t.payload, t.api, ['editor']),
    userSession(t.payload, t.api, ['admin']),
    userSession(t.payload, t.api, ['participant']),
    userSession(t.payload, t.api, ['participant']),
  ])
})
afterAll(async () => {
  await t?.close()
})

const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const notices = async (userId: number, type: string) =>
  (await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: userId } }, { type: { equals: type } }] }, depth: 0 })).docs as any[]

describe('moderation workflow', () => {
  it('organizer drafts and submits; only moderators approve or reject (with a reason the organizer sees); others see only published', async () => {
    const created = await t.api.post('/api/events', { title: 'Kizomba night', startsAt: soon(10), capacity: 30, status: 'published', latitude: 6.37, longitude: 2.39, city: 'Cotonou' }, organizer.auth)
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.status).toBe('draft') // an organizer cannot publish by writing the field
    expect(created.body.doc.organizer.id ?? created.body.doc.organizer).toBe(organizer.user.id)
    // a participant cannot create events
    expect((await t.api.post('/api/events', { title: 'x', startsAt: soon(3) }, fan.auth)).status).toBe(403)
    // drafts are invisible to others
    expect((await t.api.get(`/api/events/${id}`)).status).toBe(404)
    expect((await t.api.get(`/api/events/${id}`, rival.auth)).status).toBe(404)
    // nobody approves a draft; the rival cannot submit it
    expect((await t.api.post(`/api/events/${id}/approve`, {}, admin.auth)).status).toBe(409)
    expect((await t.api.post(`/api/events/${id}/submit`, {}, rival.auth)).status).toBe(404)
    expect((await t.api.post(`/api/events/${id}/submit`, {}, organizer.auth)).status).toBe(200)
    // the organizer cannot approve their own event
    const self = await t.api.post(`/api/events/${id}/approve`, {}, organizer.auth)
    expect(self.status).toBe(409)
    expect(self.body.errors[0].message).toMatch(/admin or editor/)
    // reject needs a reason
    expect((await t.api.post(`/api/events/${id}/reject`, {}, editor.auth)).status).toBe(400)
    const rejected = await t.api.post(`/api/events/${id}/reject`, { reason: 'The venue address is missing.' }, editor.auth)
    expect(rejected.status).toBe(200)
    const seen = await t.api.get(`/api/events/${id}`, organizer.auth)
    expect(seen.body).toMatchObject({ status: 'rejected', rejectionReason: 'The venue address is missing.' })
    expect(await notices(organizer.user.id, 'event.rejected')).toHaveLength(1)
    // fix and resubmit, then an admin approves
    await t.api.patch(`/api/events/${id}`, { address: 'Rue 12' }, organizer.auth)
    expect((await t.api.post(`/api/events/${id}/submit`, {}, organizer.auth)).status).toBe(200)
    expect((await t.api.post(`/api/events/${id}/approve`, {}, admin.auth)).status).toBe(200)
    const pub = await t.api.get(`/api/events/${id}`)
    expect(pub.status).toBe(200)
    expect(pub.body.status).toBe('published')
    expect(pub.body.moderationLog.map((m: any) => m.to)).toEqual(['pending_review', 'rejected', 'pending_review', 'published'])
    // the audit log holds every decision with who and why
    const audit = (await t.payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'events' } }, { summary: { like: 'moderation' } }, { documentId: { equals: String(id) } }] }, depth: 0, limit: 20 })).docs as any[]
    expect(audit.some((a) => a.summary.includes('→ rejected') && a.summary.includes('venue address') && a.userEmail === editor.user.email)).toBe(true)
    expect(audit.some((a) => a.summary.includes('→ published') && a.userEmail === admin.user.email)).toBe(true)
  })

  it("moderators' bulk edit of the status passes the same table; an organizer cannot write the status", async () => {
    const a = await makeEvent(t.payload, organizer.user.id, { status: 'pending_review' })
    const b = await makeEvent(t.payload, organizer.user.id, { status: 'pending_review' })
    const c = await makeEvent(t.payload, organizer.user.id, { status: 'draft' })
    // the admin list's "edit selected" sends one PATCH with a where
    const bulk = await t.api.patch(`/api/events?where[id][in]=${a.id},${b.id}`, { status: 'published' }, editor.auth)
    expect(bulk.status).toBe(200)
    expect(bulk.body.docs.map((d: any) => d.status)).toEqual(['published', 'published'])
    const refused = await t.api.patch(`/api/events?where[id][in]=${c.id}`, { status: 'published' }, editor.auth)
    expect(refused.body.errors?.[0]?.message ?? '').toMatch(/cannot become published/)
    expect((await t.payload.findByID({ collection: 'events', id: c.id, depth: 0 })).status).toBe('draft')
    const mine = await t.api.patch(`/api/events/${c.id}`, { status: 'published', title: 'Renamed' }, organizer.auth)
    expect(mine.status).toBe(200)
    expect(mine.body.doc).toMatchObject({ status: 'draft', title: 'Renamed' })
    // GraphQL: a draft is not readable by others either
    const gql = await t.api.graphql(`{ Event(id: ${c.id}) { id title } }`, {}, rival.auth)
    expect(gql.body.data?.Event ?? null).toBeNull()
    const list = await t.api.graphql(`{ Events(where: { status: { equals: draft } }) { docs { id } } }`, {}, rival.auth)
    expect(list.body.data?.Events?.docs ?? []).toHaveLength(0)
  })

  it('an organizer cancelling a published event refunds and tells every participant; editing date or venue notifies them', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 2500 })
    const reg = await t.api.post(`/api/events/${event.id}/register`, { provider: 'sandbox' }, fan.auth)
    await paySandbox(t, reg.body.payment)
    const edited = await t.api.patch(`/api/events/${event.id}`, { venue: 'Le Bélier', startsAt: soon(8), endsAt: soon(8.1) }, organizer.auth)
    expect(edited.status, edited.text).toBe(200)
    const changed = await notices(fan.user.id, 'booking.changed')
    expect(changed).toHaveLength(1)
    expect(changed[0].message).toMatch(/date/)
    expect((await t.api.post(`/api/events/${event.id}/cancel`, { reason: 'Storm warning' }, rival.auth)).status).toBe(409)
    const cancelled = await t.api.post(`/api/events/${event.id}/cancel`, { reason: 'Storm warning' }, organizer.auth)
    expect(cancelled.status).toBe(200)
    const r = (await t.payload.findByID({ collection: 'booking-registrations', id: reg.body.registration.id, depth: 0 })) as any
    expect(r.status).toBe('cancelled')
    expect(((await t.payload.findByID({ collection: 'payments' as never, id: reg.body.payment.paymentId, depth: 0 })) as any).status).toBe('refunded')
    const told = await notices(fan.user.id, 'booking.resource_cancelled')
    expect(told).toHaveLength(1)
    expect(told[0].message).toContain('Storm warning')
    // a cancelled event takes no registrations
    expect((await t.api.post(`/api/events/${event.id}/register`, {}, guest.auth)).status).toBe(409)
  })
})

describe('festivals', () => {
  it('packages register through the engine; the registration deadline is enforced', async () => {
    const festival = (await t.payload.create({
      collection: 'festivals',
      data: { name: 'Bachata Fest', status: 'published', organizer: organizer.user.id, startDate: soon(30), registrationDeadline: soon(20), capacity: 100 } as never,
      overrideAccess: true,
    })) as any
    // festivals are readable by anyone once published, over REST
    const read = await t.api.get(`/api/festivals?where[organizer][equals]=${organizer.user.id}`, guest.auth)
    expect(read.status).toBe(200)
    expect(read.body.docs.map((f: any) => f.id)).toContain(festival.id)
    expect((await t.api.get(`/api/festivals/${festival.id}`)).status).toBe(200)
    const vip = (await t.payload.create({ collection: 'festival-packages', data: { festival: festival.id, name: 'VIP', level: 'vip', price: 0, slots: 5, features: [{ feature: 'Front row' }] } as never, overrideAccess: true })) as any
    const ok = await t.api.post(`/api/festival-packages/${vip.id}/register`, {}, fan.auth)
    expect(ok.status).toBe(201)
    expect(ok.body.registration.resourceTitle).toBe('Bachata Fest — VIP')
    await t.payload.update({ collection: 'festivals', id: festival.id, data: { registrationDeadline: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true })
    const late = await t.api.post(`/api/festival-packages/${vip.id}/register`, {}, guest.auth)
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toMatch(/Registrations closed/)
    // an organizer cannot add packages to another's festival
    expect((await t.api.post('/api/festival-packages', { festival: festival.id, name: 'Fake', level: 'basic', slots: 1 }, rival.auth)).status).toBe(400)
  })
})

describe('follows, nearby, calendars', () => {
  it("followers are told when an organizer's event is published; counts are public", async () => {
    expect((await t.api.post('/api/follows', { organizer: rival.user.id }, fan.auth)).status).toBe(201)
    const again = await t.api.post('/api/follows', { organizer: rival.user.id }, fan.auth)
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect((await t.api.post('/api/follows', {}, fan.auth)).status).toBe(400)
    const counts = await t.api.get(`/api/follows/counts/${rival.user.id}`)
    expect(counts.body).toMatchObject({ followers: 1, following: 0 })
    const event = await makeEvent(t.payload, rival.user.id, { status: 'pending_review', title: 'Salsa on the beach' })
    expect((await t.api.post(`/api/events/${event.id}/approve`, {}, editor.auth)).status).toBe(200)
    const told = await notices(fan.user.id, 'event.published')
    expect(told).toHaveLength(1)
    expect(told[0].title).toContain('Salsa on the beach')
  })

  it('nearby finds published upcoming events by distance; the .ics files follow RFC 5545', async () => {
    const near = await makeEvent(t.payload, organizer.user.id, { title: 'Near', latitude: 7.1804, longitude: 1.9912 })
    await makeEvent(t.payload, organizer.user.id, { title: 'Far', latitude: 9.3, longitude: 2.6 })
    await makeEvent(t.payload, organizer.user.id, { title: 'Hidden', status: 'draft', latitude: 7.1804, longitude: 1.9912 })
    const res = await t.api.get('/api/events/nearby?lat=7.18&lng=1.99&radiusKm=10')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: any) => d.title)).toEqual(['Near'])
    expect(res.body.docs[0].distanceKm).toBeLessThan(1)
    expect((await t.api.get('/api/events/nearby?lat=100&lng=2')).status).toBe(400)
    expect((await t.api.post(`/api/events/${near.id}/view`)).body.viewsCount).toBe(1)
    expect((await t.api.post(`/api/events/${near.id}/view`)).body.viewsCount).toBe(2)
    const hidden = (await t.payload.find({ collection: 'events', where: { title: { equals: 'Hidden' } }, depth: 0 })).docs[0]
    expect((await t.api.post(`/api/events/${hidden.id}/view`)).status).toBe(404)
    const ics = await t.api.get(`/api/events/${near.id}/ics`)
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/)
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics.text).toContain(`UID:event-${near.id}@vibe-platform`)
    await t.api.post(`/api/events/${near.id}/register`, {}, guest.auth)
    const mine = await t.api.get('/api/me/calendar.ics', guest.auth)
    expect(mine.status).toBe(200)
    expect(mine.text).toContain('SUMMARY:Near')
    expect((await t.api.get('/api/me/calendar.ics')).status).toBe(401)
  })
})
