/** Catalogue search for the apps: restaurants near a point (earthdistance), open now, category, rating; a restaurant's menu. */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import { notFound } from '../../../endpoints/http'
import { idOf } from '../access'
import { rows } from '../../../db/transaction'
import { isOpenAt, type OpeningHours } from './opening-hours'

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

export const nearbyQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  openNow: bool.optional(),
  category: z.string().trim().min(1).max(100).optional(),
  minRating: z.coerce.number().min(0).max(5).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

export async function nearbyRestaurants(req: PayloadRequest, q: z.infer<typeof nearbyQuerySchema>, now = new Date()) {
  const here = sql`ll_to_earth(${q.lat}, ${q.lng})`
  const categoryFilter = q.category
    ? sql`AND EXISTS (SELECT 1 FROM menu_categories mc JOIN menu_categories_locales l ON l._parent_id = mc.id
                      WHERE mc.restaurant_id = r.id AND mc.active AND (mc.id::text = ${q.category} OR lower(unaccent(l.name)) = lower(unaccent(${q.category}))))`
    : sql``
  const ratingFilter = q.minRating !== undefined ? sql`AND r.average_rating >= ${q.minRating}` : sql``
  const found = await rows<{ id: number; km: number }>(
    req,
    sql`SELECT r.id, earth_distance(ll_to_earth(r.latitude, r.longitude), ${here}) / 1000 AS km
        FROM restaurants r
        WHERE r.active AND earth_box(${here}, r.delivery_radius_km * 1000) @> ll_to_earth(r.latitude, r.longitude)
          AND earth_distance(ll_to_earth(r.latitude, r.longitude), ${here}) <= r.delivery_radius_km * 1000
          ${ratingFilter} ${categoryFilter}
        ORDER BY km ASC, r.id ASC
        LIMIT ${q.limit * (q.openNow ? 4 : 1)}`,
  )
  if (found.length === 0) return { docs: [] }
  const docs = await req.payload.find({ collection: 'restaurants', where: { id: { in: found.map((f) => f.id) } }, depth: 1, limit: found.length, req, overrideAccess: false, user: req.user, locale: req.locale })
  const byId = new Map(docs.docs.map((d) => [String(d.id), d]))
  const result = found
    .map((f) => {
      const d = byId.get(String(f.id))
      if (!d) return null
      const openNow = isOpenAt(d.openingHours as OpeningHours, d.timezone, now)
      return { ...d, distanceKm: Math.round(Number(f.km) * 100) / 100, isOpenNow: openNow }
    })
    .filter((d): d is NonNullable<typeof d> => d !== null && (!q.openNow || d.isOpenNow))
    .slice(0, q.limit)
  return { docs: result }
}

export async function restaurantMenu(req: PayloadRequest, restaurantId: string) {
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: restaurantId, depth: 1, req, overrideAccess: false, user: req.user, locale: req.locale }).catch(() => null)
  if (!restaurant || !restaurant.active) throw notFound('Restaurant not found.')
  const [categories, items] = await Promise.all([
    req.payload.find({ collection: 'menu-categories', where: { and: [{ restaurant: { equals: restaurant.id } }, { active: { equals: true } }] }, sort: 'order', limit: 500, depth: 0, req, overrideAccess: false, user: req.user, locale: req.locale }),
    req.payload.find({ collection: 'menu-items', where: { and: [{ restaurant: { equals: restaurant.id } }, { available: { equals: true } }, { soldOut: { not_equals: true } }] }, sort: 'name', limit: 2000, depth: 1, req, overrideAccess: false, user: req.user, locale: req.locale }),
  ])
  const grouped = categories.docs.map((c) => ({ category: c, items: items.docs.filter((i) => String(idOf(i.category)) === String(c.id)) }))
  const known = new Set(categories.docs.map((c) => String(c.id)))
  const other = items.docs.filter((i) => !i.category || !known.has(String(idOf(i.category))))
  return {
    restaurant: { ...restaurant, isOpenNow: isOpenAt(restaurant.openingHours as OpeningHours, restaurant.timezone, new Date()) },
    categories: [...grouped.filter((g) => g.items.length), ...(other.length ? [{ category: null, items: other }] : [])],
  }
}
