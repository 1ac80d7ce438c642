/** Thin endpoints under /api/events: moderation moves, registration, attendees, nearby, calendar. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { badRequest, json, notFound, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { rows, sql } from '../../../db/transaction'
import { attendeesAnswer, register, registerFields } from '../../bookings'
import { transitionEvent } from '../services/events'
import { type EventStatus } from '../services/moderation'
import { eventIcs, nearbyEvents, nearbySchema } from '../services/queries'

const idParam = (req: PayloadRequest) => {
  const n = Number(routeParam(req, 'id'))
  if (!Number.isSafeInteger(n) || n <= 0) throw badRequest('id: must be a positive integer')
  return n
}

const move = (path: string, to: EventStatus, reasonRequired = false): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await parseBody(req, z.object({ reason: reasonRequired ? z.string().trim().min(3).max(1000) : z.string().trim().max(1000).optional() }).strict())
    return json({ doc: await transitionEvent(req, idParam(req), to, body.reason) })
  },
})

const registerEndpoint = (path: string, waitlist?: boolean): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await parseBody(req, z.object(registerFields).strict())
    return json(await register(req, { ...body, waitlist: waitlist ?? body.waitlist, collection: 'events', id: idParam(req) }), 201)
  },
})

export const eventEndpoints: Endpoint[] = [
  {
    path: '/nearby',
    method: 'get',
    handler: async (req) => {
      const q = nearbySchema.safeParse(req.query ?? {})
      if (!q.success) throw badRequest(q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
      return json(await nearbyEvents(req, q.data))
    },
  },
  move('submit', 'pending_review'),
  move('approve', 'published'),
  move('reject', 'rejected', true),
  move('cancel', 'cancelled', true),
  registerEndpoint('register'),
  registerEndpoint('waitlist', true),
  {
    path: '/:id/attendees',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return attendeesAnswer(req, 'events', idParam(req), (req.query as { format?: string })?.format)
    },
  },
  {
    path: '/:id/attendees.csv',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return attendeesAnswer(req, 'events', idParam(req), 'csv')
    },
  },
  {
    // POST /api/events/:id/view — counts one view of a published event (one atomic UPDATE; anonymous allowed)
    path: '/:id/view',
    method: 'post',
    handler: async (req) => {
      const [row] = await rows<{ views_count: number }>(req, sql`UPDATE events SET views_count = coalesce(views_count, 0) + 1 WHERE id = ${idParam(req)} AND status = 'published' RETURNING views_count`)
      if (!row) throw notFound('Event not found.')
      return json({ viewsCount: Number(row.views_count) })
    },
  },
  {
    path: '/:id/ics',
    method: 'get',
    handler: async (req) =>
      new Response(await eventIcs(req, idParam(req)), { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="event-${idParam(req)}.ics"` } }),
  },
]
