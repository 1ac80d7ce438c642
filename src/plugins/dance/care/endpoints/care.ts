/** Thin endpoints of care: slots and booking under /api/care-services, moves under /api/care-bookings. */
import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { json } from '../../../../endpoints/http'
import { paymentChoice } from '../../../bookings'
import { idParam } from '../../classes/endpoints/classes'
import { isIsoDate } from '../../classes/services/time'
import { availableSlots, bookService, transitionBooking } from '../services/care'
import { type CareStatus } from '../services/transitions'

const params = z.object({ id: z.string() })

export const careServiceEndpoints = [
  defineEndpoint({
    path: '/:id/slots',
    method: 'get',
    auth: 'public',
    summary: 'Free slots of a care service on a date (Africa/Porto-Novo time), taken ones excluded',
    params,
    query: z.object({ date: z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD') }),
    handler: async (req, { query }) => json(await availableSlots(req, idParam(req), query.date)),
  }),
  defineEndpoint({
    path: '/:id/book',
    method: 'post',
    auth: 'user',
    summary: 'Book a slot of a care service (paid services answer with the payment to make); 409 when taken or outside availability',
    params,
    body: z.object({ startsAt: z.string().datetime({ offset: true }), notes: z.string().trim().max(1000).optional(), ...paymentChoice }).strict(),
    status: 201,
    handler: async (req, { body }) => json(await bookService(req, idParam(req), body), 201),
  }),
]

const move = (path: string, to: CareStatus, summary: string) =>
  defineEndpoint({
    path: `/:id/${path}`,
    method: 'post',
    auth: 'user',
    summary,
    params,
    body: z.object({ reason: z.string().trim().max(500).optional() }).strict(),
    handler: async (req, { body }) => json({ doc: await transitionBooking(req, idParam(req), to, body.reason) }),
  })

export const careBookingEndpoints = [
  move('confirm', 'confirmed', 'The practitioner confirms an appointment'),
  move('complete', 'completed', 'The practitioner marks an appointment done (once started)'),
  move('cancel', 'cancelled', 'Cancel an appointment (client before the start; practitioner any time) — refunded when paid'),
]
