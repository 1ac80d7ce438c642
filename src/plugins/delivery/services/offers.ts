/**
 * Driver offers: a ready order is offered to the nearest available driver for a limited time
 * (DELIVERY_OFFER_TTL_SECONDS, default 60). While the offer is open only that driver can take the
 * order; when they decline, or the offer expires (job `delivery-offer-timeout`), it goes to the
 * next nearest available driver not offered this order yet. When nobody is left, the order stays
 * in the pool: every available driver nearby sees it and the first to accept wins (acceptOrder's
 * conditional UPDATE).
 *
 * Every function that changes offers locks the order row first, so a decline, an expiry and an
 * acceptance of the same order are applied one after the other.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { userHasRole } from '../../../access'
import { conflict, forbidden, HttpError, notFound } from '../../../endpoints/http'
import { inTransaction, rows } from '../../../db/transaction'
import { env } from '../../../lib/env'
import { isSerialId } from '../../../lib/serial-id'
import { notifyCustomer } from './notify'

export const DELIVERY_QUEUE = 'delivery'
export const OFFER_TIMEOUT_TASK = 'delivery-offer-timeout'

/** How long a driver has to answer an offer. */
export const offerTtlSeconds = () => {
  const n = env.int('DELIVERY_OFFER_TTL_SECONDS', 60)
  if (n < 1) throw new Error('DELIVERY_OFFER_TTL_SECONDS must be at least 1')
  return n
}
/** How far (km) from a driver the unassigned ready orders they are shown may be. */
export const nearbyRadiusKm = () => env.int('DELIVERY_NEARBY_RADIUS_KM', 10)

/** The statuses in which an order is with its driver (the driver is busy). */
export const CARRYING = ['ready', 'picked_up'] as const

export type OfferMade = { offerId: number; driverId: number; distanceKm: number; expiresAt: string }

const lockOrder = async (req: PayloadRequest, orderId: number) =>
  (await rows<{ id: number; status: string; driver_id: null | number; restaurant_id: number }>(req, sql`SELECT id, status, driver_id, restaurant_id FROM orders WHERE id = ${orderId} FOR UPDATE`))[0]

/**
 * Offers the order to the next driver if it is ready, unassigned and has no open offer.
 * Runs in the caller's transaction (or its own). Returns the offer made, or null.
 */
export async function offerNext(req: PayloadRequest, orderId: number, now = new Date()): Promise<null | OfferMade> {
  return inTransaction(req, async () => {
    const order = await lockOrder(req, orderId)
    if (!order) return null
    await rows(req, sql`UPDATE delivery_offers SET status = 'expired', responded_at = ${now.toISOString()} WHERE order_id = ${orderId} AND status = 'offered' AND expires_at <= ${now.toISOString()}`)
    if (order.driver_id || order.status !== 'ready') {
      await withdrawOffers(req, orderId, now)
      return null
    }
    const [open] = await rows(req, sql`SELECT id FROM delivery_offers WHERE order_id = ${orderId} AND status = 'offered'`)
    if (open) return null
    const [restaurant] = await rows<{ latitude: number; longitude: number }>(req, sql`SELECT latitude, longitude FROM restaurants WHERE id = ${order.restaurant_id}`)
    // available, positioned, never offered this order, no other open offer, not carrying an order;
    // SKIP LOCKED: a driver another transaction is offering or assigning right now is passed over
    const [next] = await rows<{ user_id: number; km: number }>(
      req,
      sql`SELECT dp.user_id, earth_distance(ll_to_earth(dp.current_latitude, dp.current_longitude), ll_to_earth(${restaurant.latitude}, ${restaurant.longitude})) / 1000 AS km
          FROM driver_profiles dp
          WHERE dp.availability = 'available' AND dp.current_latitude IS NOT NULL AND dp.current_longitude IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM delivery_offers x WHERE x.driver_id = dp.user_id AND (x.order_id = ${orderId} OR (x.status = 'offered' AND x.expires_at > ${now.toISOString()})))
            AND NOT EXISTS (SELECT 1 FROM orders a WHERE a.driver_id = dp.user_id AND a.status IN ('ready', 'picked_up'))
          ORDER BY km ASC, dp.user_id ASC
          LIMIT 1
          FOR UPDATE OF dp SKIP LOCKED`,
    )
    if (!next) {
      await rows(req, sql`UPDATE orders SET proposed_driver_id = NULL WHERE id = ${orderId}`)
      return null
    }
    const expiresAt = new Date(now.getTime() + offerTtlSeconds() * 1000).toISOString()
    const offer = await req.payload.create({
      collection: 'delivery-offers',
      req,
      overrideAccess: true, // offers are written by the server only
      depth: 0,
      data: { order: orderId, driver: next.user_id, status: 'offered', distanceKm: Math.round(Number(next.km) * 100) / 100, expiresAt },
    })
    await rows(req, sql`UPDATE orders SET proposed_driver_id = ${next.user_id} WHERE id = ${orderId}`)
    await req.payload.jobs.queue({ task: OFFER_TIMEOUT_TASK as never, input: { offerId: offer.id } as never, queue: DELIVERY_QUEUE, waitUntil: new Date(expiresAt), req })
    const [o] = await rows<{ order_number: string; name: string }>(req, sql`SELECT o.order_number, r.name FROM orders o JOIN restaurants r ON r.id = o.restaurant_id WHERE o.id = ${orderId}`)
    await notifyCustomer(req, {
      user: next.user_id,
      type: 'delivery.offer',
      data: { orderId, orderNumber: o.order_number, offerId: offer.id, restaurant: o.name, distanceKm: (Math.round(Number(next.km) * 10) / 10).toString(), expiresAt, url: '/delivery/driver/offers' },
      idempotencyKey: `delivery.offer:${offer.id}`,
    })
    return { offerId: offer.id as number, driverId: next.user_id, distanceKm: Number(next.km), expiresAt }
  })
}

/** Closes the open offers of an order (it was taken, cancelled, or is no longer ready). */
export async function withdrawOffers(req: PayloadRequest, orderId: number, now = new Date(), acceptedBy?: number | string) {
  if (acceptedBy !== undefined) {
    await rows(req, sql`UPDATE delivery_offers SET status = 'accepted', responded_at = ${now.toISOString()} WHERE order_id = ${orderId} AND driver_id = ${acceptedBy} AND status IN ('offered', 'expired')`)
  }
  await rows(req, sql`UPDATE delivery_offers SET status = 'withdrawn', responded_at = ${now.toISOString()} WHERE order_id = ${orderId} AND status = 'offered'`)
}

/**
 * A driver who took an order gives back their other open offers: each is closed now and its
 * timeout job, due at once, offers that order to the next driver (in its own transaction, so the
 * accepting transaction locks no other order).
 */
export async function handBackOtherOffers(req: PayloadRequest, driverId: number | string, keptOrderId: number, now = new Date()) {
  const given = await rows<{ id: number }>(
    req,
    sql`UPDATE delivery_offers SET expires_at = ${now.toISOString()} WHERE driver_id = ${driverId} AND status = 'offered' AND order_id <> ${keptOrderId} RETURNING id`,
  )
  for (const { id } of given) await req.payload.jobs.queue({ task: OFFER_TIMEOUT_TASK as never, input: { offerId: id } as never, queue: DELIVERY_QUEUE, req })
  return given.length
}

export type TimeoutResult = 'expired' | 'answered' | 'gone' | 'rescheduled'

/**
 * The job's work: expires the offer if it is still open and overdue, then offers the order to
 * the next driver. Idempotent: an offer already answered (or an order already taken) is left as is.
 */
export async function expireOffer(req: PayloadRequest, offerId: number, now = new Date()): Promise<TimeoutResult> {
  return inTransaction(req, async () => {
    const [first] = await rows<{ order_id: number }>(req, sql`SELECT order_id FROM delivery_offers WHERE id = ${offerId}`)
    if (!first) return 'gone'
    await lockOrder(req, first.order_id)
    const [offer] = await rows<{ status: string; expires_at: Date | string }>(req, sql`SELECT status, expires_at FROM delivery_offers WHERE id = ${offerId}`)
    if (offer.status !== 'offered') return 'answered'
    if (new Date(offer.expires_at).getTime() > now.getTime()) {
      // run early (a manual run): try again when it is due
      await req.payload.jobs.queue({ task: OFFER_TIMEOUT_TASK as never, input: { offerId } as never, queue: DELIVERY_QUEUE, waitUntil: new Date(offer.expires_at), req })
      return 'rescheduled'
    }
    await rows(req, sql`UPDATE delivery_offers SET status = 'expired', responded_at = ${now.toISOString()} WHERE id = ${offerId}`)
    await offerNext(req, first.order_id, now)
    return 'expired'
  })
}

/** Loads an offer of the current driver (404 for anyone else's) with its order locked. */
async function myOpenOffer(req: PayloadRequest, offerId: string, now: Date) {
  const user = req.user
  if (!user) throw new HttpError(401, 'You must be logged in.')
  if (!userHasRole(user, 'driver')) throw forbidden('Only drivers have delivery offers.')
  if (!isSerialId(offerId)) throw notFound('Offer not found.')
  const [first] = await rows<{ order_id: number; driver_id: number }>(req, sql`SELECT order_id, driver_id FROM delivery_offers WHERE id = ${offerId}`)
  if (!first || String(first.driver_id) !== String(user.id)) throw notFound('Offer not found.')
  await lockOrder(req, first.order_id)
  const [offer] = await rows<{ id: number; status: string; expires_at: Date | string }>(req, sql`SELECT id, status, expires_at FROM delivery_offers WHERE id = ${offerId}`)
  if (offer.status === 'offered' && new Date(offer.expires_at).getTime() <= now.getTime()) throw conflict('This offer has expired.')
  if (offer.status !== 'offered') throw conflict(`This offer is already ${offer.status}.`)
  return { orderId: first.order_id, offerId: offer.id }
}

/** The driver declines: the order goes to the next driver at once. */
export async function declineOffer(req: PayloadRequest, offerId: string, now = new Date()) {
  return inTransaction(req, async () => {
    const { orderId, offerId: id } = await myOpenOffer(req, offerId, now)
    await rows(req, sql`UPDATE delivery_offers SET status = 'declined', responded_at = ${now.toISOString()} WHERE id = ${id}`)
    await offerNext(req, orderId, now)
    return { offerId: id, status: 'declined' as const }
  })
}

/** Checks that the offer is this driver's and still open; the caller then accepts the order. */
export async function openOfferOrder(req: PayloadRequest, offerId: string, now = new Date()) {
  return inTransaction(req, async () => (await myOpenOffer(req, offerId, now)).orderId)
}

type OfferRow = {
  offer_id: number
  expires_at: Date | string
  distance_km: null | number
  order_id: number
  order_number: string
  total: number
  currency: string
  delivery_latitude: number
  delivery_longitude: number
  city: null | string
  postal_code: null | string
  restaurant_id: number
  restaurant_name: string
  restaurant_address: string
  restaurant_latitude: number
  restaurant_longitude: number
  km?: number
}

/** What a driver is shown of an order before taking it: where to fetch it, where it goes, what it is worth. */
const toView = (r: OfferRow) => ({
  orderId: r.order_id,
  orderNumber: r.order_number,
  total: Number(r.total),
  currency: r.currency,
  // numeric columns come back from pg as strings
  restaurant: { id: r.restaurant_id, name: r.restaurant_name, address: r.restaurant_address, latitude: Number(r.restaurant_latitude), longitude: Number(r.restaurant_longitude) },
  destination: { latitude: Number(r.delivery_latitude), longitude: Number(r.delivery_longitude), city: r.city ?? undefined, postalCode: r.postal_code ?? undefined },
})

/**
 * GET /api/delivery/driver/offers: the driver's open offers (with their deadline) and, when they are
 * available, the ready orders near them that nobody has taken and nobody else holds an offer for.
 */
export async function driverOffers(req: PayloadRequest, now = new Date()) {
  const user = req.user as TypedUser | null
  if (!user) throw new HttpError(401, 'You must be logged in.')
  if (!userHasRole(user, 'driver')) throw forbidden('Only drivers have delivery offers.')
  const [profile] = await rows<{ availability: string; current_latitude: null | number; current_longitude: null | number }>(
    req,
    sql`SELECT availability, current_latitude, current_longitude FROM driver_profiles WHERE user_id = ${user.id}`,
  )
  if (!profile) throw conflict('Create your driver profile to receive delivery offers.')
  const iso = now.toISOString()
  const offers = await rows<OfferRow>(
    req,
    sql`SELECT x.id AS offer_id, x.expires_at, x.distance_km, o.id AS order_id, o.order_number, o.total, o.currency, o.delivery_latitude, o.delivery_longitude,
               o.structured_address_city AS city, o.structured_address_postal_code AS postal_code,
               r.id AS restaurant_id, r.name AS restaurant_name, r.address AS restaurant_address, r.latitude AS restaurant_latitude, r.longitude AS restaurant_longitude
          FROM delivery_offers x JOIN orders o ON o.id = x.order_id JOIN restaurants r ON r.id = o.restaurant_id
          WHERE x.driver_id = ${user.id} AND x.status = 'offered' AND x.expires_at > ${iso} AND o.status = 'ready' AND o.driver_id IS NULL
          ORDER BY x.expires_at ASC`,
  )
  let nearby: OfferRow[] = []
  if (profile.availability === 'available' && profile.current_latitude !== null && profile.current_longitude !== null) {
    nearby = await rows<OfferRow>(
      req,
      sql`SELECT * FROM (
            SELECT o.id AS order_id, o.order_number, o.total, o.currency, o.delivery_latitude, o.delivery_longitude,
                   o.structured_address_city AS city, o.structured_address_postal_code AS postal_code,
                   r.id AS restaurant_id, r.name AS restaurant_name, r.address AS restaurant_address, r.latitude AS restaurant_latitude, r.longitude AS restaurant_longitude,
                   earth_distance(ll_to_earth(r.latitude, r.longitude), ll_to_earth(${profile.current_latitude}, ${profile.current_longitude})) / 1000 AS km
              FROM orders o JOIN restaurants r ON r.id = o.restaurant_id
              WHERE o.status = 'ready' AND o.driver_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM delivery_offers x WHERE x.order_id = o.id AND x.status = 'offered' AND x.expires_at > ${iso})
          ) s WHERE s.km <= ${nearbyRadiusKm()} ORDER BY s.km ASC LIMIT 50`,
    )
  }
  return {
    availability: profile.availability,
    offers: offers.map((r) => ({ offerId: r.offer_id, expiresAt: new Date(r.expires_at).toISOString(), distanceKm: r.distance_km === null ? null : Number(r.distance_km), ...toView(r) })),
    nearby: nearby.map((r) => ({ distanceKm: Math.round(Number(r.km) * 100) / 100, ...toView(r) })),
  }
}
