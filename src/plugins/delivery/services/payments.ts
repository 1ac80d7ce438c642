/**
 * Card and mobile-money orders through the payments plugin: the order waits (paymentStatus
 * `pending`, not confirmable by the restaurant) until the payment's `paid` event; a failed or
 * expired payment cancels it. Cancelling a paid order refunds it (services/refunds.ts).
 */
import type { PayloadRequest } from 'payload'

import { conflict, HttpError } from '../../../endpoints/http'
import { type ProviderName, enabledProviders, registerPaymentPurpose, requestPayment } from '../../payments'
import { markOrderPaid, markOrderPaymentFailed, markOrderRefunded } from './orders'
import { ORDER_PURPOSE } from './refunds'
import { hasCollection } from '../../../lib/has-collection'

export { markOrderPaid, markOrderPaymentFailed, ORDER_PURPOSE }

registerPaymentPurpose(ORDER_PURPOSE, {
  onPaid: async (req, payment) => {
    await markOrderPaid(req, payment.resourceId)
  },
  onFailed: async (req, payment) => {
    await markOrderPaymentFailed(req, payment.resourceId)
  },
  // a refund made from the payments side (admin refund, operator confirming later) shows on the order
  onRefunded: async (req, payment) => {
    if (payment.status === 'refunded') await markOrderRefunded(req, payment.resourceId, payment.refundedAmount ?? payment.amount)
  },
})

const PROVIDERS_FOR: Record<'card' | 'mobile_money', ProviderName[]> = {
  card: ['stripe', 'sandbox'],
  mobile_money: ['orange-money', 'mtn-momo', 'moov-money', 'sandbox'],
}

type Order = { id: number | string; orderNumber?: string; total: number; currency?: string; paymentMethod: string }

/** Opens the payment of a card or mobile-money order; a refused payment cancels the order. */
export async function payForOrder(req: PayloadRequest, order: Order, choice: { provider?: ProviderName; phone?: string }) {
  const method = order.paymentMethod as 'card' | 'mobile_money'
  const allowed = PROVIDERS_FOR[method].filter((p) => enabledProviders().includes(p))
  const provider = choice.provider ?? allowed[0]
  if (!hasCollection(req.payload, 'payments') || !provider || !allowed.includes(provider)) {
    await markOrderPaymentFailed(req, order.id)
    const message = `No ${method.replace('_', ' ')} payment provider "${choice.provider ?? ''}" is available (available: ${allowed.join(', ') || 'none'}); the order was cancelled.`
    throw allowed.length ? conflict(message) : new HttpError(503, message)
  }
  try {
    return await requestPayment(req, {
      purpose: ORDER_PURPOSE,
      resource: { collection: 'orders', id: order.id },
      payer: req.user!.id,
      amount: order.total,
      currency: order.currency ?? 'EUR',
      provider,
      idempotencyKey: `${ORDER_PURPOSE}:${order.id}`,
      description: `Order ${order.orderNumber ?? order.id}`,
      phone: choice.phone,
    })
  } catch (err) {
    await markOrderPaymentFailed(req, order.id)
    throw err
  }
}
