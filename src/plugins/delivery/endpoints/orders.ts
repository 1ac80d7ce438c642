import type { Endpoint } from 'payload'

import { z } from 'zod'

import { json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { acceptOrder, createOrder, createOrderSchema, proposeDriver, transitionOrder, writeOrderNote } from '../services/orders'
import { payForOrder } from '../services/payments'
import { liveFeed } from '../services/tracking'
import { ORDER_STATUSES } from '../services/transitions'

/** POST /api/orders — the only way to create an order: validated and priced by the server. */
export const createOrderEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const input = await parseBody(req, createOrderSchema)
    const order = await createOrder(req, input)
    if (input.paymentMethod === 'cash') return json({ doc: order, message: 'Order placed.' }, 201)
    const payment = await payForOrder(req, order as never, { provider: input.paymentProvider, phone: input.paymentPhone })
    return json({ doc: order, payment, message: 'Order placed: it goes to the restaurant once paid.' }, 201)
  },
}

/** POST /api/orders/:id/transition { to, note? } (`reason` is accepted for `note`; picked_up → cancelled requires one) */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await parseBody(req, z.object({ to: z.enum(ORDER_STATUSES), note: z.string().max(500).optional(), reason: z.string().max(500).optional() }))
    return json({ doc: await transitionOrder(req, routeParam(req, 'id'), body.to, { note: body.note ?? body.reason }) })
  },
}

/** POST /api/orders/:id/notes { note } — the restaurant writes restaurantNotes, the driver driverNotes. */
export const notesEndpoint: Endpoint = {
  path: '/:id/notes',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await parseBody(req, z.object({ note: z.string().max(1000) }).strict())
    const { field, doc } = await writeOrderNote(req, routeParam(req, 'id'), body.note)
    return json({ field, doc })
  },
}

/** POST /api/orders/:id/accept — an available driver takes a ready order; exactly one wins. */
export const acceptEndpoint: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    return json(await acceptOrder(req, routeParam(req, 'id')))
  },
}

/** GET /api/orders/:id/nearest-driver — the nearest available driver for the restaurant. */
export const nearestDriverEndpoint: Endpoint = {
  path: '/:id/nearest-driver',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return json({ driver: await proposeDriver(req, routeParam(req, 'id')) })
  },
}

/** GET /api/orders/:id/live — server-sent events with status and position changes. */
export const liveEndpoint: Endpoint = {
  path: '/:id/live',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return liveFeed(req, routeParam(req, 'id'))
  },
}
