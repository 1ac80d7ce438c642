import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../endpoints/http'
import { acceptOrder, createOrder, createOrderSchema, proposeDriver, transitionOrder, writeOrderNote } from '../services/orders'
import { payForOrder } from '../services/payments'
import { liveFeed } from '../services/tracking'
import { ORDER_STATUSES } from '../services/transitions'

/** POST /api/orders — the only way to create an order: validated and priced by the server. */
export const createOrderEndpoint = defineEndpoint({
  path: '/',
  method: 'post',
  auth: 'user',
  status: 201,
  summary: 'Place an order (validated and priced by the server)',
  description: 'A cash order goes to the restaurant at once; any other payment method answers with the payment to complete.',
  body: createOrderSchema,
  handler: async (req, { body: input }) => {
    const order = await createOrder(req, input)
    if (input.paymentMethod === 'cash') return json({ doc: order, message: 'Order placed.' }, 201)
    const payment = await payForOrder(req, order as never, { provider: input.paymentProvider, phone: input.paymentPhone })
    return json({ doc: order, payment, message: 'Order placed: it goes to the restaurant once paid.' }, 201)
  },
})

const TransitionBody = z.object({ to: z.enum(ORDER_STATUSES), note: z.string().max(500).optional(), reason: z.string().max(500).optional() })

/** POST /api/orders/:id/transition { to, note? } (`reason` is accepted for `note`; picked_up → cancelled requires one) */
export const transitionEndpoint = defineEndpoint({
  path: '/:id/transition',
  method: 'post',
  auth: 'user',
  summary: "Move an order to its next status (the order's transition table decides who may)",
  body: TransitionBody,
  handler: async (req, { body }) => json({ doc: await transitionOrder(req, routeParam(req, 'id'), body.to, { note: body.note ?? body.reason }) }),
})

const NoteBody = z.object({ note: z.string().max(1000) }).strict()

/** POST /api/orders/:id/notes { note } — the restaurant writes restaurantNotes, the driver driverNotes. */
export const notesEndpoint = defineEndpoint({
  path: '/:id/notes',
  method: 'post',
  auth: 'user',
  summary: 'Write the restaurant’s or the driver’s note on an order',
  body: NoteBody,
  handler: async (req, { body }) => {
    const { field, doc } = await writeOrderNote(req, routeParam(req, 'id'), body.note)
    return json({ field, doc })
  },
})

/** POST /api/orders/:id/accept — an available driver takes a ready order; exactly one wins. */
export const acceptEndpoint = defineEndpoint({
  path: '/:id/accept',
  method: 'post',
  auth: 'user',
  summary: 'An available driver takes a ready order (exactly one wins)',
  handler: async (req) => json(await acceptOrder(req, routeParam(req, 'id'))),
})

/** GET /api/orders/:id/nearest-driver — the nearest available driver for the restaurant. */
export const nearestDriverEndpoint = defineEndpoint({
  path: '/:id/nearest-driver',
  method: 'get',
  auth: 'user',
  summary: 'The nearest available driver for the order’s restaurant',
  handler: async (req) => json({ driver: await proposeDriver(req, routeParam(req, 'id')) }),
})

/** GET /api/orders/:id/live — server-sent events with status and position changes. */
export const liveEndpoint = defineEndpoint({
  path: '/:id/live',
  method: 'get',
  auth: 'user',
  summary: 'Live order status and driver position (server-sent events)',
  produces: 'text/event-stream',
  handler: async (req) => liveFeed(req, routeParam(req, 'id')),
})
