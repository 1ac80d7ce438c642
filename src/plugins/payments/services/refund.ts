/**
 * Admin refunds, full or partial: checked against the transition table and the amount left,
 * sent to the provider while the payment row is locked (two concurrent refunds cannot exceed
 * the amount paid), recorded with the provider's answer.
 */
import type { PayloadRequest } from 'payload'

import type { PaymentDoc } from './ledger'

import { conflict, notFound, unprocessable } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { getProvider } from '../providers'
import { loadPayment, moveStatus, toProviderPayment } from './ledger'
import { checkTransition } from './state-machine'
import { inTransaction } from '../../../db/transaction'
import { lockRow } from './transactions'

export type RefundInput = { amount?: number; reason?: string }

/** Set PAYMENTS_REFUND_LOCK=off (never in production) to see the race the row lock prevents. */
const lockOff = () => !env.isProduction && process.env.PAYMENTS_REFUND_LOCK === 'off'

export async function refundPayment(req: PayloadRequest, paymentId: number | string, input: RefundInput): Promise<PaymentDoc> {
  return inTransaction(req, async () => {
    if (!/^\d+$/.test(String(paymentId))) throw notFound('Payment not found.')
    if (!lockOff() && !(await lockRow(req, 'payments', paymentId))) throw notFound('Payment not found.')
    const p = await loadPayment(req, paymentId)
    if (!p) throw notFound('Payment not found.')
    const already = p.refundedAmount ?? 0
    const left = p.amount - already
    const amount = input.amount ?? left
    if (left <= 0 || !['paid', 'partially_refunded'].includes(p.status)) {
      const target = checkTransition(p.status, 'refunded', 'admin')
      throw conflict(target.ok ? 'Nothing is left to refund on this payment.' : `Cannot refund: ${target.reason}`)
    }
    if (amount > left) throw unprocessable(`amount: at most ${left} ${p.currency} is left to refund.`)
    const to = already + amount >= p.amount ? 'refunded' : 'partially_refunded'
    const check = checkTransition(p.status, to, 'admin')
    if (!check.ok) throw conflict(check.reason)

    const provider = getProvider(p.provider)
    if (!provider) throw conflict(`The provider ${p.provider} is not enabled on this server; refund it from the provider's dashboard.`)
    if (!provider.refund) {
      throw unprocessable(`${p.provider} offers no refund API: refund the payer from the operator's merchant portal.`)
    }
    let refund
    try {
      refund = await provider.refund(toProviderPayment(p), amount, `vibe-refund-${p.id}-${already}-${amount}`)
    } catch (err) {
      logger.error({ err, paymentId: p.id }, 'payments: provider refused the refund')
      throw unprocessable(`The provider refused the refund: ${(err as Error).message}`)
    }
    if (refund.status === 'failed') throw unprocessable(`The provider refused the refund (${refund.refundId}).`)
    const refunds = [
      ...(p.refunds ?? []).map(({ amount: a, at, by, providerRefundId, reason, status }) => ({ amount: a, at, by, providerRefundId, reason, status })),
      {
        amount,
        status: refund.status,
        providerRefundId: refund.refundId,
        at: new Date().toISOString(),
        reason: input.reason ?? null,
        by: req.user?.id ?? null,
      },
    ]
    return moveStatus(req, p, to, 'admin', {
      reason: input.reason ?? `refund of ${amount}`,
      refundAmount: amount,
      extra: { refundedAmount: already + amount, refunds },
    })
  })
}
