/** POST /api/payments/:id/refund — admins only; `{ amount?, reason? }` (amount in minor units; default: all that is left). */
import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { forbidden, json, requireUser, routeParam } from '../../../endpoints/http'
import { refundPayment } from '../services/refund'

const body = z.object({
  amount: z.number().int('amount must be an integer in minor units').positive().optional(),
  reason: z.string().max(500).optional(),
})

const answer = z.object({
  id: z.number().int(),
  status: z.string(),
  amount: z.number().int().describe('minor units'),
  refundedAmount: z.number().int().nullish().describe('minor units, all refunds so far'),
  currency: z.string().length(3),
  refunds: z.array(z.record(z.string(), z.unknown())).nullish(),
})

export const refundEndpoint = defineEndpoint({
  path: '/:id/refund',
  method: 'post',
  auth: 'user',
  summary: 'Refund a payment, in full or in part (administrators)',
  body,
  response: answer,
  handler: async (req, { body: input }) => {
    if (!userIsAdmin(requireUser(req))) throw forbidden('Only admins can refund payments.')
    const payment = await refundPayment(req, routeParam(req, 'id'), input)
    return json({
      id: payment.id,
      status: payment.status,
      amount: payment.amount,
      refundedAmount: payment.refundedAmount,
      currency: payment.currency,
      refunds: payment.refunds,
    } satisfies z.input<typeof answer>)
  },
})
