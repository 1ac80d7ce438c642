/** Thin endpoints under /api/events: moderation moves, registration, attendees, nearby, calendar. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, notFound, routeParam } from '../../../endpoints/http'
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

const IdParams = z.object({ id: z.coerce.number().int().positive().describe('The event id.') })

const move = (path: string, to: EventStatus, summary: string, reasonRequired = false): Endpoint =>
  defineEndpoint({
    path: `/:id/${path}`,
    method: 'post',
    auth: 'user',
    summary,
    params: IdParams,
    body: z.object({ reason: reasonRequired ? z.string().trim().min(3).max(1000) : z.string().trim().max(1000).optional() }).strict(),
    handler: async (req, { body }) => json({ doc: await transitionEvent(req, idParam(req), to, body.reason) }),
  })

const registerEndpoint = (path: string, summary: string, waitlist?: boolean): Endpoint =>
  defineEndpoint({
    path: `/:id/${path}`,
    method: 'post',
    auth: 'user',
    status: 201,
    summary,
    params: IdParams,
    body: z.object(registerFields).strict(),
    handler: async (req, { body }) => json(await register(req, { ...body, waitlist: waitlist ?? body.waitlist, collection: 'events', id: idParam(req) }), 201),
  })

export const eventEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/nearby',
    method: 'get',
    auth: 'public',
    summary: 'Published events near a point',
    query: nearbySchema,
    handler: async (req, { query }) => json(await nearbyEvents(req, query)),
  }),
  move('submit', 'pending_review', 'Submit an event for review'),
  move('approve', 'published', 'Approve and publish an event (moderators)'),
  move('reject', 'rejected', 'Reject an event with a reason (moderators)', true),
  move('cancel', 'cancelled', 'Cancel an event with a reason', true),
  registerEndpoint('register', 'Register for an event'),
  registerEndpoint('waitlist', 'Join the waitlist of an event', true),
  defineEndpoint({
    path: '/:id/attendees',
    method: 'get',
    auth: 'user',
    summary: 'The attendees of an event, as JSON or CSV (`format=csv`)',
    description: 'Answers `text/csv` when `format=csv`.',
    params: IdParams,
    // any other value answers JSON, as before: not an enum
    query: z.object({ format: z.string().optional().describe('`csv` for a CSV file; JSON otherwise.') }),
    handler: async (req, { query }) => attendeesAnswer(req, 'events', idParam(req), query.format),
  }),
  defineEndpoint({
    path: '/:id/attendees.csv',
    method: 'get',
    auth: 'user',
    summary: 'The attendees of an event as a CSV file',
    params: IdParams,
    produces: 'text/csv',
    handler: async (req) => attendeesAnswer(req, 'events', idParam(req), 'csv'),
  }),
  defineEndpoint({
    // counts one view of a published event (one atomic UPDATE; anonymous allowed)
    path: '/:id/view',
    method: 'post',
    auth: 'public',
    summary: 'Count one view of a published event',
    params: IdParams,
    response: z.object({ viewsCount: z.number() }),
    handler: async (req) => {
      const [row] = await rows<{ views_count: number }>(req, sql`UPDATE events SET views_count = coalesce(views_count, 0) + 1 WHERE id = ${idParam(req)} AND status = 'published' RETURNING views_count`)
      if (!row) throw notFound('Event not found.')
      return json({ viewsCount: Number(row.views_count) })
    },
  }),
  defineEndpoint({
    path: '/:id/ics',
    method: 'get',
    auth: 'public',
    summary: 'An event as an iCalendar file',
    params: IdParams,
    produces: 'text/calendar',
    handler: async (req) =>
      new Response(await eventIcs(req, idParam(req)), { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="event-${idParam(req)}.ics"` } }),
  }),
]
