/**
 * Catalogue over real HTTP: nearby search (distance order, radius, open now, category, rating),
 * menus grouped by category, owners managing only their own restaurants, zone polygons and their
 * fees, opening hours with breaks and past midnight in the restaurant's timezone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { WEEKDAYS } from '../../src/plugins/delivery/services/opening-hours'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { HOME, makeMenu, makeRestaurant, zoneWhereItIs } from './helpers'

vi.setConfig({ testTimeout: 240_000 })
const rid = (v: any) => v?.id ?? v

let t: TestServer
let owner: { user: any; auth: Auth }
let otherOwner: { user: any; auth: Auth }
let cust: { user: any; auth: Auth }

const CLOSED_ALL = Object.fromEntries(WEEKDAYS.map((d) => [d, { is_closed: true }]))
// a point in the Latin Quarter
const HERE = { lat: 48.85, lng: 2.345 }

beforeAll(async () => {
  t = await startTestServer()
  owner = await userSession(t.payload, t.api, ['restaurant-owner'])
  otherOwner = await userSession(t.payload, t.api, ['restaurant-owner'])
  cust = await userSession(t.payload, t.api, ['customer'])
})
afterAll(async () => {
  await t?.close()
})

describe('owners manage only their own catalogue', () => {
  it('creates, edits and refuses across owners and roles (REST and GraphQL)', async () => {
    const body = { name: 'Chez Moi', address: '1 Rue X, Paris', latitude: 48.86, longitude: 2.35, phone: '+33140123456', openingHours: { monday: { open: '11:00', close: '22:00', breaks: [{ start: '14:30', end: '18:00' }] }, sunday: { is_closed: true } }, owner: otherOwner.user.id, averageRating: 5 }
    const created = await t.api.post('/api/restaurants', body, owner.auth)
    expect(created.status).toBe(201)
    expect(rid(created.body.doc.owner)).toBe(owner.user.id) // cannot create for someone else
    expect(created.body.doc.averageRating).toBe(0) // kept by the server
    const id = created.body.doc.id
    expect((await t.api.post('/api/restaurants', body, cust.auth)).status).toBe(403)
    const invalid = await t.api.post('/api/restaurants', { ...body, latitude: 95, phone: '0612', openingHours: { monday: { open: '26:00', close: '22:00' } } }, owner.auth)
    expect(invalid.status).toBe(400)
    expect(invalid.text).toMatch(/latitude/i)
    expect(invalid.text).toMatch(/E\.164/)
    expect(invalid.text).toMatch(/openingHours\.monday\.open/)
    expect((await t.api.patch(`/api/restaurants/${id}`, { name: 'Renamed' }, owner.auth)).status).toBe(200)
    expect((await t.api.patch(`/api/restaurants/${id}`, { name: 'Hijack' }, otherOwner.auth)).status).toBe(403)
    const gql = await t.api.graphql(`mutation { updateRestaurant(id: ${id}, data: { name: "Hijack" }) { id } }`, {}, otherOwner.auth)
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)

    const cat = await t.api.post('/api/menu-categories', { restaurant: id, name: 'Burgers', order: 1 }, owner.auth)
    expect(cat.status).toBe(201)
    expect((await t.api.post('/api/menu-categories', { restaurant: id, name: 'Evil' }, otherOwner.auth)).status).toBe(403)
    const item = await t.api.post('/api/menu-items', { restaurant: id, category: cat.body.doc.id, name: 'Burger', price: 890, allergens: ['gluten'], orderCount: 999 }, owner.auth)
    expect(item.status).toBe(201)
    expect(item.body.doc.orderCount).toBe(0)
    expect((await t.api.patch(`/api/menu-items/${item.body.doc.id}`, { price: 1 }, otherOwner.auth)).status).toBe(403)
    expect((await t.api.post('/api/menu-items', { restaurant: id, name: 'Bad', price: 8.9, allergens: ['plutonium'], options: { size: { label: 'T', choices: [] } } }, owner.auth)).status).toBe(400)
    expect((await t.api.post('/api/menu-items', { restaurant: id, name: 'Burger', price: 890 }, cust.auth)).status).toBe(403)
    const other = await makeRestaurant(t.payload, otherOwner.user, { name: 'Other' })
    const moved = await t.api.patch(`/api/menu-items/${item.body.doc.id}`, { restaurant: other.id }, owner.auth)
    expect(moved.status).toBe(403)
  })
})

describe('search and menus', () => {
  it('finds restaurants whose radius covers the point, nearest first, with filters', async () => {
    const near = await makeRestaurant(t.payload, owner.user, { name: 'Near', latitude: 48.851, longitude: 2.346, deliveryRadiusKm: 3 })
    const mid = await makeRestaurant(t.payload, owner.user, { name: 'Mid', latitude: 48.86, longitude: 2.35, deliveryRadiusKm: 3 })
    const smallRadius = await makeRestaurant(t.payload, owner.user, { name: 'Small radius', latitude: 48.87, longitude: 2.35, deliveryRadiusKm: 1 })
    const closed = await makeRestaurant(t.payload, owner.user, { name: 'Closed', latitude: 48.852, longitude: 2.347, openingHours: CLOSED_ALL })
    const inactive = await makeRestaurant(t.payload, owner.user, { name: 'Inactive', latitude: 48.85, longitude: 2.345, active: false })
    await t.payload.update({ collection: 'restaurants', id: mid.id, data: { averageRating: 4.5 }, overrideAccess: true })
    await makeMenu(t.payload, mid.id)

    const res = await t.api.get(`/api/restaurants/nearby?lat=${HERE.lat}&lng=${HERE.lng}`)
    expect(res.status).toBe(200)
    const ids = res.body.docs.map((d: any) => d.id)
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(mid.id))
    expect(ids).toContain(closed.id)
    expect(ids).not.toContain(smallRadius.id)
    expect(ids).not.toContain(inactive.id)
    const distances = res.body.docs.map((d: any) => d.distanceKm)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)

    const open = await t.api.get(`/api/restaurants/nearby?lat=${HERE.lat}&lng=${HERE.lng}&openNow=true`)
    expect(open.body.docs.map((d: any) => d.id)).not.toContain(closed.id)
    expect(open.body.docs.every((d: any) => d.isOpenNow)).toBe(true)
    const rated = await t.api.get(`/api/restaurants/nearby?lat=${HERE.lat}&lng=${HERE.lng}&minRating=4`)
    expect(rated.body.docs.map((d: any) => d.id)).toEqual([mid.id])
    const byCategory = await t.api.get(`/api/restaurants/nearby?lat=${HERE.lat}&lng=${HERE.lng}&category=burgers`)
    expect(byCategory.body.docs.map((d: any) => d.id)).toContain(mid.id)
    expect(byCategory.body.docs.map((d: any) => d.id)).not.toContain(near.id)
    expect((await t.api.get('/api/restaurants/nearby?lat=200&lng=2')).status).toBe(400)
    expect((await t.api.get('/api/restaurants/nearby?lng=2')).status).toBe(400)
  })

  it('serves the menu grouped by category, in order, with available items only', async () => {
    const r = await makeRestaurant(t.payload, owner.user, { name: 'Menu test' })
    const m = await makeMenu(t.payload, r.id)
    await t.payload.create({ collection: 'menu-items', overrideAccess: true, data: { restaurant: r.id, category: m.sides.id, name: 'Onion rings', price: 400, available: false } as never })
    await t.payload.create({ collection: 'menu-items', overrideAccess: true, data: { restaurant: r.id, category: m.sides.id, name: 'Nuggets', price: 450, soldOut: true } as never })
    const res = await t.api.get(`/api/restaurants/${r.id}/menu`)
    expect(res.status).toBe(200)
    expect(res.body.categories.map((c: any) => c.category.name)).toEqual(['Burgers', 'Accompagnements'])
    expect(res.body.categories[1].items.map((i: any) => i.name)).toEqual(['Frites'])
    expect(res.body.categories[0].items[0].options.size.choices).toHaveLength(3)
    expect((await t.api.get('/api/restaurants/999999/menu')).status).toBe(404)
  })
})

describe('delivery zones', () => {
  it('validates GeoJSON polygons and charges the zone fee for points inside, the restaurant fee elsewhere in the radius', async () => {
    const r = await makeRestaurant(t.payload, owner.user, { name: 'Zoned', freeDeliveryThreshold: 0, deliveryFee: 400 })
    const m = await makeMenu(t.payload, r.id)
    const polygon = { type: 'Polygon', coordinates: [[[2.3522, 48.8566], [2.36, 48.8566], [2.36, 48.86], [2.3522, 48.86], [2.3522, 48.8566]]] }
    const open = await t.api.post('/api/delivery-zones', { name: 'Open ring', restaurant: r.id, coordinates: { type: 'Polygon', coordinates: [[[2.35, 48.85], [2.36, 48.85], [2.36, 48.86], [2.35, 48.87]]] }, deliveryFee: 100, estimatedTime: 20 }, owner.auth)
    expect(open.status).toBe(400)
    expect(open.text).toMatch(/closed/)
    const outOfRange = await t.api.post('/api/delivery-zones', { name: 'Bad', restaurant: r.id, coordinates: { type: 'Polygon', coordinates: [[[200, 48.85], [2.36, 48.85], [2.36, 48.86], [200, 48.85]]] }, deliveryFee: 100, estimatedTime: 20 }, owner.auth)
    expect(outOfRange.status).toBe(400)
    expect((await t.api.post('/api/delivery-zones', { name: 'Theirs', restaurant: r.id, coordinates: polygon, deliveryFee: 100, estimatedTime: 20 }, otherOwner.auth)).status).toBe(403)
    const zone = await t.api.post('/api/delivery-zones', { name: 'Seed zone', restaurant: r.id, coordinates: polygon, deliveryFee: 150, estimatedTime: 15 }, owner.auth)
    expect(zone.status).toBe(201)

    const place = (latitude: number, longitude: number) =>
      t.api.post('/api/orders', { restaurant: r.id, items: [{ menuItem: m.fries.id, quantity: 4 }], deliveryAddress: { ...HOME, latitude, longitude }, paymentMethod: 'cash' }, cust.auth)
    const inside = await place(48.858, 2.356)
    expect(inside.status).toBe(201)
    expect(inside.body.doc).toMatchObject({ deliveryFee: 150, subtotal: 1400, total: 1550 })
    expect(rid(inside.body.doc.deliveryZone)).toBe(zone.body.doc.id)
    const radius = await place(48.85, 2.345)
    expect(radius.body.doc).toMatchObject({ deliveryFee: 400, deliveryZone: null })
  })
})

describe('opening hours in the restaurant timezone, over HTTP', () => {
  async function tryOrder(openingHours: unknown, timezone: string) {
    const r = await makeRestaurant(t.payload, owner.user, { name: `Hours ${timezone}`, openingHours, timezone })
    const m = await makeMenu(t.payload, r.id)
    return t.api.post('/api/orders', { restaurant: r.id, items: [{ menuItem: m.fries.id, quantity: 1 }], deliveryAddress: HOME, paymentMethod: 'cash' }, cust.auth)
  }

  it('refuses during a break and accepts in service hours (local time is 12:xx there)', async () => {
    const { tz } = zoneWhereItIs(12)
    const withBreak = Object.fromEntries(WEEKDAYS.map((d) => [d, { open: '08:00', close: '20:00', breaks: [{ start: '11:00', end: '15:00' }] }]))
    const res = await tryOrder(withBreak, tz)
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toMatch(/closed right now/)
    const noBreak = Object.fromEntries(WEEKDAYS.map((d) => [d, { open: '08:00', close: '20:00' }]))
    expect((await tryOrder(noBreak, tz)).status).toBe(201)
  })

  it("is open at 01:xx on the strength of yesterday's hours past midnight, closed if they ended at 00:30", async () => {
    const { tz, weekday } = zoneWhereItIs(1)
    const yesterday = WEEKDAYS[(weekday + 6) % 7]
    const today = WEEKDAYS[weekday]
    const late = { [yesterday]: { open: '20:00', close: '03:00' }, [today]: { is_closed: true } }
    expect((await tryOrder(late, tz)).status).toBe(201)
    const early = { [yesterday]: { open: '20:00', close: '00:30' }, [today]: { is_closed: true } }
    expect((await tryOrder(early, tz)).status).toBe(422)
  })
})

describe('demo seed', () => {
  it('creates three restaurants with menus, zones, WELCOME10, a happy hour and orders in every state', async () => {
    const { seedDelivery } = await import('../../src/plugins/delivery/seed')
    const { createUser } = await import('../helpers/fixtures')
    const mk = async (role: 'customer' | 'driver' | 'restaurant-owner') => {
      const u = await createUser(t.payload, { roles: [role] })
      return { id: u.id, email: u.email }
    }
    const context = {
      admin: { id: 0, email: 'admin@test.local' },
      usersByRole: { 'restaurant-owner': [await mk('restaurant-owner'), await mk('restaurant-owner')], driver: [await mk('driver'), await mk('driver')], customer: [await mk('customer'), await mk('customer')] },
      mediaIds: [],
      demoPassword: 'x',
    }
    await seedDelivery(t.payload, context as never)
    const count = async (collection: any, where: any = {}) => (await t.payload.count({ collection, where, overrideAccess: true })).totalDocs
    expect(await count('restaurants', { name: { in: ['Burger Saint-Michel', 'Chez Awa — Maquis', 'Le Noctambule'] } })).toBe(3)
    expect(await count('coupons', { code: { equals: 'WELCOME10' } })).toBe(1)
    expect(await count('promotions', { name: { equals: 'Happy Hour' } })).toBe(1)
    expect(await count('delivery-zones')).toBeGreaterThanOrEqual(2)
    const orders = await t.payload.find({ collection: 'orders', where: { customer: { in: context.usersByRole.customer.map((c) => c.id) } }, limit: 50, overrideAccess: true })
    expect(new Set(orders.docs.map((o) => o.status))).toEqual(new Set(['pending', 'confirmed', 'preparing', 'ready', 'picked_up', 'delivered', 'cancelled']))
    // the ready order is offered to a driver; addresses come in the three forms
    const ready = orders.docs.find((o) => o.status === 'ready')!
    expect(await count('delivery-offers', { and: [{ order: { equals: ready.id } }, { status: { equals: 'offered' } }] })).toBe(1)
    expect(orders.docs.some((o) => o.structuredAddress?.street === 'Rue des Écoles' && o.structuredAddress?.country === 'FR')).toBe(true)
    expect(orders.docs.some((o) => o.savedAddressId && o.structuredAddress?.postalCode === '75005' && o.deliveryLatitude === 48.8505)).toBe(true)
  })
})
