/**
 * Delivery tracking over real HTTP: the assigned driver reports positions (validated,
 * rate-limited), only the right people read it, the live feed streams changes as server-sent
 * events (driven by LISTEN/NOTIFY: every status move, in order, also to a client of another
 * instance); driver ratings and restaurant reviews with their rules; customer and driver profiles.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildVibeConfig } from '../../src/config/build-config'
import { LISTENER_APPLICATION_NAME, listenerFor } from '../../src/db/listener'
import { createApp } from '../../src/http/app'
import { bootPayload, closePayload } from '../../src/runtime/boot'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { startTestServer, type TestServer } from '../helpers/server'
import { HOME, makeDriverProfile, makeMenu, makeRestaurant } from './helpers'

vi.setConfig({ testTimeout: 240_000 })
const rid = (v: any) => v?.id ?? v

let t: TestServer
let owner: { user: any; auth: Auth }
let otherOwner: { user: any; auth: Auth }
let admin: { user: any; auth: Auth }
let restaurant: any
let menu: Awaited<ReturnType<typeof makeMenu>>

/**
 * A status move, retried after a 503 as its Retry-After asks (on a loaded machine the pool can be
 * busy for a moment; a feed test is about what reaches the feed, not about that).
 */
async function move(id: number | string, to: string, auth: Auth) {
  for (let attempt = 1; ; attempt++) {
    const res = await t.api.post(`/api/orders/${id}/transition`, { to }, auth)
    if (res.status !== 503 || attempt === 5) return res
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)))
  }
}

async function acceptedOrder() {
  const customer = await userSession(t.payload, t.api, ['customer'])
  const driver = await userSession(t.payload, t.api, ['driver'])
  await makeDriverProfile(t.payload, driver.user, { vehicleType: 'bike' })
  // a ready order is offered to the nearest available driver first (services/offers.ts): make this one the only one free
  await t.payload.update({ collection: 'driver-profiles', where: { and: [{ availability: { equals: 'available' } }, { user: { not_equals: driver.user.id } }] }, data: { availability: 'offline' }, overrideAccess: true })
  const o = (await t.api.post('/api/orders', { restaurant: restaurant.id, items: [{ menuItem: menu.fries.id, quantity: 1 }], deliveryAddress: HOME, paymentMethod: 'cash' }, customer.auth)).body.doc
  for (const to of ['confirmed', 'preparing', 'ready']) expect((await move(o.id, to, owner.auth)).status).toBe(200)
  const acc = await t.api.post(`/api/orders/${o.id}/accept`, {}, driver.auth)
  expect(acc.status).toBe(200)
  return { customer, driver, order: o, trackingId: acc.body.trackingId as number }
}

/** Reads server-sent events until `until` returns true, the stream ends, or `timeoutMs` have passed (a test then fails on what it got instead of hanging). */
async function readEvents(res: Response, until: (events: { event: string; data: any }[]) => boolean, timeoutMs = 60_000) {
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  const events: { event: string; data: any }[] = []
  let buffer = ''
  const deadline = Date.now() + timeoutMs
  while (!until(events)) {
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<{ value?: undefined; done: true }>((resolve) => (timer = setTimeout(() => resolve({ done: true }), Math.max(0, deadline - Date.now()))))
    const { value, done } = await Promise.race([reader.read(), timedOut])
    clearTimeout(timer)
    if (done) break
    buffer += decoder.decode(value, { stream: true })
    let idx
    while ((idx = buffer.indexOf('\n\n')) >= 0) {
      const chunk = buffer.slice(0, idx)
      buffer = buffer.slice(idx + 2)
      const event = /^event: (.*)$/m.exec(chunk)?.[1]
      const data = /^data: (.*)$/m.exec(chunk)?.[1]
      if (event && data) events.push({ event, data: JSON.parse(data) })
    }
  }
  await reader.cancel().catch(() => undefined)
  return events
}

beforeAll(async () => {
  // the LISTEN connection waits 5 s or more before reconnecting (a window to make changes it cannot hear)
  t = await startTestServer({ env: { DELIVERY_LOCATION_MIN_INTERVAL_MS: '60000', DB_LISTENER_MIN_BACKOFF_MS: '5000' } })
  owner = await userSession(t.payload, t.api, ['restaurant-owner'])
  otherOwner = await userSession(t.payload, t.api, ['restaurant-owner'])
  admin = await userSession(t.payload, t.api, ['admin'])
  restaurant = await makeRestaurant(t.payload, owner.user)
  menu = await makeMenu(t.payload, restaurant.id)
})
afterAll(async () => {
  await t?.close()
})

describe('delivery tracking', () => {
  it('only the assigned driver posts valid positions, at most one per interval; distance and ETA are computed', async () => {
    const { driver, customer, trackingId, order } = await acceptedOrder()
    const other = await userSession(t.payload, t.api, ['driver'])
    expect((await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.855, longitude: 2.35 }, other.auth)).status).toBe(403)
    expect((await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.855, longitude: 2.35 }, customer.auth)).status).toBe(403)
    const bad = await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 95, longitude: 'x' }, driver.auth)
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/latitude/)
    expect(bad.text).toMatch(/longitude/)
    const ok = await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.858, longitude: 2.341 }, driver.auth)
    expect(ok.status).toBe(200)
    expect(ok.body.distanceRemainingKm).toBeGreaterThan(0.5)
    expect(ok.body.distanceRemainingKm).toBeLessThan(1.5)
    expect(new Date(ok.body.estimatedArrival).getTime()).toBeGreaterThan(Date.now())
    const again = await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.857, longitude: 2.342 }, driver.auth)
    expect(again.status).toBe(429)

    // who reads it
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`, customer.auth)).body.currentLatitude).toBe(48.858)
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`, owner.auth)).status).toBe(200)
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`, admin.auth)).status).toBe(200)
    const stranger = await userSession(t.payload, t.api, ['customer'])
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`, stranger.auth)).status).toBe(404)
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`, otherOwner.auth)).status).toBe(404)
    expect((await t.api.get(`/api/delivery-tracking/${trackingId}`)).status).toBe(403)
    const gql = await t.api.graphql(`{ allDeliveryTrackings: DeliveryTrackings { docs { id } } }`, {}, stranger.auth)
    expect(gql.body.data.allDeliveryTrackings.docs).toEqual([])
    const gqlCustomer = await t.api.graphql(`{ DeliveryTrackings { docs { id currentLatitude } } }`, {}, customer.auth)
    expect(gqlCustomer.body.data.DeliveryTrackings.docs).toEqual([{ id: trackingId, currentLatitude: 48.858 }])
    expect((await t.api.patch(`/api/delivery-tracking/${trackingId}`, { currentLatitude: 0 }, driver.auth)).status).toBe(403)

    // after delivery, positions are refused
    await move(order.id, 'picked_up', driver.auth)
    await move(order.id, 'delivered', driver.auth)
    process.env.DELIVERY_LOCATION_MIN_INTERVAL_MS = '0'
    expect((await t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.857, longitude: 2.342 }, driver.auth)).status).toBe(409)
    process.env.DELIVERY_LOCATION_MIN_INTERVAL_MS = '60000'
  })

  it('streams status and position changes to the customer as server-sent events; others are refused', async () => {
    const { driver, customer, trackingId, order } = await acceptedOrder()
    expect((await t.api.get(`/api/orders/${order.id}/live`, driver.auth)).status).toBe(403)
    const stranger = await userSession(t.payload, t.api, ['customer'])
    expect((await t.api.get(`/api/orders/${order.id}/live`, stranger.auth)).status).toBe(404)
    expect((await t.api.get(`/api/orders/${order.id}/live`)).status).toBe(401)

    process.env.DELIVERY_LOCATION_MIN_INTERVAL_MS = '0'
    const res = await fetch(`${t.url}/api/orders/${order.id}/live`, { headers: { authorization: `JWT ${customer.auth.token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/)
    let step = 0
    const events = await readEvents(res, (evs) => {
      if (evs.length >= 1 && step === 0) {
        step = 1
        void t.api.patch(`/api/delivery-tracking/${trackingId}/location`, { latitude: 48.857, longitude: 2.349 }, driver.auth)
      }
      if (evs.some((e) => e.event === 'driver.location_updated') && step === 1) {
        step = 2
        void move(order.id, 'picked_up', driver.auth)
      }
      return evs.some((e) => e.event === 'order.status_changed')
    })
    process.env.DELIVERY_LOCATION_MIN_INTERVAL_MS = '60000'
    expect(events[0]).toMatchObject({ event: 'snapshot', data: { status: 'ready', tracking: { id: trackingId } } })
    expect(events.find((e) => e.event === 'driver.location_updated')?.data).toMatchObject({ currentLatitude: 48.857, currentLongitude: 2.349 })
    expect(events.find((e) => e.event === 'order.status_changed')?.data).toMatchObject({ from: 'ready', status: 'picked_up' })

    // the restaurant owner may follow too
    const ownerStream = await fetch(`${t.url}/api/orders/${order.id}/live`, { headers: { authorization: `JWT ${owner.auth.token}` } })
    expect(ownerStream.status).toBe(200)
    await ownerStream.body?.cancel()
  })

  it('every status move reaches the feed, in order, also when the moves follow each other at once and the client follows another instance', async () => {
    // a second Payload instance with its own express app on the same database: another server process's view
    const config = buildVibeConfig({ databaseUrl: t.databaseUrl })
    const second: Payload = await bootPayload({ config, migrate: false, seed: false, key: 'tracking-second' })
    const server: Server = await new Promise((resolve) => {
      const s = createApp({ payload: second, quiet: true }).listen(0, '127.0.0.1', () => resolve(s))
    })
    const secondUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      for (const where of [t.url, secondUrl]) {
        const { driver, customer, order } = await acceptedOrder()
        const res = await fetch(`${where}/api/orders/${order.id}/live`, { headers: { authorization: `JWT ${customer.auth.token}` } })
        expect(res.status).toBe(200)
        let moves: Promise<number[]> | undefined
        const events = await readEvents(res, (evs) => {
          // two moves committed back to back, on the first instance
          if (evs.length >= 1 && !moves)
            moves = move(order.id, 'picked_up', driver.auth).then(async (r) => (r.status === 200 ? [r.status, (await move(order.id, 'delivered', driver.auth)).status] : [r.status]))
          return evs.some((e) => e.data?.status === 'delivered')
        })
        expect(await moves, `the moves on ${where === t.url ? 'this' : 'the other'} instance`).toEqual([200, 200])
        expect(events[0]).toMatchObject({ event: 'snapshot', data: { status: 'ready' } })
        const changes = events.filter((e) => e.event === 'order.status_changed').map((e) => [e.data.from, e.data.status])
        expect(changes, JSON.stringify(events)).toEqual([
          ['ready', 'picked_up'],
          ['picked_up', 'delivered'],
        ])
      }
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closePayload(second)
    }
  })

  it('one LISTEN connection serves every feed and the cache; a move made while it was down is reported when it is back', async () => {
    const { driver, customer, order } = await acceptedOrder()
    const open = (auth: Auth) => fetch(`${t.url}/api/orders/${order.id}/live`, { headers: { authorization: `JWT ${auth.token}` } })
    const feeds = [await open(customer.auth), await open(owner.auth), await open(admin.auth)]
    for (const f of feeds) expect(f.status).toBe(200)
    const listeners = async () =>
      (await t.payload.db.drizzle.execute(
        sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTENER_APPLICATION_NAME}`,
      )).rows as { pid: number }[]
    const before = await listeners()
    expect(before).toHaveLength(1)

    // the LISTEN connection dies; the move below commits while nobody listens (its NOTIFY is lost)
    const listener = listenerFor(t.payload)!
    await t.payload.db.drizzle.execute(sql`SELECT pg_terminate_backend(${before[0].pid})`)
    await eventually(async () => listener.connected, (c) => !c)
    expect(listener.connected).toBe(false)
    expect((await move(order.id, 'picked_up', driver.auth)).status).toBe(200)
    expect(listener.connected).toBe(false)
    // refused meanwhile: it would not hear anything
    expect((await t.api.get(`/api/orders/${order.id}/live`, customer.auth)).status).toBe(503)

    const events = await readEvents(feeds[0], (evs) => evs.some((e) => e.event === 'order.status_changed'))
    expect(events.find((e) => e.event === 'order.status_changed')?.data).toMatchObject({ from: 'ready', status: 'picked_up' })
    expect(listener.connected).toBe(true)
    expect(await listeners()).toHaveLength(1)
    for (const f of feeds.slice(1)) await f.body?.cancel()
  })

  it('the feed of a finished order sends its snapshot and ends', async () => {
    const { driver, customer, order } = await acceptedOrder()
    await move(order.id, 'picked_up', driver.auth)
    await move(order.id, 'delivered', driver.auth)
    const res = await fetch(`${t.url}/api/orders/${order.id}/live`, { headers: { authorization: `JWT ${customer.auth.token}` } })
    expect(res.status).toBe(200)
    // snapshot, then the stream closes by itself
    const events = await readEvents(res, () => false)
    expect(events).toEqual([expect.objectContaining({ event: 'snapshot', data: expect.objectContaining({ status: 'delivered' }) })])
  })
})

describe('ratings and reviews', () => {
  it('driver ratings: only the customer, only after delivery, once, 1–5; tips go to the driver totals', async () => {
    const { driver, customer, order } = await acceptedOrder()
    const rate = (auth: Auth, body: Record<string, unknown> = {}) => t.api.post('/api/driver-ratings', { order: order.id, overallRating: 5, punctualityRating: 5, professionalismRating: 5, careRating: 4, comment: 'Livraison rapide', tipAmount: 200, ...body }, auth)
    const early = await rate(customer.auth)
    expect(early.status).toBe(409)
    expect(early.text).toMatch(/after the order is delivered/)
    await move(order.id, 'picked_up', driver.auth)
    await move(order.id, 'delivered', driver.auth)
    const other = await userSession(t.payload, t.api, ['customer'])
    expect((await rate(other.auth)).status).toBe(403)
    expect((await rate(driver.auth)).status).toBe(403)
    expect((await rate(customer.auth, { overallRating: 6 })).status).toBe(400)
    const ok = await rate(customer.auth, { driver: other.user.id })
    expect(ok.status).toBe(201)
    expect(rid(ok.body.doc.driver)).toBe(driver.user.id)
    expect((await rate(customer.auth)).status).toBe(409)
    const profile = (await t.payload.find({ collection: 'driver-profiles', where: { user: { equals: driver.user.id } }, overrideAccess: true })).docs[0]
    expect(profile).toMatchObject({ totalRatings: 1, averageRating: 5, totalTips: 200, totalDeliveries: 1 })
    // the driver reads their ratings; another customer does not
    expect((await t.api.get('/api/driver-ratings', driver.auth)).body.totalDocs).toBe(1)
    expect((await t.api.get('/api/driver-ratings', other.auth)).body.totalDocs).toBe(0)
  })

  it('restaurant reviews: one per customer and restaurant, only after an order was delivered there', async () => {
    const { driver, customer, order } = await acceptedOrder()
    expect((await t.api.post('/api/restaurant-reviews', { restaurant: restaurant.id, rating: 5 }, customer.auth)).status).toBe(403)
    await move(order.id, 'picked_up', driver.auth)
    await move(order.id, 'delivered', driver.auth)
    expect((await t.api.post('/api/restaurant-reviews', { restaurant: restaurant.id, rating: 0 }, customer.auth)).status).toBe(400)
    const ok = await t.api.post('/api/restaurant-reviews', { restaurant: restaurant.id, rating: 4, comment: 'Excellent' }, customer.auth)
    expect(ok.status).toBe(201)
    expect(rid(ok.body.doc.customer)).toBe(customer.user.id)
    expect((await t.api.post('/api/restaurant-reviews', { restaurant: restaurant.id, rating: 1 }, customer.auth)).status).toBe(409)
    const r = await t.api.get(`/api/restaurants/${restaurant.id}`)
    expect(r.body).toMatchObject({ averageRating: 4, totalReviews: 1 })
  })
})

describe('profiles', () => {
  it('customers and drivers own their profile; server-kept totals cannot be written', async () => {
    const c = await userSession(t.payload, t.api, ['customer'])
    const other = await userSession(t.payload, t.api, ['customer'])
    const created = await t.api.post('/api/customer-profiles', { user: other.user.id, favoriteRestaurants: [restaurant.id], deliveryAddresses: [{ key: 'home', label: 'Maison', address: '123 Rue de la Paix', latitude: 48.8566, longitude: 2.3522, isDefault: true }] }, c.auth)
    expect(created.status).toBe(201)
    expect(rid(created.body.doc.user)).toBe(c.user.id)
    expect((await t.api.get(`/api/customer-profiles/${created.body.doc.id}`, other.auth)).status).toBe(404)
    const twoDefaults = await t.api.patch(`/api/customer-profiles/${created.body.doc.id}`, { deliveryAddresses: [{ key: 'a', label: 'A', address: 'x', latitude: 1, longitude: 1, isDefault: true }, { key: 'b', label: 'B', address: 'y', latitude: 1, longitude: 1, isDefault: true }] }, c.auth)
    expect(twoDefaults.status).toBe(400)
    expect((await t.api.post('/api/customer-profiles', { user: c.user.id }, c.auth)).status).toBe(400) // one per user

    const d = await userSession(t.payload, t.api, ['driver'])
    const dp = await t.api.post('/api/driver-profiles', { vehicleType: 'scooter', licensePlate: 'AB-123-CD', availability: 'available', totalTips: 99999 }, d.auth)
    expect(dp.status).toBe(201)
    expect(dp.body.doc.totalTips).toBe(0)
    expect((await t.api.post('/api/driver-profiles', { vehicleType: 'car' }, c.auth)).status).toBe(403)
    expect((await t.api.patch(`/api/driver-profiles/${dp.body.doc.id}`, { availability: 'on_break' }, d.auth)).body.doc.availability).toBe('on_break')
    expect((await t.api.patch(`/api/driver-profiles/${dp.body.doc.id}`, { availability: 'offline' }, other.auth)).status).toBe(403)
  })
})
