/** Thin endpoints of the engine: parse with zod → service → JSON. Mounted at /api/bookings/…. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { badRequest, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
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

export const bookingsEndpoints: Endpoint[] = [
  {
    path: '/bookings/register',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, registerSchema)
      const result = await register(req, body)
      return json(result, 201)
    },
  },
  {
    path: '/bookings/registrations/:id/cancel',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, z.object({ reason: z.string().trim().max(500).optional() }).strict())
      return json(await cancelRegistration(req, idParam(req), body.reason))
    },
  },
  {
    path: '/bookings/registrations/:id/accept',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, z.object(paymentChoice).strict())
      return json(await acceptOffer(req, idParam(req), body))
    },
  },
  {
    path: '/bookings/registrations/:id/ticket',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return json(await ticketOf(req, idParam(req)), 200, { 'cache-control': 'no-store' })
    },
  },
  {
    path: '/bookings/registrations/:id/ticket.png',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const ticket = await ticketOf(req, idParam(req))
      return new Response(new Uint8Array(await ticketPng(ticket.code)), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } })
    },
  },
  {
    path: '/bookings/me/tickets',
    method: 'get',
    handler: async (req) => json({ docs: await myTickets(req) }, 200, { 'cache-control': 'no-store' }),
  },
  {
    path: '/bookings/check-in',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, z.object({ code: z.string().trim().min(8).max(64) }).strict())
      return json(await checkIn(req, body.code))
    },
  },
  {
    path: '/bookings/attendees',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const q = z.object({ collection: z.string().min(1).max(100), id, format: z.enum(['json', 'csv']).optional() }).safeParse(req.query ?? {})
      if (!q.success) throw badRequest(q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
      return attendeesAnswer(req, q.data.collection, q.data.id, q.data.format)
    },
  },
]
