/** POST /api/dance-classes/:id/book — a place in a class through the bookings engine. */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../../endpoints/http'
import { register, registerFields } from '../../../bookings'

export const idParam = (req: PayloadRequest) => {
  const n = Number(routeParam(req, 'id'))
  if (!Number.isSafeInteger(n) || n <= 0) throw badRequest('id: must be a positive integer')
  return n
}

export const danceClassEndpoints = [
  defineEndpoint({
    path: '/:id/book',
    method: 'post',
    auth: 'user',
    summary: 'Book a place in a published dance class (paid classes answer with the payment to make)',
    params: z.object({ id: z.string() }),
    body: z.object(registerFields).strict(),
    status: 201,
    handler: async (req, { body }) => json(await register(req, { ...body, collection: 'dance-classes', id: idParam(req) }), 201),
  }),
]
