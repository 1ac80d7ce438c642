/** Read-side queries: published events near a point, an event's and a user's calendar. */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { notFound, requireUser } from '../../../endpoints/http'
import { rows, sql } from '../../../db/transaction'
import { hasCollection } from '../../../lib/has-collection'
import { publicUrl } from '../../../lib/public-url'
import { type EventDoc } from './events'
import { type IcsEvent, toIcs } from './ics'

export const nearbySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  radiusKm: z.coerce.number().positive().max(500).default(25),
  from: z.coerce.date().optional(),
  category: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

/** Published events within `radiusKm` of a point, upcoming (or from `from`), nearest first. */
export async function nearbyEvents(req: PayloadRequest, q: z.infer<typeof nearbySchema>, now = new Date()) {
  const here = sql`ll_to_earth(${q.lat}, ${q.lng})`
  const category = q.category ? sql`AND e.category_id = ${q.category}` : sql``
  const found = await rows<{ id: number; km: number }>(
    req,
    sql`SELECT e.id, earth_distance(ll_to_earth(e.latitude, e.longitude), ${here}) / 1000 AS km
          FROM events e
         WHERE e.status = 'published' AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
           AND coalesce(e.ends_at, e.starts_at) >= ${(q.from ?? now).toISOString()}
           AND earth_box(${here}, ${q.radiusKm * 1000}) @> ll_to_earth(e.latitude, e.longitude)
           AND earth_distance(ll_to_earth(e.latitude, e.longitude), ${here}) <= ${q.radiusKm * 1000}
           ${category}
         ORDER BY km, e.starts_at, e.id LIMIT ${q.limit}`,
  )
  if (!found.length) return { docs: [] }
  const docs = await req.payload.find({ collection: 'events', where: { id: { in: found.map((f) => f.id) } }, depth: 1, limit: found.length, overrideAccess: false, user: req.user, req })
  const byId = new Map(docs.docs.map((d) => [Number(d.id), d]))
  return { docs: found.flatMap((f) => (byId.has(f.id) ? [{ ...byId.get(f.id), distanceKm: Math.round(Number(f.km) * 100) / 100 }] : [])) }
}

const toIcsEvent = (e: EventDoc & { updatedAt?: string }): IcsEvent => ({
  uid: `event-${e.id}@vibe-platform`,
  title: e.title,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  description: e.shortDescription,
  location: [e.venue, e.address, e.city].filter(Boolean).join(', '),
  latitude: e.latitude,
  longitude: e.longitude,
  url: `${publicUrl()}/events/${e.slug ?? e.id}`,
  status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  updatedAt: e.updatedAt,
})

/** One event as an .ics file, for whoever may read it. */
export async function eventIcs(req: PayloadRequest, id: number) {
  const e = await req.payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
  if (!e) throw notFound('Event not found.')
  return toIcs([toIcsEvent(e as unknown as EventDoc)], (e as { title: string }).title)
}

/** The caller's registered events (pending payment, confirmed, checked in) as one calendar. */
export async function myCalendar(req: PayloadRequest) {
  const user = requireUser(req)
  if (!hasCollection(req.payload, 'booking-registrations')) return toIcs([], 'My events')
  const ids = await rows<{ resource_id: number }>(
    req,
    sql`SELECT DISTINCT resource_id FROM booking_registrations WHERE user_id = ${user.id} AND resource_collection = 'events' AND status IN ('pending_payment', 'confirmed', 'checked_in', 'offered')`,
  )
  if (!ids.length) return toIcs([], 'My events')
  const found = await req.payload.find({ collection: 'events', where: { id: { in: ids.map((r) => r.resource_id) } }, depth: 0, limit: 500, overrideAccess: true, req, sort: 'startsAt' })
  return toIcs((found.docs as unknown as EventDoc[]).map(toIcsEvent), 'My events')
}

/** Follower and following counts of a user's public profile. */
export async function followCounts(req: PayloadRequest, userId: number) {
  const [r] = await rows<{ followers: number; following: number }>(
    req,
    sql`SELECT (SELECT count(*)::int FROM follows WHERE organizer_id = ${userId}) AS followers, (SELECT count(*)::int FROM follows WHERE follower_id = ${userId}) AS following`,
  )
  return { userId, followers: r?.followers ?? 0, following: r?.following ?? 0 }
}
