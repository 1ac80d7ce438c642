/**
 * Refunds of cancelled orders through the payments plugin: every payment of the order that still
 * holds money is refunded in full, in the cancelling transaction. Idempotent: a payment with
 * nothing left to refund is skipped. A refund the provider refuses (or a provider without a
 * refund API) does not block the cancellation: the order records `refund.status = failed` with
 * the provider's message, for an admin to refund by hand.
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { PaymentDoc } from '../../payments'

import { logger } from '../../../lib/logger'
import { hasCollection } from '../../../lib/has-collection'
import { refundPayment } from '../../payments'

export const ORDER_PURPOSE = 'delivery.order'

export type OrderRefund = {
  status: 'failed' | 'pending' | 'refunded'
  amount: number
  paymentId: null | number
  at: string
  message: null | string
}

type Order = { id: number | string; orderNumber?: string }

const left = (p: PaymentDoc) => p.amount - (p.refundedAmount ?? 0) - (p.refunds ?? []).filter((r) => r.status === 'pending').reduce((s, r) => s + r.amount, 0)

export async function refundOrderPayments(req: PayloadRequest, order: Order, reason: string, now = new Date()): Promise<OrderRefund> {
  const at = now.toISOString()
  if (!hasCollection(req.payload, 'payments')) return { status: 'failed', amount: 0, paymentId: null, at, message: 'The payments plugin is disabled: refund this order by hand.' }
  const found = await req.payload.find({
    collection: 'payments' as never,
    where: { and: [{ purpose: { equals: ORDER_PURPOSE } }, { resourceCollection: { equals: 'orders' } }, { resourceId: { equals: String(order.id) } }, { status: { in: ['paid', 'partially_refunded', 'refunded'] } }] },
    depth: 0,
    limit: 10,
    req,
    overrideAccess: true, // the server refunds on the order's behalf; the cancelling actor was authorised by the workflow
  })
  const payments = found.docs as unknown as PaymentDoc[]
  if (!payments.length) return { status: 'failed', amount: 0, paymentId: null, at, message: 'No paid payment was found for this order: check the payments ledger.' }
  let amount = 0
  let pending = false
  let paymentId: null | number = null
  for (const p of payments) {
    paymentId = p.id
    if (left(p) <= 0) {
      // already refunded (or being refunded): nothing is sent twice
      amount += p.refundedAmount ?? 0
      if ((p.refundedAmount ?? 0) < p.amount) pending = true
      continue
    }
    try {
      const after = await refundPayment(req, p.id, { reason })
      amount += after.refundedAmount ?? 0
      if ((after.refundedAmount ?? 0) < p.amount) pending = true // the operator answers later (MTN): onRefunded says when
    } catch (err) {
      if (!(err instanceof APIError)) throw err
      logger.warn({ err, orderId: order.id, paymentId: p.id }, 'delivery: the refund of a cancelled order failed')
      return { status: 'failed', amount, paymentId, at, message: err.message }
    }
  }
  return { status: pending ? 'pending' : 'refunded', amount, paymentId, at, message: null }
}
