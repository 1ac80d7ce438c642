/**
 * Delivery as the parties live it, over real HTTP: timed driver offers (decline, expiry through
 * the job, the pool, exclusivity under a race), server-kept driver availability, automatic refunds
 * of cancelled paid orders through the sandbox provider, what each party sees of the others
 * (REST + GraphQL, outsiders included), notes, and structured / saved delivery addresses.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { expireOffer } from '../../src/plugins/delivery/services/offers'
import { refundOrderPayments } from '../../src/plugins/delivery/services/refunds'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { HOME, makeDriverProfile, makeMenu, makeRestaurant, seedExampleItems } from './helpers'

vi.setConfig({ testTimeout: 240_000 })

type Session = { user: any; auth: Auth }

let t: TestServer
let owner: Session
let otherOwner: Session
let admin: Session
let restaurant: any
let menu: Awaited<ReturnType<typeof makeMenu>>

const order = (auth: Auth, extra: Record<string, unknown> = {}) =>
  t.api.post('/api/orders', { restaurant: restaurant.id, items: seedExampleItems(menu.royal.id, menu.fries.id), deliveryAddress: HOME, paymentMethod: 'cash', ...extra }, auth)
const move = (id: number | string, to: string, auth: Auth, note?: string) => t.api.post(`/api/orders/${id}/transition`, { to, ...(note ? { note } : {}) }, auth)
const customer = (extra: Record<string, unknown> = {}) => userSession(t.payload, t.api, ['customer'], extra)
const offersOf = (d: Session) => t.api.get('/api/delivery/driver/offers', d.auth)
const runDeliveryJobs = () => t.payload.jobs.run({ queue: 'delivery', limit: 50 })
const allOffline = () => t.payload.update({ collection: 'driver-profiles', where: { availability: { equals: 'available' } }, data: { availability: 'offline' }, overrideAccess: true })
const openOffer = async (orderId: number) =>
  (await t.payload.find({ collection: 'delivery-offers', where: { and: [{ order: { equals: orderId } }, { status: { equals: 'offered' } }] }, depth: 0, overrideAccess: true })).docs[0] as any
/** Makes an offer overdue and its timeout job due, as if its time had passed. */
const overdue = async (offerId: number) => {
  await t.payload.update({ collection: 'delivery-offers', id: offerId, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
  await t.payload.update({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, data: { waitUntil: new Date(0).toISOString() }, overrideAccess: true })
}
const driver = async (at: { lat: number; lng: number }, extra: Record<string, unknown> = {}) => {
  const d = await userSession(t.payload, t.api, ['driver'], extra)
  const profile = await makeDriverProfile(t.payload, d.user, { currentLatitude: at.lat, currentLongitude: at.lng })
  return { ...d, profile }
}
async function readyOrder(auth?: Auth) {
  const c = auth ? { auth } : await customer()
  const res = await order(c.auth)
  expect(res.status).toBe(201)
  const o = res.body.doc
  for (const to of ['confirmed', 'preparing']) expect((await move(o.id, to, owner.auth)).status).toBe(200)
  const ready = await move(o.id, 'ready', owner.auth)
  expect(ready.status).toBe(200)
  return ready.body.doc
}

beforeAll(async () => {
  t = await startTestServer()
  owner = await userSession(t.payload, t.api, ['restaurant-owner'])
  otherOwner = await userSession(t.payload, t.api, ['restaurant-owner'])
  admin = await userSession(t.payload, t.api, ['admin'])
  restaurant = await makeRestaurant(t.payload, owner.user)
  menu = await makeMenu(t.payload, restaurant.id)
})
afterAll(async () => {
  await t?.close()
})

describe('driver offers', () => {
  it('offers a ready order to the nearest driver, then the next one on decline and on expiry, then to the pool', async () => {
    await allOffline()
    const d1 = await driver({ lat: 48.854, lng: 2.345 })
    const d2 = await driver({ lat: 48.8606, lng: 2.3376 })
    const d3 = await driver({ lat: 48.87, lng: 2.35 })
    const o = await readyOrder()
    expect(o.proposedDriver).toBe(d1.user.id)

    const seen = await offersOf(d1)
    expect(seen.status).toBe(200)
    expect(seen.body.offers).toHaveLength(1)
    const offer = seen.body.offers[0]
    expect(offer).toMatchObject({ orderId: o.id, orderNumber: o.orderNumber, restaurant: { id: restaurant.id, name: 'Burger King' }, destination: { latitude: HOME.latitude } })
    const stored = await t.payload.findByID({ collection: 'delivery-offers', id: offer.offerId, overrideAccess: true })
    expect(new Date(stored.expiresAt).getTime() - new Date(stored.createdAt).getTime()).toBeGreaterThanOrEqual(59_000) // default window: 60 s
    expect(new Date(stored.expiresAt).getTime() - new Date(stored.createdAt).getTime()).toBeLessThanOrEqual(61_000)
    // the driver is told (in-app + push through notifications), once per offer
    const told = await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: d1.user.id } }, { type: { equals: 'delivery.offer' } }] }, depth: 0, overrideAccess: true })
    expect(told.docs).toHaveLength(1)
    expect(told.docs[0].title).toMatch(/Burger King/)
    expect(told.docs[0].message).toContain(o.orderNumber)

    // held for d1: the others neither see it nor can take it
    const other = await offersOf(d2)
    expect(other.body.offers).toEqual([])
    expect(other.body.nearby.map((n: any) => n.orderId)).not.toContain(o.id)
    const grab = await t.api.post(`/api/orders/${o.id}/accept`, {}, d2.auth)
    expect(grab.status).toBe(409)
    expect(grab.text).toMatch(/offered to another driver/)
    expect((await t.api.post(`/api/delivery/driver/offers/${offer.offerId}/decline`, {}, d3.auth)).status).toBe(404) // not theirs
    expect((await t.api.get(`/api/delivery-offers/${offer.offerId}`, d2.auth)).status).toBe(404)
    const customerView = await t.api.get('/api/delivery/driver/offers', (await customer()).auth)
    expect(customerView.status).toBe(403)

    // decline: straight to the next nearest
    const declined = await t.api.post(`/api/delivery/driver/offers/${offer.offerId}/decline`, {}, d1.auth)
    expect(declined.status).toBe(200)
    expect((await t.api.post(`/api/delivery/driver/offers/${offer.offerId}/decline`, {}, d1.auth)).text).toMatch(/already declined/)
    const second = await openOffer(o.id)
    expect(second.driver).toBe(d2.user.id)
    expect((await offersOf(d2)).body.offers.map((x: any) => x.orderId)).toEqual([o.id])

    // expiry: the job closes the window and offers it to the next driver, once
    await overdue(second.id)
    await runDeliveryJobs()
    await runDeliveryJobs()
    expect((await t.payload.findByID({ collection: 'delivery-offers', id: second.id, overrideAccess: true })).status).toBe('expired')
    const third = await openOffer(o.id)
    expect(third.driver).toBe(d3.user.id)
    expect(await expireOffer(await createLocalReq({}, t.payload), second.id)).toBe('answered') // idempotent
    expect((await t.payload.count({ collection: 'delivery-offers', where: { order: { equals: o.id } }, overrideAccess: true })).totalDocs).toBe(3)
    expect((await t.api.post(`/api/delivery/driver/offers/${second.id}/accept`, {}, d2.auth)).text).toMatch(/already expired/)

    // nobody left: the order waits in the pool, seen by available drivers nearby, first come first served
    await overdue(third.id)
    await runDeliveryJobs()
    expect(await openOffer(o.id)).toBeUndefined()
    expect((await t.payload.findByID({ collection: 'orders', id: o.id, depth: 0, overrideAccess: true })).proposedDriver).toBeNull()
    const pool = await offersOf(d1)
    expect(pool.body.offers).toEqual([])
    expect(pool.body.nearby.find((n: any) => n.orderId === o.id)).toMatchObject({ restaurant: { id: restaurant.id } })
    expect((await t.api.post(`/api/orders/${o.id}/accept`, {}, d1.auth)).status).toBe(200)
    const p1 = await t.payload.findByID({ collection: 'driver-profiles', id: d1.profile.id, overrideAccess: true })
    expect(p1.availability).toBe('busy')
    expect((await offersOf(d2)).body.nearby.map((n: any) => n.orderId)).not.toContain(o.id)
  })

  it('while an offer is open only its driver wins, even when five drivers race for the order', async () => {
    await allOffline()
    const near = await driver({ lat: 48.8535, lng: 2.3443 })
    const others = await Promise.all(Array.from({ length: 4 }, () => driver({ lat: 48.8606, lng: 2.3376 })))
    const o = await readyOrder()
    expect(o.proposedDriver).toBe(near.user.id)
    const offerId = (await openOffer(o.id)).id
    const racers = [...others, near]
    const results = await Promise.all(racers.map((d) => (d === near ? t.api.post(`/api/delivery/driver/offers/${offerId}/accept`, {}, d.auth) : t.api.post(`/api/orders/${o.id}/accept`, {}, d.auth))))
    expect(results.map((r) => r.status)).toEqual([409, 409, 409, 409, 200])
    expect((await t.payload.findByID({ collection: 'delivery-offers', id: offerId, overrideAccess: true })).status).toBe('accepted')
    expect((await t.payload.findByID({ collection: 'orders', id: o.id, depth: 0, overrideAccess: true })).driver).toBe(near.user.id)
  })

  it('a driver who takes another order gives back their open offer, which goes to the next driver', async () => {
    await allOffline()
    const x = await driver({ lat: 48.854, lng: 2.345 })
    const a = await readyOrder()
    expect(a.proposedDriver).toBe(x.user.id)
    const b = await readyOrder() // x already holds an offer: nobody else is free, b waits in the pool
    expect(b.proposedDriver).toBeNull()
    const y = await driver({ lat: 48.8606, lng: 2.3376 })
    expect((await t.api.post(`/api/orders/${b.id}/accept`, {}, x.auth)).status).toBe(200)
    await runDeliveryJobs() // the handed-back offer's job is due at once
    const offers = (await t.payload.find({ collection: 'delivery-offers', where: { order: { equals: a.id } }, sort: 'id', depth: 0, overrideAccess: true })).docs as any[]
    expect(offers.map((o) => [o.driver, o.status])).toEqual([
      [x.user.id, 'expired'],
      [y.user.id, 'offered'],
    ])
    expect((await offersOf(x)).body.offers).toEqual([])
  })

  it("keeps a driver's availability on the server while they carry an order", async () => {
    await allOffline()
    const d = await driver({ lat: 48.854, lng: 2.345 })
    const o = await readyOrder()
    const offerId = (await openOffer(o.id)).id
    expect((await t.api.post(`/api/delivery/driver/offers/${offerId}/accept`, {}, d.auth)).status).toBe(200)

    // busy: cannot free themself, cannot claim busy, cannot take a second order
    const free = await t.api.patch(`/api/driver-profiles/${d.profile.id}`, { availability: 'available' }, d.auth)
    expect(free.status).toBe(409)
    expect(free.text).toMatch(new RegExp(`carrying order ${o.orderNumber}`))
    const d2 = await driver({ lat: 48.9, lng: 2.4 }, {})
    await t.payload.update({ collection: 'driver-profiles', id: d2.profile.id, data: { availability: 'offline' }, overrideAccess: true })
    const claim = await t.api.patch(`/api/driver-profiles/${d2.profile.id}`, { availability: 'busy' }, d2.auth)
    expect(claim.status).toBe(409)
    expect(claim.text).toMatch(/set by the server/)
    expect((await t.payload.findByID({ collection: 'driver-profiles', id: d2.profile.id, overrideAccess: true })).availability).toBe('offline')

    const o2 = await readyOrder() // nobody available: in the pool
    const second = await t.api.post(`/api/orders/${o2.id}/accept`, {}, d.auth)
    expect(second.status).toBe(409)
    expect(second.text).toMatch(/busy/)
    // even if an admin marks them available, the server knows they carry an order
    expect((await t.api.patch(`/api/driver-profiles/${d.profile.id}`, { availability: 'available' }, admin.auth)).status).toBe(200)
    const again = await t.api.post(`/api/orders/${o2.id}/accept`, {}, d.auth)
    expect(again.status).toBe(409)
    expect(again.text).toMatch(/already carrying order/)
    await t.payload.update({ collection: 'driver-profiles', id: d.profile.id, data: { availability: 'busy' }, overrideAccess: true })

    // delivered: available again, and the next order can be taken
    expect((await move(o.id, 'picked_up', d.auth)).status).toBe(200)
    expect((await move(o.id, 'delivered', d.auth)).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'driver-profiles', id: d.profile.id, overrideAccess: true })).availability).toBe('available')
    expect((await t.api.post(`/api/orders/${o2.id}/accept`, {}, d.auth)).status).toBe(200)
    // cancelled before pick-up by the restaurant: free again
    expect((await move(o2.id, 'cancelled', owner.auth)).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'driver-profiles', id: d.profile.id, overrideAccess: true })).availability).toBe('available')
    expect((await t.api.patch(`/api/driver-profiles/${d.profile.id}`, { availability: 'offline' }, d.auth)).status).toBe(200)
  })
})

describe('refunds of cancelled paid orders (sandbox provider)', () => {
  const tokenOf = (client: any) => new URL(client.url).searchParams.get('token') as string
  async function paidCardOrder(c: Session) {
    const res = await order(c.auth, { paymentMethod: 'card', paymentProvider: 'sandbox' })
    expect(res.status).toBe(201)
    const { paymentId, client } = res.body.payment
    const confirm = await t.api.request('POST', `/api/payments/sandbox/${paymentId}/confirm`, {
      raw: new URLSearchParams({ token: tokenOf(client), action: 'pay' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(confirm.status).toBe(200)
    await t.payload.jobs.run({ queue: 'payments', limit: 50 })
    const o = await t.payload.findByID({ collection: 'orders', id: res.body.doc.id, depth: 0, overrideAccess: true })
    expect(o.paymentStatus).toBe('paid')
    return { order: o as any, paymentId: paymentId as number }
  }

  it('the customer cancels a paid pending order: refunded in full through payments, once', async () => {
    const c = await customer()
    const { order: o, paymentId } = await paidCardOrder(c)
    const res = await move(o.id, 'cancelled', c.auth)
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded', refund: { status: 'refunded', amount: o.total, paymentId } })
    const p = (await t.payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })) as any
    expect(p).toMatchObject({ status: 'refunded', refundedAmount: o.total })
    expect(p.refunds).toHaveLength(1)
    // asked again (a retried cancellation): nothing is sent twice
    const again = await refundOrderPayments(await createLocalReq({}, t.payload), o, 'again')
    expect(again).toMatchObject({ status: 'refunded', amount: o.total })
    expect(((await t.payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })) as any).refunds).toHaveLength(1)
    expect((await move(o.id, 'cancelled', admin.auth)).status).toBe(409)
  })

  it('picked up → cancelled: the restaurant or an admin only, with a reason; refunded and the driver freed', async () => {
    await allOffline()
    const c = await customer()
    const d = await driver({ lat: 48.854, lng: 2.345 })
    const { order: o, paymentId } = await paidCardOrder(c)
    for (const to of ['confirmed', 'preparing', 'ready']) expect((await move(o.id, to, owner.auth)).status).toBe(200)
    expect((await t.api.post(`/api/orders/${o.id}/accept`, {}, d.auth)).status).toBe(200)
    expect((await move(o.id, 'picked_up', d.auth)).status).toBe(200)

    const bare = await move(o.id, 'cancelled', owner.auth)
    expect(bare.status).toBe(422)
    expect(bare.text).toMatch(/reason is required/)
    expect((await move(o.id, 'cancelled', owner.auth, '   ')).status).toBe(422)
    expect((await move(o.id, 'cancelled', d.auth, 'flat tyre')).status).toBe(409)
    expect((await move(o.id, 'cancelled', c.auth, 'too late')).status).toBe(409)
    expect((await t.payload.findByID({ collection: 'orders', id: o.id, depth: 0, overrideAccess: true })).status).toBe('picked_up') // nothing half-written

    const res = await t.api.post(`/api/orders/${o.id}/transition`, { to: 'cancelled', reason: 'Client absent, plats jetés' }, owner.auth)
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', cancellationReason: 'Client absent, plats jetés', paymentStatus: 'refunded', refund: { status: 'refunded', amount: o.total } })
    expect(res.body.doc.statusHistory.at(-1)).toMatchObject({ from: 'picked_up', to: 'cancelled', actor: 'owner', note: 'Client absent, plats jetés' })
    expect(((await t.payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })) as any).status).toBe('refunded')
    expect((await t.payload.findByID({ collection: 'driver-profiles', id: d.profile.id, overrideAccess: true })).availability).toBe('available')
  })

  it('a refund made from the payments side (admin) shows on the order', async () => {
    const c = await customer()
    const { order: o, paymentId } = await paidCardOrder(c)
    expect((await t.api.post(`/api/payments/${paymentId}/refund`, { reason: 'geste commercial' }, admin.auth)).status).toBe(200)
    const after = await t.payload.findByID({ collection: 'orders', id: o.id, depth: 0, overrideAccess: true })
    expect(after).toMatchObject({ paymentStatus: 'refunded', refund: { status: 'refunded', amount: o.total } })
  })

  it('a refund that cannot be made does not block the cancellation: the order records why', async () => {
    const c = await customer()
    const o = (await order(c.auth, { paymentMethod: 'card', paymentProvider: 'sandbox' })).body.doc
    // marked paid with no payment in the ledger (a ledger mismatch an admin must look at)
    await t.payload.update({ collection: 'orders', id: o.id, data: { paymentStatus: 'paid' }, overrideAccess: true })
    await t.payload.update({ collection: 'payments', where: { resourceId: { equals: String(o.id) } }, data: { resourceId: 'moved' }, overrideAccess: true })
    const res = await move(o.id, 'cancelled', owner.auth)
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', paymentStatus: 'paid', refund: { status: 'failed', message: expect.stringMatching(/No paid payment/) } })
  })

  it('a cash order cancelled before delivery has nothing to refund', async () => {
    const c = await customer()
    const o = (await order(c.auth)).body.doc
    const res = await move(o.id, 'cancelled', c.auth)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', paymentStatus: 'cancelled' })
    expect(res.body.doc.refund?.status ?? null).toBeNull()
  })
})

describe("what the parties see of each other, and their notes", () => {
  let c: Session
  let stranger: Session
  let d: Session & { profile: any }
  let otherDriver: Session & { profile: any }
  let o: any

  beforeAll(async () => {
    await allOffline()
    c = await customer({ firstName: 'Marie', lastName: 'Dupont', phone: '+33612345678' })
    stranger = await customer({ firstName: 'Eve', lastName: 'Curieuse', phone: '+33600000000' })
    d = await driver({ lat: 48.854, lng: 2.345 }, { firstName: 'Pierre', lastName: 'Martin', phone: '+33698765432' })
    otherDriver = await driver({ lat: 48.86, lng: 2.34 }, { firstName: 'Paul', lastName: 'Autre', phone: '+33611111111' })
    o = await readyOrder(c.auth)
    const offerId = (await openOffer(o.id)).id
    expect((await t.api.post(`/api/delivery/driver/offers/${offerId}/accept`, {}, d.auth)).status).toBe(200)
  })

  // what each reader must not learn of the other party (their own user document is theirs to read)
  const ofCustomer = () => [c.user.email, 'Dupont', 'Curieuse']
  const ofDriver = () => [d.user.email, 'Martin', 'AB-123-CD', 'Curieuse']

  it('REST: the customer sees the driver’s first name, vehicle and phone; driver and restaurant the customer’s first name, phone and address; nothing more', async () => {
    const mine = await t.api.get(`/api/orders/${o.id}?depth=2`, c.auth)
    expect(mine.status).toBe(200)
    expect(mine.body.parties).toEqual({ customer: null, driver: { firstName: 'Pierre', vehicleType: 'scooter', phone: '+33698765432' } })
    for (const s of ofDriver()) expect(mine.text).not.toContain(s)

    for (const reader of [d, owner]) {
      const res = await t.api.get(`/api/orders/${o.id}?depth=2`, reader.auth)
      expect(res.status).toBe(200)
      expect(res.body.parties).toEqual({ customer: { firstName: 'Marie', phone: '+33612345678', address: HOME.address }, driver: null })
      expect(typeof res.body.customer === 'object' ? res.body.customer?.email : undefined).toBeUndefined()
      for (const s of ofCustomer()) expect(res.text).not.toContain(s)
    }
    const ownerView = await t.api.get(`/api/orders/${o.id}?depth=2`, owner.auth)
    for (const s of ofDriver()) expect(ownerView.text).not.toContain(s)
    const list = await t.api.get(`/api/orders?where[id][equals]=${o.id}&depth=1`, d.auth)
    expect(list.body.docs[0].parties.customer.firstName).toBe('Marie')

    const all = await t.api.get(`/api/orders/${o.id}`, admin.auth)
    expect(all.body.parties).toMatchObject({ customer: { firstName: 'Marie' }, driver: { firstName: 'Pierre' } })
  })

  it('a read that selects a few fields (the admin dashboard, `select` over REST) answers without the parties', async () => {
    // the parties were computed from the relationship ids a `select` leaves out: a query with no id, a 500
    for (const reader of [admin, owner, d]) {
      const res = await t.api.get(`/api/orders?where[id][equals]=${o.id}&select[status]=true&select[total]=true`, reader.auth)
      expect(res.status, res.text).toBe(200)
      expect(res.body.docs[0]).toMatchObject({ id: o.id, status: expect.any(String) })
      expect(res.body.docs[0].parties).toBeUndefined()
    }
    const gql = await t.api.graphql(`{ Orders(where: { id: { equals: ${o.id} } }) { docs { id status } } }`, undefined, admin.auth)
    expect(gql.body.errors).toBeUndefined()
  })

  it('REST: outsiders (another customer, another driver, another restaurant, anonymous) read nothing', async () => {
    for (const outsider of [stranger, otherDriver, otherOwner]) expect((await t.api.get(`/api/orders/${o.id}`, outsider.auth)).status).toBe(404)
    expect((await t.api.get(`/api/orders/${o.id}`)).status).toBe(403)
    const list = await t.api.get('/api/orders?limit=100', otherDriver.auth)
    expect(list.body.docs.map((x: any) => x.id)).not.toContain(o.id)
  })

  it('GraphQL: the same views; users stay unreadable through the relationships', async () => {
    const q = `{ Order(id: ${o.id}) { id parties { customer { firstName phone address } driver { firstName vehicleType phone } } customer { email lastName } driver { email lastName } } }`
    const mine = await t.api.graphql(q, {}, c.auth)
    // GraphQL answers a group the reader may not see as a group of nulls
    const hidden = { customer: { firstName: null, phone: null, address: null }, driver: { firstName: null, vehicleType: null, phone: null } }
    expect(mine.body.data.Order.parties).toEqual({ customer: hidden.customer, driver: { firstName: 'Pierre', vehicleType: 'scooter', phone: '+33698765432' } })
    expect(mine.body.data.Order.driver).toBeNull()
    for (const s of ofDriver()) expect(mine.text).not.toContain(s)
    const theirs = await t.api.graphql(q, {}, d.auth)
    expect(theirs.body.data.Order.parties).toEqual({ customer: { firstName: 'Marie', phone: '+33612345678', address: HOME.address }, driver: hidden.driver })
    expect(theirs.body.data.Order.customer).toBeNull()
    for (const s of ofCustomer()) expect(theirs.text).not.toContain(s)

    for (const outsider of [stranger, otherDriver, otherOwner]) {
      const res = await t.api.graphql(q, {}, outsider.auth)
      expect(res.body.data?.Order ?? null).toBeNull()
      expect(res.text).not.toContain('Marie')
      const list = await t.api.graphql(`{ Orders(limit: 200) { docs { id parties { customer { firstName } } } } }`, {}, outsider.auth)
      expect(list.body.data.Orders.docs.map((x: any) => x.id)).not.toContain(o.id)
    }
  })

  it('the restaurant and the driver write their own notes; nobody else writes them', async () => {
    const r = await t.api.post(`/api/orders/${o.id}/notes`, { note: 'Sauce à part' }, owner.auth)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ field: 'restaurantNotes', doc: { restaurantNotes: 'Sauce à part' } })
    const dn = await t.api.post(`/api/orders/${o.id}/notes`, { note: 'Sonné deux fois' }, d.auth)
    expect(dn.body).toMatchObject({ field: 'driverNotes', doc: { driverNotes: 'Sonné deux fois', restaurantNotes: 'Sauce à part' } })
    expect((await t.api.post(`/api/orders/${o.id}/notes`, { note: 'x' }, c.auth)).status).toBe(403)
    for (const outsider of [stranger, otherDriver, otherOwner]) expect((await t.api.post(`/api/orders/${o.id}/notes`, { note: 'x' }, outsider.auth)).status).toBe(404)
    expect((await t.api.post(`/api/orders/${o.id}/notes`, { note: 'x', driverNotes: 'y' }, owner.auth)).status).toBe(400)
    // not through the collection either
    expect((await t.api.patch(`/api/orders/${o.id}`, { restaurantNotes: 'hack', status: 'delivered' }, owner.auth)).status).toBe(403)
    expect((await t.api.patch(`/api/orders/${o.id}`, { driverNotes: 'hack' }, d.auth)).status).toBe(403)
    const gql = await t.api.graphql(`mutation { updateOrder(id: ${o.id}, data: { restaurantNotes: "hack" }) { id } }`, {}, d.auth)
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const saved = await t.payload.findByID({ collection: 'orders', id: o.id, depth: 0, overrideAccess: true })
    expect(saved).toMatchObject({ restaurantNotes: 'Sauce à part', driverNotes: 'Sonné deux fois', status: 'ready' })
  })
})

describe('structured and saved delivery addresses', () => {
  const parts = { label: 'Maison', streetNumber: '123', street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'fr', instructions: 'Digicode : 1234A', latitude: 48.8566, longitude: 2.3522 }

  it('accepts the seed’s structured address; editors get it as a form group, not JSON', async () => {
    const c = await customer()
    const res = await order(c.auth, { deliveryAddress: parts })
    expect(res.status).toBe(201)
    expect(res.body.doc.structuredAddress).toMatchObject({ streetNumber: '123', street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'FR', instructions: 'Digicode : 1234A' })
    expect(res.body.doc.deliveryAddress).toMatchObject({ address: '123 Rue de la Paix, 75001 Paris, FR' })
    expect(res.body.doc).toMatchObject({ deliveryLatitude: 48.8566, deliveryLongitude: 2.3522, savedAddressId: null })
    const field = t.payload.collections.orders.config.fields.find((f: any) => f.name === 'structuredAddress') as any
    expect(field.type).toBe('group')
    expect(field.fields.map((f: any) => f.name)).toEqual(['streetNumber', 'street', 'city', 'postalCode', 'country', 'instructions'])
  })

  it('refuses incomplete parts, a non-ISO country, both or neither forms, with the field named; writes nothing', async () => {
    const c = await customer()
    const before = (await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const { city: _city, ...noCity } = parts
    const missing = await order(c.auth, { deliveryAddress: noCity })
    expect(missing.status).toBe(400)
    expect(missing.text).toMatch(/deliveryAddress\.city/)
    const country = await order(c.auth, { deliveryAddress: { ...parts, country: 'France' } })
    expect(country.status).toBe(400)
    expect(country.text).toMatch(/deliveryAddress\.country.*ISO 3166-1/)
    const both = await order(c.auth, { deliveryAddress: parts, savedAddressId: 'home' })
    expect(both.status).toBe(400)
    expect(both.text).toMatch(/savedAddressId/)
    const neither = await order(c.auth, { deliveryAddress: undefined })
    expect(neither.status).toBe(400)
    expect(neither.text).toMatch(/deliveryAddress/)
    expect((await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })

  it("orders to one of the customer's saved addresses by id or key, never to another customer's", async () => {
    const c = await customer()
    const other = await customer()
    const saved = {
      key: 'home', label: 'Maison', address: '20 Rue Saint-Jacques, 75005 Paris', streetNumber: '20', street: 'Rue Saint-Jacques', city: 'Paris', postalCode: '75005', country: 'FR',
      latitude: 48.8505, longitude: 2.3462, instructions: 'Digicode : 1234A', isDefault: true,
    }
    const mine = await t.api.post('/api/customer-profiles', { deliveryAddresses: [saved] }, c.auth)
    expect(mine.status).toBe(201)
    const rowId = mine.body.doc.deliveryAddresses[0].id
    const theirs = await t.api.post('/api/customer-profiles', { deliveryAddresses: [{ ...saved, key: 'secret', latitude: 48.851, longitude: 2.347 }] }, other.auth)
    const theirRowId = theirs.body.doc.deliveryAddresses[0].id

    const byId = await order(c.auth, { deliveryAddress: undefined, savedAddressId: rowId })
    expect(byId.status).toBe(201)
    expect(byId.body.doc).toMatchObject({ savedAddressId: rowId, deliveryLatitude: 48.8505, deliveryLongitude: 2.3462, structuredAddress: { street: 'Rue Saint-Jacques', postalCode: '75005', country: 'FR' } })
    expect(byId.body.doc.deliveryAddress).toMatchObject({ address: '20 Rue Saint-Jacques, 75005 Paris', instructions: 'Digicode : 1234A' })
    expect((await order(c.auth, { deliveryAddress: undefined, savedAddressId: 'home' })).body.doc.savedAddressId).toBe(rowId)

    const before = (await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    for (const id of [theirRowId, 'secret', 'nope']) {
      const stolen = await order(c.auth, { deliveryAddress: undefined, savedAddressId: id })
      expect(stolen.status).toBe(422)
      expect(stolen.text).toMatch(/savedAddressId: you have no saved address/)
      expect(stolen.text).not.toContain('Saint-Jacques')
    }
    expect((await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })
})
