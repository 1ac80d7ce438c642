/**
 * Delivery tracking: the assigned driver reports positions (validated, rate-limited in the
 * database by a conditional UPDATE), the server keeps distance remaining and ETA, and a live feed
 * streams status and position changes to the order's customer, the restaurant and admins.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { conflict, forbidden, HttpError, notFound } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { idOf } from '../access'
import { rows } from '../../../db/transaction'
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
  await rows(req, sql`UPDATE driver_profiles SET current_latitude = ${pos.latitude}, current_longitude = ${pos.longitude} WHERE user_id = ${req.user.id}`)
  return { id: tracking.id, currentLatitude: pos.latitude, currentLongitude: pos.longitude, distanceRemainingKm: km, estimatedArrival: eta.toISOString() }
}

/** Payload stores numbers as Postgres numeric, which pg returns as strings. */
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

type Snapshot = { status: string; updatedAt: string; tracking: null | Record<string, unknown> }

async function snapshot(req: PayloadRequest, orderId: number | string): Promise<Snapshot> {
  const [o] = await rows<{ status: string; updated_at: Date }>(req, sql`SELECT status, updated_at FROM orders WHERE id = ${orderId}`)
  const [t] = await rows<Record<string, unknown>>(
    req,
    sql`SELECT id, current_latitude, current_longitude, last_location_update, distance_remaining_km, estimated_arrival FROM delivery_tracking WHERE order_id = ${orderId}`,
  )
  return {
    status: o.status,
    updatedAt: new Date(o.updated_at).toISOString(),
    tracking: t
      ? {
          id: t.id,
          currentLatitude: num(t.current_latitude),
          currentLongitude: num(t.current_longitude),
          lastLocationUpdate: t.last_location_update ? new Date(t.last_location_update as string).toISOString() : null,
          distanceRemainingKm: num(t.distance_remaining_km),
          estimatedArrival: t.estimated_arrival ? new Date(t.estimated_arrival as string).toISOString() : null,
        }
      : null,
  }
}

/**
 * Server-sent events: `snapshot` first, then `order.status_changed` and `driver.location_updated`
 * as they happen (polled from the database, so it works with several server processes), a
 * heartbeat comment, and the stream ends after delivered / cancelled.
 */
export async function liveFeed(req: PayloadRequest, orderId: string): Promise<Response> {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const order = await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)
  if (!order) throw notFound('Order not found.')
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: idOf(order.restaurant), depth: 0, req, overrideAccess: true })
  const allowed = userIsAdmin(req.user) || String(idOf(order.customer)) === String(req.user.id) || String(idOf(restaurant.owner)) === String(req.user.id)
  if (!allowed) throw forbidden('Only the customer of this order, its restaurant and admins can follow it live.')
  const pollMs = env.int('DELIVERY_LIVE_POLL_MS', 1000)
  const encoder = new TextEncoder()
  let timer: NodeJS.Timeout | undefined
  let beats = 0
  let closed = false
  let last = await snapshot(req, order.id)
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`))
      }
      const finish = () => {
        if (closed) return
        closed = true
        controller.close()
      }
      send('snapshot', { orderId: order.id, ...last })
      const tick = async () => {
        if (closed) return
        try {
          const now = await snapshot(req, order.id)
          if (now.status !== last.status) send('order.status_changed', { orderId: order.id, from: last.status, status: now.status })
          if (now.tracking && !last.tracking) send('order.assigned', { orderId: order.id, trackingId: now.tracking.id })
          if (now.tracking && now.tracking.lastLocationUpdate && now.tracking.lastLocationUpdate !== last.tracking?.lastLocationUpdate) {
            send('driver.location_updated', { orderId: order.id, ...now.tracking })
          }
          last = now
          if (!closed && ++beats % Math.max(1, Math.round(15_000 / pollMs)) === 0) controller.enqueue(encoder.encode(': heartbeat\n\n'))
          if (now.status === 'delivered' || now.status === 'cancelled') return finish()
          if (!closed) timer = setTimeout(tick, pollMs)
        } catch {
          finish()
        }
      }
      timer = setTimeout(tick, pollMs)
    },
    cancel() {
      closed = true
      clearTimeout(timer)
    },
  })
  return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' } })
}
