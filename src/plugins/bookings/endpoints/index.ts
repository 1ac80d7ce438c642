/** Thin endpoints of the engine: parse with zod → service → JSON. Mounted at /api/bookings/…. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../endpoints/http'
import { PROVIDER_NAMES } from '../../payments'
import { acceptOffer, cancelRegistration, register } from '../services/registrations'
import { checkIn, listAttendees, myTickets, ticketOf, ticketPng, toCsv } from '../services/tickets'

const id = z.coerce.number().int().positive()
export const paymentChoice = {
  provider: z.enum(PROVIDER_NAMES).optional(),
  phone: z.string().trim().min(6).max(30).optional(),
  returnUrl: z.string().url().max(500).optional(),
}
/** What a registration request may say besides which resource it is for. */
export const registerFields = { tier: z.enum(['early_bird', 'regular']).optional(), promoCode: z.string().trim().min(1).max(50).optional(), waitlist: z.boolean().optional(), ...paymentChoice }
export const registerSchema = z.object({ collection: z.string().min(1).max(100), id, ...registerFields }).strict()

const idParam = (req: PayloadRequest) => {
  const parsed = id.safeParse(routeParam(req, 'id'))
  if (!parsed.success) throw badRequest('id: must be a positive integer')
  return parsed.data
}

/** Answers an attendee list as JSON or CSV (`format=csv`); the events plugin reuses it. */
export async function attendeesAnswer(req: PayloadRequest, collection: string, resourceId: number, format: unknown) {
  const list = await listAttendees(req, collection, resourceId)
  if (format !== 'csv') return json(list)
  return new Response(toCsv(list.attendees), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="attendees-${collection}-${resourceId}.csv"`, 'cache-control': 'no-store' },
  })
}

const IdParams = z.object({ id: id.describe('The registration id.') })
const CancelBody = z.object({ reason: z.string().trim().max(500).optional() }).strict()
const CheckInBody = z.object({ code: z.string().trim().min(8).max(64) }).strict()
const AttendeesQuery = z.object({ collection: z.string().min(1).max(100), id, format: z.enum(['json', 'csv']).optional() })

export const bookingsEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/bookings/register',
    method: 'post',
    auth: 'user',
    status: 201,
    summary: 'Register for a bookable resource (event, class …), paying or joining the waitlist when needed',
    body: registerSchema,
    handler: async (req, { body }) => json(await register(req, body), 201),
  }),
  defineEndpoint({
    path: '/bookings/registrations/:id/cancel',
    method: 'post',
    auth: 'user',
    summary: 'Cancel a registration',
    params: IdParams,
    body: CancelBody,
    handler: async (req, { body }) => json(await cancelRegistration(req, idParam(req), body.reason)),
  }),
  defineEndpoint({
    path: '/bookings/registrations/:id/accept',
    method: 'post',
    auth: 'user',
    summary: 'Accept a place offered from the waitlist',
    params: IdParams,
    body: z.object(paymentChoice).strict(),
    handler: async (req, { body }) => json(await acceptOffer(req, idParam(req), body)),
  }),
  defineEndpoint({
    path: '/bookings/registrations/:id/ticket',
    method: 'get',
    auth: 'user',
    summary: 'The ticket of a registration',
    params: IdParams,
    handler: async (req) => json(await ticketOf(req, idParam(req)), 200, { 'cache-control': 'no-store' }),
  }),
  defineEndpoint({
    path: '/bookings/registrations/:id/ticket.png',
    method: 'get',
    auth: 'user',
    summary: 'The QR code of a registration’s ticket (PNG)',
    params: IdParams,
    produces: 'image/png',
    handler: async (req) => {
      const ticket = await ticketOf(req, idParam(req))
      return new Response(new Uint8Array(await ticketPng(ticket.code)), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } })
    },
  }),
  defineEndpoint({
    path: '/bookings/me/tickets',
    method: 'get',
    auth: 'user',
    summary: 'My tickets (confirmed and checked-in registrations)',
    handler: async (req) => json({ docs: await myTickets(req) }, 200, { 'cache-control': 'no-store' }),
  }),
  defineEndpoint({
    path: '/bookings/check-in',
    method: 'post',
    auth: 'user',
    summary: 'Check an attendee in with the code of their ticket',
    body: CheckInBody,
    handler: async (req, { body }) => json(await checkIn(req, body.code)),
  }),
  defineEndpoint({
    path: '/bookings/attendees',
    method: 'get',
    auth: 'user',
    summary: 'The attendees of a resource, as JSON or CSV (`format=csv`)',
    description: 'Answers `text/csv` when `format=csv`.',
    query: AttendeesQuery,
    handler: async (req, { query: q }) => attendeesAnswer(req, q.collection, q.id, q.format),
  }),
]
