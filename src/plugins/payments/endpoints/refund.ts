/** POST /api/payments/:id/refund — admins only; `{ amount?, reason? }` (amount in minor units; default: all that is left). */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { forbidden, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { refundPayment } from '../services/refund'

const body = z.object({
  amount: z.number().int('amount must be an integer in minor units').positive().optional(),
  reason: z.string().max(500).optional(),
})

export const refundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    if (!userIsAdmin(user)) throw forbidden('Only admins can refund payments.')
    const input = await parseBody(req, body)
    const payment = await refundPayment(req, routeParam(req, 'id'), input)
    return json({
      id: payment.id,
      status: payment.status,
      amount: payment.amount,
      refundedAmount: payment.refundedAmount,
      currency: payment.currency,
      refunds: payment.refunds,
    })
  },
}
