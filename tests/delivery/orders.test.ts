/**
 * Orders over real HTTP: the seed's example order priced by the server (with and without the
 * happy hour), every refusal, the whole lifecycle with each role, payments hooks, concurrent
 * driver acceptance and concurrent coupon use (each with a control showing the race unguarded).
 */
import pg from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { markOrderPaid, markOrderPaymentFailed } from '../../src/plugins/delivery/services/payments'
import { localClock } from '../../src/plugins/delivery/services/opening-hours'
import { createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { HOME, makeDriverProfile, makeMenu, makeRestaurant, seedExampleItems } from './helpers'

vi.setConfig({ testTimeout: 240_000 })

let t: TestServer
let owner: { user: any; auth: Auth }
let otherOwner: { user: any; auth: Auth }
let admin: { user: any; auth: Auth }
let restaurant: any
let menu: Awaited<ReturnType<typeof makeMenu>>

const year = new Date().getUTCFullYear()
const order = (auth: Auth, extra: Record<string, unknown> = {}) =>
  t.api.post('/api/orders', { restaurant: restaurant.id, items: seedExampleItems(menu.royal.id, menu.fries.id), deliveryAddress: HOME, paymentMethod: 'cash', customerNotes: "Pas d'oignons svp", ...extra }, auth)
const move = (id: number | string, to: string, auth: Auth) => t.api.post(`/api/orders/${id}/transition`, { to }, auth)
const customer = () => userSession(t.payload, t.api, ['customer'])

beforeAll(async () => {
  t = await startTestServer()
  owner = await userSession(t.payload, t.api, ['restaurant-owner'])
  otherOwner = await userSession(t.payload, t.api, ['restaurant-owner'])
  admin = await userSession(t.payload, t.api, ['admin'])
  restaurant = await makeRestaurant(t.payload, owner.user)
  menu = await makeMenu(t.payload, restaurant.id)
  await t.payload.create({
    collection: 'coupons',
    overrideAccess: true,
    data: { code: 'welcome10', description: '10% de réduction', discountType: 'percentage', discountValue: 10, minOrderAmount: 1500, maxDiscountAmount: 500, validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-12-31T23:59:59Z`, usageLimit: 1000, usageLimitPerUser: 1 } as never,
  })
})
afterAll(async () => {
  await t?.close()
})

describe('pricing the seed example order', () => {
  it('POST /api/coupons/validate answers as the seed shows', async () => {
    const c = await customer()
    const res = await t.api.post('/api/coupons/validate', { code: 'WELCOME10', restaurant_id: restaurant.id, order_amount: 25.0 }, c.auth)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ valid: true, discount_amount: 2.5, discountAmount: 250, coupon: { code: 'WELCOME10', discount_type: 'percentage' } })
    const under = await t.api.post('/api/coupons/validate', { code: 'welcome10', restaurant_id: restaurant.id, order_amount: 10 }, c.auth)
    expect(under.body.valid).toBe(false)
    expect(under.body.message).toMatch(/must reach/)
    const unknown = await t.api.post('/api/coupons/validate', { code: 'NOPE', restaurant_id: restaurant.id, order_amount: 25 }, c.auth)
    expect(unknown.body).toMatchObject({ valid: false, coupon: null })
    expect((await t.api.post('/api/coupons/validate', { code: 'WELCOME10' }, c.auth)).status).toBe(400)
    expect((await t.api.post('/api/coupons/validate', { code: 'WELCOME10', restaurant_id: restaurant.id, order_amount: 25 })).status).toBe(401)
  })

  it('outside any promotion: 2 × Burger Royal (medium, cheese, bacon) + Frites with WELCOME10', async () => {
    const c = await customer()
    const res = await order(c.auth, { couponCode: 'welcome10', total: 1, subtotal: 1 })
    expect(res.status).toBe(201)
    const o = res.body.doc
    expect(o.orderNumber).toMatch(/^\d{8}$/)
    expect(o.items[0]).toMatchObject({ name: 'Burger Royal', quantity: 2, basePrice: 890, unitPrice: 1290, totalPrice: 2580, selectedOptions: { size: 'medium', extras: ['cheese', 'bacon'] }, specialInstructions: 'Bien cuit' })
    expect(o.items[0].optionLabels).toEqual(['Taille: Moyen', 'Suppléments: Fromage supplémentaire', 'Suppléments: Bacon'])
    expect(o.items[1]).toMatchObject({ name: 'Frites', unitPrice: 350, totalPrice: 350 })
    expect(o).toMatchObject({ subtotal: 2930, deliveryFee: 0, tax: 0, discount: 293, total: 2637, status: 'pending', paymentStatus: 'pending', currency: 'EUR' })
    expect(o.total).toBe(o.subtotal + o.deliveryFee + o.tax - o.discount)
    // the snapshot survives a price change
    await t.payload.update({ collection: 'menu-items', id: menu.royal.id, data: { price: 990 }, overrideAccess: true })
    const again = await t.api.get(`/api/orders/${o.id}`, c.auth)
    expect(again.body.items[0].unitPrice).toBe(1290)
    await t.payload.update({ collection: 'menu-items', id: menu.royal.id, data: { price: 890 }, overrideAccess: true })
    // the coupon was used once by this customer
    const usages = await t.payload.find({ collection: 'coupon-usages', where: { order: { equals: o.id } }, overrideAccess: true })
    expect(usages.docs[0]).toMatchObject({ discountAmount: 293 })
    const second = await order(c.auth, { couponCode: 'WELCOME10' })
    expect(second.status).toBe(422)
    expect(second.text).toMatch(/already used this coupon/)
  })

  it('during the happy hour (20% on burgers, priority 10) created by the owner over REST', async () => {
    const { minutes } = localClock(new Date(), 'Europe/Paris')
    const hhmm = (m: number) => `${String(Math.floor((((m % 1440) + 1440) % 1440) / 60)).padStart(2, '0')}:${String((((m % 1440) + 1440) % 1440) % 60).padStart(2, '0')}`
    const promo = await t.api.post(
      '/api/promotions',
      { restaurant: restaurant.id, name: 'Happy Hour', description: '20% de réduction sur tous les burgers', promotionType: 'percentage', discountValue: 20, items: [menu.royal.id], validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-12-31T23:59:59Z`, applicableDays: ['0', '1', '2', '3', '4', '5', '6'], startTime: hhmm(minutes - 60), endTime: hhmm(minutes + 60), priority: 10 },
      owner.auth,
    )
    expect(promo.status).toBe(201)
    const weaker = await t.api.post('/api/promotions', { restaurant: restaurant.id, name: 'Low', promotionType: 'percentage', discountValue: 50, items: [menu.royal.id], validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-12-31T23:59:59Z`, priority: 1 }, owner.auth)
    expect(weaker.status).toBe(201)
    expect((await t.api.post('/api/promotions', { restaurant: restaurant.id, name: 'Steal', promotionType: 'percentage', discountValue: 90, validFrom: `${year}-01-01T00:00:00Z`, validUntil: `${year + 1}-01-01T00:00:00Z`, priority: 99 }, otherOwner.auth)).status).toBe(403)

    const c = await customer()
    const res = await order(c.auth, { couponCode: 'WELCOME10' })
    expect(res.status).toBe(201)
    const o = res.body.doc
    expect(o.items[0]).toMatchObject({ promotion: promo.body.doc.id, promotionDiscount: 516 })
    expect(o).toMatchObject({ subtotal: 2930, deliveryFee: 299, discount: 516 + 241, total: 2472 })
    expect(o.total).toBe(o.subtotal + o.deliveryFee + o.tax - o.discount)
    await t.payload.update({ collection: 'promotions', id: promo.body.doc.id, data: { active: false }, overrideAccess: true })
    await t.payload.update({ collection: 'promotions', id: weaker.body.doc.id, data: { active: false }, overrideAccess: true })
  })
})

describe('refusals', () => {
  it('answers each refusal with a clear message and writes nothing', async () => {
    const c = await customer()
    const before = (await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    expect((await t.api.post('/api/orders', { restaurant: restaurant.id })).status).toBe(401)
    const driver = await userSession(t.payload, t.api, ['driver'])
    expect((await order(driver.auth)).status).toBe(403)

    const bad = await t.api.post('/api/orders', { restaurant: restaurant.id, items: [{ menuItem: menu.fries.id, quantity: 0 }], deliveryAddress: { ...HOME, latitude: 123 }, paymentMethod: 'bitcoin' }, c.auth)
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/items\.0\.quantity/)
    expect(bad.text).toMatch(/deliveryAddress\.latitude/)
    expect(bad.text).toMatch(/paymentMethod/)

    const opts = await order(c.auth, { items: [{ menuItem: menu.royal.id, quantity: 1, selectedOptions: { size: 'huge', extras: ['cheese', 'cheese'] } }] })
    expect(opts.status).toBe(422)
    expect(opts.body.errors[0].message).toMatch(/items\.0\.selectedOptions\.size: unknown choice "huge"/)
    expect(opts.body.errors[0].data.issues.map((i: any) => i.field)).toEqual(['items.0.selectedOptions.size', 'items.0.selectedOptions.extras'])

    const far = await order(c.auth, { deliveryAddress: { ...HOME, latitude: 48.95, longitude: 2.6 } })
    expect(far.status).toBe(422)
    expect(far.text).toMatch(/outside every delivery zone/)

    const unknownCoupon = await order(c.auth, { couponCode: 'FAKE' })
    expect(unknownCoupon.status).toBe(422)
    expect(unknownCoupon.text).toMatch(/couponCode: This coupon code does not exist/)

    const other = await makeRestaurant(t.payload, otherOwner.user, { name: 'Ailleurs' })
    const otherMenu = await makeMenu(t.payload, other.id)
    const foreign = await order(c.auth, { items: [{ menuItem: otherMenu.fries.id, quantity: 1 }] })
    expect(foreign.status).toBe(422)
    expect(foreign.text).toMatch(/belongs to another restaurant/)

    await t.payload.update({ collection: 'menu-items', id: menu.fries.id, data: { soldOut: true }, overrideAccess: true })
    const soldOut = await order(c.auth)
    expect(soldOut.status).toBe(422)
    expect(soldOut.body.errors[0].message).toMatch(/"Frites" is not available/)
    await t.payload.update({ collection: 'menu-items', id: menu.fries.id, data: { soldOut: false }, overrideAccess: true })

    await t.payload.update({ collection: 'restaurants', id: restaurant.id, data: { acceptingOrders: false }, overrideAccess: true })
    const paused = await order(c.auth)
    expect(paused.status).toBe(422)
    expect(paused.text).toMatch(/not accepting orders/)
    await t.payload.update({ collection: 'restaurants', id: restaurant.id, data: { acceptingOrders: true }, overrideAccess: true })

    const closed = await makeRestaurant(t.payload, owner.user, { name: 'Fermé', openingHours: { monday: { is_closed: true }, tuesday: { is_closed: true }, wednesday: { is_closed: true }, thursday: { is_closed: true }, friday: { is_closed: true }, saturday: { is_closed: true }, sunday: { is_closed: true } } })
    const closedMenu = await makeMenu(t.payload, closed.id)
    const shut = await t.api.post('/api/orders', { restaurant: closed.id, items: [{ menuItem: closedMenu.fries.id, quantity: 1 }], deliveryAddress: HOME, paymentMethod: 'cash' }, c.auth)
    expect(shut.status).toBe(422)
    expect(shut.text).toMatch(/closed right now/)

    // a raw create through the local API or GraphQL cannot bypass the pricing endpoint
    await expect(
      t.payload.create({ collection: 'orders', overrideAccess: true, data: { orderNumber: 'X', customer: c.user.id, restaurant: restaurant.id, total: 0 } as never }),
    ).rejects.toThrow(/POST \/api\/orders/)
    expect((await t.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('lifecycle with every role', () => {
  it('pending → confirmed → preparing → ready → (driver accepts) picked_up → delivered, with history', async () => {
    const c = await customer()
    const stranger = await customer()
    const driverA = await userSession(t.payload, t.api, ['driver'])
    const driverB = await userSession(t.payload, t.api, ['driver'])
    await makeDriverProfile(t.payload, driverA.user, { currentLatitude: 48.9, currentLongitude: 2.4 })
    await makeDriverProfile(t.payload, driverB.user, { currentLatitude: 48.854, currentLongitude: 2.345 })
    const o = (await order(c.auth)).body.doc

    expect((await move(o.id, 'confirmed', c.auth)).status).toBe(409)
    expect((await move(o.id, 'confirmed', otherOwner.auth)).status).toBe(404)
    expect((await move(o.id, 'confirmed', stranger.auth)).status).toBe(404)
    expect((await t.api.get(`/api/orders/${o.id}`, stranger.auth)).status).toBe(404)
    const skip = await move(o.id, 'ready', owner.auth)
    expect(skip.status).toBe(409)
    expect(skip.text).toMatch(/cannot become ready/)
    expect((await move(o.id, 'nonsense', owner.auth)).status).toBe(400)
    expect((await move(o.id, 'confirmed', owner.auth)).status).toBe(200)
    const late = await move(o.id, 'cancelled', c.auth)
    expect(late.status).toBe(409)
    expect(late.text).toMatch(/Only owner or admin/)
    expect((await move(o.id, 'preparing', owner.auth)).status).toBe(200)
    expect((await t.api.post(`/api/orders/${o.id}/accept`, {}, driverB.auth)).status).toBe(409) // not ready yet
    const ready = await move(o.id, 'ready', owner.auth)
    expect(ready.status).toBe(200)
    expect(ready.body.doc.proposedDriver).toBe(driverB.user.id) // nearest available driver
    const nearest = await t.api.get(`/api/orders/${o.id}/nearest-driver`, owner.auth)
    expect(nearest.body.driver.userId).toBe(driverB.user.id)
    expect((await t.api.get(`/api/orders/${o.id}/nearest-driver`, c.auth)).status).toBe(403)

    expect((await move(o.id, 'picked_up', driverB.auth)).status).toBe(404) // not assigned: cannot even see it
    const acc = await t.api.post(`/api/orders/${o.id}/accept`, {}, driverB.auth)
    expect(acc.status).toBe(200)
    expect((await t.api.post(`/api/orders/${o.id}/accept`, {}, driverA.auth)).status).toBe(409)
    expect((await move(o.id, 'picked_up', owner.auth)).status).toBe(409)
    expect((await move(o.id, 'picked_up', driverB.auth)).status).toBe(200)
    // picked up: only the restaurant or an admin may still cancel, and only with a reason
    const noReason = await move(o.id, 'cancelled', admin.auth)
    expect(noReason.status).toBe(422)
    expect(noReason.text).toMatch(/a reason is required/)
    expect((await t.api.post(`/api/orders/${o.id}/transition`, { to: 'cancelled', note: 'lost' }, driverB.auth)).status).toBe(409)
    expect((await t.api.post(`/api/orders/${o.id}/transition`, { to: 'cancelled', note: 'changed my mind' }, c.auth)).status).toBe(409)
    expect((await move(o.id, 'delivered', c.auth)).status).toBe(409)
    const done = await move(o.id, 'delivered', driverB.auth)
    expect(done.status).toBe(200)
    expect(done.body.doc).toMatchObject({ status: 'delivered', paymentStatus: 'paid' })
    expect(done.body.doc.actualDeliveryTime).toBeTruthy()
    const history = done.body.doc.statusHistory.map((h: any) => h.to)
    expect(history).toEqual(['pending', 'confirmed', 'preparing', 'ready', 'ready', 'picked_up', 'delivered'])
    expect(done.body.doc.statusHistory.every((h: any) => Boolean(h.at))).toBe(true)
    expect((await move(o.id, 'cancelled', admin.auth)).text).toMatch(/final/)

    const profile = await t.payload.find({ collection: 'driver-profiles', where: { user: { equals: driverB.user.id } }, overrideAccess: true })
    expect(profile.docs[0]).toMatchObject({ totalDeliveries: 1, availability: 'available' })
    const item = await t.payload.findByID({ collection: 'menu-items', id: menu.royal.id, overrideAccess: true })
    expect(item.orderCount).toBeGreaterThanOrEqual(2)
  })

  it('customers cancel only while pending; cancelling gives the coupon use back', async () => {
    const c = await customer()
    const o = (await order(c.auth, { couponCode: 'WELCOME10' })).body.doc
    const coupon = (await t.payload.find({ collection: 'coupons', where: { code: { equals: 'WELCOME10' } }, overrideAccess: true })).docs[0]
    const res = await move(o.id, 'cancelled', c.auth)
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'cancelled', paymentStatus: 'cancelled' })
    const after = await t.payload.findByID({ collection: 'coupons', id: coupon.id, overrideAccess: true })
    expect(after.usageCount).toBe((coupon.usageCount ?? 0) - 1)
    expect((await order(c.auth, { couponCode: 'WELCOME10' })).status).toBe(201) // usable again
  })

  it('card orders reach the restaurant only once paid (payments plugin hooks, idempotent)', async () => {
    const c = await customer()
    const card = (await order(c.auth, { paymentMethod: 'card' })).body.doc
    const early = await move(card.id, 'confirmed', owner.auth)
    expect(early.status).toBe(409)
    expect(early.text).toMatch(/can be confirmed once paid/)
    const req = await createLocalReq({}, t.payload)
    await markOrderPaid(req, card.id)
    await markOrderPaid(req, card.id)
    expect((await move(card.id, 'confirmed', owner.auth)).status).toBe(200)

    const momo = (await order(c.auth, { paymentMethod: 'mobile_money' })).body.doc
    await markOrderPaymentFailed(req, momo.id)
    await markOrderPaymentFailed(req, momo.id)
    const failed = await t.payload.findByID({ collection: 'orders', id: momo.id, overrideAccess: true })
    expect(failed).toMatchObject({ status: 'cancelled', paymentStatus: 'failed' })
    expect(failed.statusHistory?.filter((h) => h.to === 'cancelled')).toHaveLength(1)
  })

  it('access through GraphQL: customers see only their orders, cannot read coupons or write restaurants', async () => {
    const a = await customer()
    const b = await customer()
    await order(a.auth)
    const mine = (await order(b.auth)).body.doc
    const res = await t.api.graphql(`{ Orders(limit: 100) { docs { id customer { id } } } }`, {}, b.auth)
    expect(res.body.data.Orders.docs.map((d: any) => d.id)).toEqual([mine.id])
    const coupons = await t.api.graphql(`{ Coupons { docs { code } } }`, {}, b.auth)
    expect(coupons.body.errors?.length ?? 0).toBeGreaterThan(0)
    const create = await t.api.graphql(`mutation { createMenuCategory(data: { restaurant: ${restaurant.id}, name: "Hack" }) { id } }`, {}, b.auth)
    expect(create.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const ownerView = await t.api.graphql(`{ Orders(limit: 500) { docs { id restaurant { id } } } }`, {}, owner.auth)
    expect(ownerView.body.data.Orders.docs.every((d: any) => d.restaurant.id === restaurant.id)).toBe(true)
    expect((await t.api.graphql(`{ Orders { docs { id } } }`, {}, otherOwner.auth)).body.data.Orders.docs).toEqual([])
  })
})

describe('concurrency', () => {
  async function readyOrder() {
    const c = await customer()
    const o = (await order(c.auth)).body.doc
    for (const to of ['confirmed', 'preparing', 'ready']) expect((await move(o.id, to, owner.auth)).status).toBe(200)
    return o
  }

  it('exactly one driver wins when six accept the same unoffered ready order at once', async () => {
    // nobody available when it becomes ready: no offer is made, the order waits in the pool
    await t.payload.update({ collection: 'driver-profiles', where: { availability: { equals: 'available' } }, data: { availability: 'offline' }, overrideAccess: true })
    const drivers = await Promise.all(Array.from({ length: 6 }, () => userSession(t.payload, t.api, ['driver'])))
    const profiles = []
    for (const d of drivers) profiles.push(await makeDriverProfile(t.payload, d.user, { availability: 'offline' }))
    const o = await readyOrder()
    expect((await t.payload.count({ collection: 'delivery-offers', where: { order: { equals: o.id } }, overrideAccess: true })).totalDocs).toBe(0)
    for (const [i, d] of drivers.entries()) expect((await t.api.patch(`/api/driver-profiles/${profiles[i].id}`, { availability: 'available' }, d.auth)).status).toBe(200)
    const seen = await t.api.get('/api/delivery/driver/offers', drivers[0].auth)
    expect(seen.body.nearby.map((n: any) => n.orderId)).toContain(o.id)
    const results = await Promise.all(drivers.map((d) => t.api.post(`/api/orders/${o.id}/accept`, {}, d.auth)))
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    expect(results.filter((r) => r.status === 409)).toHaveLength(5)
    const winner = drivers[results.findIndex((r) => r.status === 200)]
    const saved = await t.payload.findByID({ collection: 'orders', id: o.id, overrideAccess: true, depth: 0 })
    expect(saved.driver).toBe(winner.user.id)
    expect((await t.payload.count({ collection: 'delivery-tracking', where: { order: { equals: o.id } }, overrideAccess: true })).totalDocs).toBe(1)
    await t.payload.update({ collection: 'driver-profiles', where: { availability: { equals: 'available' } }, data: { availability: 'offline' }, overrideAccess: true })
  })

  it('control: the same race with a naive read-then-write (no conditional UPDATE) lets several drivers win', async () => {
    const drivers = await Promise.all(Array.from({ length: 4 }, () => createUser(t.payload, { roles: ['driver'] })))
    const o = await readyOrder()
    const naive = async (driverId: number) => {
      const client = new pg.Client({ connectionString: t.databaseUrl })
      await client.connect()
      try {
        const { rows } = await client.query('SELECT driver_id FROM orders WHERE id = $1 AND status = $2', [o.id, 'ready'])
        await client.query('SELECT pg_sleep(0.3)')
        if (rows[0] && rows[0].driver_id === null) {
          await client.query('UPDATE orders SET driver_id = $1 WHERE id = $2', [driverId, o.id])
          return true
        }
        return false
      } finally {
        await client.end()
      }
    }
    const won = await Promise.all(drivers.map((d) => naive(d.id as number)))
    expect(won.filter(Boolean).length).toBeGreaterThan(1)
  })

  it('a coupon limited to 3 uses is given to exactly 3 of 8 simultaneous orders', async () => {
    await t.payload.create({ collection: 'coupons', overrideAccess: true, data: { code: 'LIMIT3', discountType: 'fixed', discountValue: 300, minOrderAmount: 0, validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-01-01T00:00:00Z`, usageLimit: 3, usageLimitPerUser: 1 } as never })
    const customers = await Promise.all(Array.from({ length: 8 }, () => customer()))
    const results = await Promise.all(customers.map((c) => order(c.auth, { couponCode: 'limit3' })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(3)
    for (const r of results.filter((x) => x.status !== 201)) {
      expect([409, 422]).toContain(r.status)
      expect(r.text).toMatch(/usage limit/)
    }
    const coupon = (await t.payload.find({ collection: 'coupons', where: { code: { equals: 'LIMIT3' } }, overrideAccess: true })).docs[0]
    expect(coupon.usageCount).toBe(3)
    expect((await t.payload.count({ collection: 'coupon-usages', where: { coupon: { equals: coupon.id } }, overrideAccess: true })).totalDocs).toBe(3)
    const withCoupon = await t.payload.count({ collection: 'orders', where: { coupon: { equals: coupon.id } }, overrideAccess: true })
    expect(withCoupon.totalDocs).toBe(3) // refused orders left nothing behind
  })

  it('one customer firing 4 orders at once with a once-per-user coupon gets it once', async () => {
    await t.payload.create({ collection: 'coupons', overrideAccess: true, data: { code: 'ONCE', discountType: 'fixed', discountValue: 100, minOrderAmount: 0, validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-01-01T00:00:00Z`, usageLimitPerUser: 1 } as never })
    const c = await customer()
    const results = await Promise.all(Array.from({ length: 4 }, () => order(c.auth, { couponCode: 'ONCE' })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  })

  it('control: a naive check-then-increment of the counter overshoots the limit', async () => {
    const coupon = await t.payload.create({ collection: 'coupons', overrideAccess: true, data: { code: 'NAIVE3', discountType: 'fixed', discountValue: 100, minOrderAmount: 0, validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-01-01T00:00:00Z`, usageLimit: 3, usageLimitPerUser: 1 } as never })
    const naive = async () => {
      const client = new pg.Client({ connectionString: t.databaseUrl })
      await client.connect()
      try {
        const { rows } = await client.query('SELECT usage_count, usage_limit FROM coupons WHERE id = $1', [coupon.id])
        await client.query('SELECT pg_sleep(0.3)')
        if ((rows[0].usage_count ?? 0) < rows[0].usage_limit) {
          await client.query('UPDATE coupons SET usage_count = coalesce(usage_count, 0) + 1 WHERE id = $1', [coupon.id])
          return true
        }
        return false
      } finally {
        await client.end()
      }
    }
    const granted = (await Promise.all(Array.from({ length: 8 }, naive))).filter(Boolean).length
    expect(granted).toBeGreaterThan(3)
  })
})
