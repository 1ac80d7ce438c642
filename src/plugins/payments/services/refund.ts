/**
 * Admin refunds, full or partial: checked against the transition table and the amount left,
 * sent to the provider while the payment row is locked (two concurrent refunds cannot exceed
 * the amount paid), recorded with the provider's answer.
 *
 * Some operators answer a refund later (MTN MoMo: 202, then GET the refund's status). Such a
 * refund is kept as `pending` in `refunds` and counts against what is left to refund, but the
 * payment only becomes (partially) refunded once the operator confirms it (`settlePendingRefunds`,
 * run by the reconciliation job): `refunded` always means the money went back. A refund the
 * operator reports failed is marked `failed` and frees its amount again. (A Stripe refund answered
 * `pending` counts at once: Stripe reports its outcome through `charge.refunded` webhooks.)
 */
import type { PayloadRequest } from 'payload'

import type { PaymentDoc } from './ledger'

import { conflict, notFound, unprocessable } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { isSerialId } from '../../../lib/serial-id'
import { getProvider } from '../providers'
import { PROVIDER_NAMES } from '../providers/types'
import { loadPayment, moveStatus, refundEntries, toProviderPayment } from './ledger'
import { checkTransition } from './state-machine'
import { inTransaction } from '../../../db/transaction'
import { lockRow } from './transactions'

export type RefundInput = { amount?: number; reason?: string }

/** Set PAYMENTS_REFUND_LOCK=off (never in production) to see the race the row lock prevents. */
const lockOff = () => !env.isProduction && process.env.PAYMENTS_REFUND_LOCK === 'off'

/** Amount of refunds sent and not yet answered by the operator. */
export const pendingRefundAmount = (p: PaymentDoc): number => (p.refunds ?? []).filter((r) => r.status === 'pending').reduce((sum, r) => sum + r.amount, 0)

export async function refundPayment(req: PayloadRequest, paymentId: number | string, input: RefundInput): Promise<PaymentDoc> {
  return inTransaction(req, async () => {
    if (!isSerialId(paymentId)) throw notFound('Payment not found.')
    if (!lockOff() && !(await lockRow(req, 'payments', paymentId))) throw notFound('Payment not found.')
    const p = await loadPayment(req, paymentId)
    if (!p) throw notFound('Payment not found.')
    const already = p.refundedAmount ?? 0
    const pending = pendingRefundAmount(p)
    const left = p.amount - already - pending
    const amount = input.amount ?? left
    if (left <= 0 || !['paid', 'partially_refunded'].includes(p.status)) {
      const target = checkTransition(p.status, 'refunded', 'admin')
      if (!target.ok) throw conflict(`Cannot refund: ${target.reason}`)
      throw conflict(pending > 0 ? `Nothing is left to refund: ${pending} ${p.currency} is being refunded by the operator.` : 'Nothing is left to refund on this payment.')
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
      refund = await provider.refund(toProviderPayment(p), amount, `vibe-refund-${p.id}-${already}-${pending}-${amount}`)
    } catch (err) {
      logger.error({ err, paymentId: p.id }, 'payments: provider refused the refund')
      throw unprocessable(`The provider refused the refund: ${(err as Error).message}`)
    }
    if (refund.status === 'failed') throw unprocessable(`The provider refused the refund (${refund.refundId}).`)
    const refunds = [
      ...refundEntries(p),
      { amount, status: refund.status, providerRefundId: refund.refundId, at: new Date().toISOString(), reason: input.reason ?? null, by: req.user?.id ?? null },
    ]
    if (refund.status === 'pending' && provider.fetchRefund) {
      // the operator answers later: the payment stays as it is until it does
      return (await req.payload.update({ collection: 'payments' as never, id: p.id, data: { refunds } as never, depth: 0, overrideAccess: true, req })) as unknown as PaymentDoc
    }
    return moveStatus(req, p, to, 'admin', {
      reason: input.reason ?? `refund of ${amount}`,
      refundAmount: amount,
      extra: { refundedAmount: already + amount, refunds },
    })
  })
}

export type SettleReport = { checked: number; succeeded: number; failed: number }

/**
 * Asks the operator about every pending refund (providers with `fetchRefund`): a confirmed one
 * makes the payment (partially) refunded and fires the purpose's `onRefunded`; a failed one is
 * marked failed, and its amount may be refunded again.
 */
export async function settlePendingRefunds(req: PayloadRequest, { limit = 100 } = {}): Promise<SettleReport> {
  const report: SettleReport = { checked: 0, succeeded: 0, failed: 0 }
  const providers = PROVIDER_NAMES.filter((name) => getProvider(name)?.fetchRefund)
  if (!providers.length) return report
  const waiting = await req.payload.find({
    collection: 'payments' as never,
    where: { and: [{ provider: { in: providers } }, { 'refunds.status': { equals: 'pending' } }] },
    sort: 'updatedAt',
    limit,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const { id } of waiting.docs as unknown as PaymentDoc[]) {
    try {
      await inTransaction(req, async () => {
        await lockRow(req, 'payments', id)
        const p = await loadPayment(req, id)
        const provider = p && getProvider(p.provider)
        if (!p || !provider?.fetchRefund) return
        const refunds = refundEntries(p)
        let settled = 0
        for (const entry of refunds) {
          if (entry.status !== 'pending' || !entry.providerRefundId) continue
          report.checked++
          const status = await provider.fetchRefund(entry.providerRefundId, toProviderPayment(p))
          if (status === 'pending') continue
          entry.status = status
          if (status === 'succeeded') {
            settled += entry.amount
            report.succeeded++
          } else {
            report.failed++
            logger.error({ paymentId: p.id, refundId: entry.providerRefundId, amount: entry.amount }, 'payments: the operator reports the refund failed')
          }
        }
        const already = p.refundedAmount ?? 0
        if (settled === 0) {
          await req.payload.update({ collection: 'payments' as never, id: p.id, data: { refunds } as never, depth: 0, overrideAccess: true, req })
          return
        }
        const to = already + settled >= p.amount ? 'refunded' : 'partially_refunded'
        const check = checkTransition(p.status, to, 'provider')
        if (!check.ok) throw new Error(check.reason)
        await moveStatus(req, p, to, 'provider', { reason: 'refund confirmed by the operator', refundAmount: settled, extra: { refundedAmount: already + settled, refunds } })
      })
    } catch (err) {
      logger.warn({ err, paymentId: id }, 'payments: could not read a pending refund')
    }
  }
  return report
}
