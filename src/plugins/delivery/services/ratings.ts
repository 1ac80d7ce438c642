/** Rules of driver ratings and restaurant reviews, and the aggregates the server keeps. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { userIsAdmin } from '../../../access'
import { conflict, forbidden, notFound, unauthorized, unprocessable } from '../../../endpoints/http'
import { idOf } from '../access'
import { rows } from '../../../db/transaction'

export const checkDriverRating: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!req.user) throw unauthorized()
  const order = await req.payload.findByID({ collection: 'orders', id: idOf(data.order), depth: 0, req, overrideAccess: true }).catch(() => null)
  if (!order) throw notFound('order: unknown order.')
  if (String(idOf(order.customer)) !== String(req.user.id) && !userIsAdmin(req.user)) throw forbidden('Only the customer of this order can rate its driver.')
  if (order.status !== 'delivered') throw conflict('A driver can be rated only after the order is delivered.')
  if (!order.driver) throw conflict('This order had no driver.')
  const existing = await req.payload.count({ collection: 'driver-ratings', where: { order: { equals: order.id } }, req, overrideAccess: true })
  if (existing.totalDocs > 0) throw conflict('This order has already been rated.')
  const tip = data.tipAmount ?? 0
  if (!Number.isInteger(tip) || tip < 0) throw unprocessable('tipAmount: a non-negative integer in minor units.')
  return { ...data, driver: idOf(order.driver), customer: idOf(order.customer) }
}

export async function refreshDriverAggregates(req: PayloadRequest, driverId: number | string) {
  await rows(
    req,
    sql`UPDATE driver_profiles p SET
          total_ratings = a.n, average_rating = a.avg, total_tips = a.tips,
          total_deliveries = (SELECT count(*) FROM orders o WHERE o.driver_id = p.user_id AND o.status = 'delivered')
        FROM (SELECT count(*)::int AS n, coalesce(round(avg(overall_rating)::numeric, 2), 0) AS avg, coalesce(sum(tip_amount), 0) AS tips
              FROM driver_ratings WHERE driver_id = ${driverId}) a
        WHERE p.user_id = ${driverId}`,
  )
}

export const recomputeDriverRating: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc.driver) await refreshDriverAggregates(req, idOf(doc.driver))
  return doc
}

export const checkRestaurantReview: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!req.user) throw unauthorized()
  const restaurantId = idOf(data.restaurant)
  const delivered = await req.payload.count({
    collection: 'orders',
    where: { and: [{ customer: { equals: req.user.id } }, { restaurant: { equals: restaurantId } }, { status: { equals: 'delivered' } }] },
    req,
    overrideAccess: true,
  })
  if (delivered.totalDocs === 0) throw forbidden('Only customers who received an order from this restaurant can review it.')
  const existing = await req.payload.count({
    collection: 'restaurant-reviews',
    where: { and: [{ customer: { equals: req.user.id } }, { restaurant: { equals: restaurantId } }] },
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) throw conflict('You have already reviewed this restaurant.')
  return { ...data, customer: req.user.id }
}

export const recomputeRestaurantRating = async ({ doc, req }: { doc: { restaurant: unknown }; req: PayloadRequest }) => {
  const id = idOf(doc.restaurant)
  await rows(
    req,
    sql`UPDATE restaurants r SET total_reviews = a.n, average_rating = a.avg
        FROM (SELECT count(*)::int AS n, coalesce(round(avg(rating)::numeric, 2), 0) AS avg FROM restaurant_reviews WHERE restaurant_id = ${id}) a
        WHERE r.id = ${id}`,
  )
  return doc
}
