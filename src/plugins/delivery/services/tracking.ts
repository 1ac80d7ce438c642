/**
 * Delivery tracking: the assigned driver reports positions (validated, rate-limited in the
 * database by a conditional UPDATE), the server keeps distance remaining and ETA, and a live feed
 * streams status and position changes to the order's customer, the restaurant and admins.
 *
 * The feed is driven by Postgres LISTEN/NOTIFY: every change of an order's status or of its
 * tracking row sends a NOTIFY on the writer's transaction (delivered when it commits, in commit
 * order, to every process), and the process's one LISTEN connection (`db/listener.ts`) hands it to
 * the feeds following that order. A status notice carries the transition itself, so fast
 * consecutive moves are all streamed, in order; a tracking notice carries only ids (NOTIFY payloads
 * are limited to 8000 bytes) and the feed reads the row.
 */
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { conflict, forbidden, HttpError, notFound } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { idOf } from '../access'
import { listenerFor } from '../../../db/listener'
import { rows } from '../../../db/transaction'
import { logger } from '../../../lib/logger'
import { haversineKm } from './geo'

export const locationSchema = z.object({
  latitude: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  longitude: z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
})

const SPEED_KMH: Record<string, number> = { bike: 15, scooter: 25, car: 30 }
export const minLocationIntervalMs = () => env.int('DELIVERY_LOCATION_MIN_INTERVAL_MS', 3000)

/** Minutes to cover `km` at the vehicle's city speed (at least one minute). */
export const etaMinutes = (km: number, vehicle: null | string | undefined) => Math.max(1, Math.ceil((km / (SPEED_KMH[vehicle ?? 'scooter'] ?? 25)) * 60))

export async function updateLocation(req: PayloadRequest, trackingId: string, pos: z.infer<typeof locationSchema>) {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const tracking = await req.payload.findByID({ collection: 'delivery-tracking', id: trackingId, depth: 0, req, overrideAccess: true }).catch(() => null)
  if (!tracking) throw notFound('Tracking not found.')
  if (String(idOf(tracking.driver)) !== String(req.user.id)) throw forbidden('Only the driver assigned to this order can report its position.')
  const order = await req.payload.findByID({ collection: 'orders', id: idOf(tracking.order), depth: 0, req, overrideAccess: true })
  if (order.status !== 'ready' && order.status !== 'picked_up') throw conflict(`The delivery is over (order ${order.status}): positions are no longer accepted.`)
  const [profile] = await rows<{ vehicle_type: string }>(req, sql`SELECT vehicle_type FROM driver_profiles WHERE user_id = ${req.user.id}`)
  const km = Math.round(haversineKm({ lat: pos.latitude, lng: pos.longitude }, { lat: order.deliveryLatitude, lng: order.deliveryLongitude }) * 100) / 100
  const eta = new Date(Date.now() + etaMinutes(km, profile?.vehicle_type) * 60_000)
  const interval = minLocationIntervalMs()
  const updated = await rows<{ id: number }>(
    req,
    sql`UPDATE delivery_tracking SET current_latitude = ${pos.latitude}, current_longitude = ${pos.longitude},
          last_location_update = now(), distance_remaining_km = ${km}, estimated_arrival = ${eta.toISOString()}, updated_at = now()
        WHERE id = ${tracking.id} AND (last_location_update IS NULL OR last_location_update <= now() - make_interval(secs => ${interval / 1000}))
        RETURNING id`,
  )
  if (updated.length === 0) throw new HttpError(429, `Too many position updates: at most one every ${interval / 1000} s.`)
  await notifyTracking(req, { o: Number(idOf(tracking.order)), k: 't' })
  await rows(req, sql`UPDATE driver_profiles SET current_latitude = ${pos.latitude}, current_longitude = ${pos.longitude} WHERE user_id = ${req.user.id}`)
  return { id: tracking.id, currentLatitude: pos.latitude, currentLongitude: pos.longitude, distanceRemainingKm: km, estimatedArrival: eta.toISOString() }
}

/** Payload stores numbers as Postgres numeric, which pg returns as strings. */
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export const TRACKING_CHANNEL = 'vibe_delivery_tracking'

/** A status move (`k: 's'`, from `f` to `t`) or a change of the order's tracking row (`k: 't'`). */
export type TrackingNotice = { o: number; k: 's'; f: string; t: string } | { o: number; k: 't' }

const NOTIFY_MAX_BYTES = 8000

/** NOTIFY on the request's transaction: heard by every process once (and only if) it commits. */
export async function notifyTracking(req: PayloadRequest, notice: TrackingNotice): Promise<void> {
  const payload = JSON.stringify(notice)
  if (Buffer.byteLength(payload) >= NOTIFY_MAX_BYTES) throw new Error('tracking notice too large for NOTIFY')
  await rows(req, sql`SELECT pg_notify(${TRACKING_CHANNEL}, ${payload})`)
}

/** afterChange of orders: a status move, whoever made it (workflow, admin), is announced. */
export const announceOrderStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status && previousDoc.status !== doc.status) {
    await notifyTracking(req, { o: Number(doc.id), k: 's', f: String(previousDoc.status), t: String(doc.status) })
  }
  return doc
}

/** afterChange of delivery-tracking: a driver assigned, picked up, delivered. */
export const announceTrackingChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await notifyTracking(req, { o: Number(idOf(doc.order)), k: 't' })
  return doc
}

type Follower = (notice: TrackingNotice) => void

/** Per Payload instance: the feeds following each order, and the one subscription serving them. */
const followers = new WeakMap<Payload, { byOrder: Map<number, Set<Follower>>; subscribed: Promise<unknown> }>()

/** Calls `fn` for every notice about `orderId`; resolves once notices are being listened to. */
async function follow(payload: Payload, orderId: number, fn: Follower): Promise<() => void> {
  let entry = followers.get(payload)
  if (!entry) {
    const byOrder = new Map<number, Set<Follower>>()
    const listener = listenerFor(payload)
    const subscribed = listener
      ? listener.subscribe(TRACKING_CHANNEL, (raw) => {
          let notice: TrackingNotice
          try {
            notice = JSON.parse(raw) as TrackingNotice
          } catch {
            return void logger.warn({ raw }, 'delivery: unreadable tracking notice')
          }
          for (const f of byOrder.get(notice.o) ?? []) f(notice)
        })
      : Promise.resolve()
    followers.set(payload, (entry = { byOrder, subscribed }))
  }
  const { byOrder } = entry
  let set = byOrder.get(orderId)
  if (!set) byOrder.set(orderId, (set = new Set()))
  set.add(fn)
  await entry.subscribed
  const mine = set
  return () => {
    mine.delete(fn)
    if (mine.size === 0 && byOrder.get(orderId) === mine) byOrder.delete(orderId)
  }
}

type Tracking = null | Record<string, unknown>
type Snapshot = { status: string; updatedAt: string; tracking: Tracking }

async function readTracking(req: PayloadRequest, orderId: number | string): Promise<Tracking> {
  const [t] = await rows<Record<string, unknown>>(
    req,
    sql`SELECT id, current_latitude, current_longitude, last_location_update, distance_remaining_km, estimated_arrival FROM delivery_tracking WHERE order_id = ${orderId}`,
  )
  return t
    ? {
        id: t.id,
        currentLatitude: num(t.current_latitude),
        currentLongitude: num(t.current_longitude),
        lastLocationUpdate: t.last_location_update ? new Date(t.last_location_update as string).toISOString() : null,
        distanceRemainingKm: num(t.distance_remaining_km),
        estimatedArrival: t.estimated_arrival ? new Date(t.estimated_arrival as string).toISOString() : null,
      }
    : null
}

async function snapshot(req: PayloadRequest, orderId: number | string): Promise<Snapshot> {
  const [o] = await rows<{ status: string; updated_at: Date }>(req, sql`SELECT status, updated_at FROM orders WHERE id = ${orderId}`)
  return { status: o.status, updatedAt: new Date(o.updated_at).toISOString(), tracking: await readTracking(req, orderId) }
}

const TERMINAL = new Set(['delivered', 'cancelled'])

/**
 * Server-sent events: `snapshot` first, then `order.status_changed` (every move, in order),
 * `order.assigned` and `driver.location_updated` as they commit, a heartbeat comment, and the
 * stream ends after delivered / cancelled. 503 while the process's LISTEN connection is down; if it
 * drops during the stream, the feed re-reads the order when it is back and reports what changed.
 */
export async function liveFeed(req: PayloadRequest, orderId: string): Promise<Response> {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const order = await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)
  if (!order) throw notFound('Order not found.')
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: idOf(order.restaurant), depth: 0, req, overrideAccess: true })
  const allowed = userIsAdmin(req.user) || String(idOf(order.customer)) === String(req.user.id) || String(idOf(restaurant.owner)) === String(req.user.id)
  if (!allowed) throw forbidden('Only the customer of this order, its restaurant and admins can follow it live.')
  const listener = listenerFor(req.payload)
  if (!listener?.connected) throw new HttpError(503, 'Live tracking is temporarily unavailable; try again shortly.')

  const id = Number(order.id)
  const heartbeatMs = env.int('DELIVERY_LIVE_HEARTBEAT_MS', 15_000)
  const encoder = new TextEncoder()
  // notices heard before the stream starts wait here
  const early: TrackingNotice[] = []
  let onNotice: Follower = (n) => early.push(n)
  // listening before the snapshot is read: nothing committed after it can be missed
  const unfollow = await follow(req.payload, id, (n) => onNotice(n))
  let last: Snapshot
  try {
    last = await snapshot(req, id)
  } catch (err) {
    unfollow()
    throw err
  }
  let closed = false
  let heartbeat: NodeJS.Timeout | undefined
  let unwatch = () => undefined as void
  const cleanup = () => {
    closed = true
    clearInterval(heartbeat)
    unfollow()
    unwatch()
  }

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`))
      }
      const finish = () => {
        if (closed) return
        cleanup()
        controller.close()
      }
      const trackingChanged = (now: Tracking) => {
        if (now && !last.tracking) send('order.assigned', { orderId: id, trackingId: now.id })
        if (now && now.lastLocationUpdate && now.lastLocationUpdate !== last.tracking?.lastLocationUpdate) send('driver.location_updated', { orderId: id, ...now })
        last = { ...last, tracking: now }
      }
      const apply = async (n: TrackingNotice) => {
        if (closed) return
        if (n.k === 's') {
          // a move the snapshot already shows (committed before it was read) is not repeated
          if (n.f !== last.status) return
          send('order.status_changed', { orderId: id, from: n.f, status: n.t })
          last = { ...last, status: n.t }
          if (TERMINAL.has(n.t)) finish()
          return
        }
        trackingChanged(await readTracking(req, id))
      }
      // notices are applied one after the other, in the order Postgres delivered them
      let chain = Promise.resolve()
      const enqueue = (job: () => Promise<void>) => {
        chain = chain.then(job).catch((err: unknown) => {
          logger.warn({ err, orderId: id }, 'delivery: live feed failed; closing it')
          finish()
        })
      }
      send('snapshot', { orderId: id, ...last })
      if (TERMINAL.has(last.status)) return finish()
      onNotice = (n) => enqueue(() => apply(n))
      for (const n of early.splice(0)) onNotice(n)
      // notices sent while the LISTEN connection was down are lost: re-read the order when it is back
      unwatch = listener.onStateChange((connected) => {
        if (!connected) return
        enqueue(async () => {
          if (closed) return
          const now = await snapshot(req, id)
          if (now.status !== last.status) {
            send('order.status_changed', { orderId: id, from: last.status, status: now.status })
            last = { ...last, status: now.status }
          }
          trackingChanged(now.tracking)
          if (TERMINAL.has(now.status)) finish()
        })
      })
      heartbeat = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(': heartbeat\n\n'))
      }, heartbeatMs)
      heartbeat.unref()
    },
    cancel() {
      cleanup()
    },
  })
  return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' } })
}
