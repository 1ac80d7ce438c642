/**
 * Moves ledger rows. Every status change goes through `moveStatus`, which checks the transition
 * table, appends the history and fires the purpose handler — under a row lock, inside the caller's
 * transaction, so a handler runs once per payment even with concurrent or duplicate events.
 */
import type { PayloadRequest } from 'payload'

import type { ProviderName, ProviderOutcome, ProviderPayment } from '../providers/types'
import type { PaymentStatus, TransitionActor } from './state-machine'

import { logger } from '../../../lib/logger'
import { getPaymentPurpose } from './purposes'
import { checkTransition } from './state-machine'
import { lockRow } from './transactions'

export type PaymentDoc = {
  id: number
  purpose: string
  resourceCollection: string
  resourceId: string
  payer: number | { id: number }
  amount: number
  currency: string
  refundedAmount?: null | number
  provider: ProviderName
  providerReference?: null | string
  status: PaymentStatus
  idempotencyKey: string
  description?: null | string
  phone?: null | string
  returnUrl?: null | string
  clientAction?: unknown
  callbackToken?: null | string
  providerData?: unknown
  paidAt?: null | string
  expiresAt?: null | string
  failureReason?: null | string
  statusHistory?: { at: string; by: string; eventId?: null | string; from?: null | string; reason?: null | string; to: string }[] | null
  refunds?: { amount: number; at: string; by?: null | number | { id: number }; providerRefundId?: null | string; reason?: null | string; status: string }[] | null
  createdAt: string
  updatedAt: string
}

export const toProviderPayment = (p: PaymentDoc): ProviderPayment => ({
  id: p.id,
  amount: p.amount,
  currency: p.currency,
  description: p.description,
  phone: p.phone,
  providerReference: p.providerReference,
  providerData: (p.providerData as Record<string, unknown>) ?? null,
  purpose: p.purpose,
})

type RefundEntry = NonNullable<PaymentDoc['refunds']>[number]

/** The payment's refunds as Payload takes them back on update (no row ids, `by` as an id). */
export const refundEntries = (p: PaymentDoc): RefundEntry[] =>
  (p.refunds ?? []).map(({ amount, at, by, providerRefundId, reason, status }) => ({ amount, at, by: typeof by === 'object' && by ? by.id : by, providerRefundId, reason, status }))

export async function loadPayment(req: PayloadRequest, id: number | string): Promise<null | PaymentDoc> {
  try {
    return (await req.payload.findByID({ collection: 'payments' as never, id, req, depth: 0, overrideAccess: true })) as unknown as PaymentDoc
  } catch {
    return null
  }
}

export type ApplyResult = { message: string; payment: PaymentDoc; result: 'amount_mismatch' | 'applied' | 'ignored' }

/** Writes a status change (already checked) with its history entry, then fires the purpose handler. */
async function moveStatus(
  req: PayloadRequest,
  p: PaymentDoc,
  to: PaymentStatus,
  actor: TransitionActor,
  { eventId, extra = {}, reason, refundAmount }: { eventId?: string; extra?: Record<string, unknown>; reason?: string; refundAmount?: number },
): Promise<PaymentDoc> {
  const now = new Date().toISOString()
  const history = [...(p.statusHistory ?? []).map(({ at, by, eventId: e, from, reason: r, to: t }) => ({ at, by, eventId: e, from, reason: r, to: t }))]
  history.push({ from: p.status, to, by: actor, at: now, reason: reason ?? null, eventId: eventId ?? null })
  const updated = (await req.payload.update({
    collection: 'payments' as never,
    id: p.id,
    req,
    depth: 0,
    overrideAccess: true,
    data: { status: to, statusHistory: history, ...(to === 'paid' ? { paidAt: now } : {}), ...extra } as never,
  })) as unknown as PaymentDoc

  const handlers = getPaymentPurpose(p.purpose)
  if (!handlers) {
    logger.warn({ paymentId: p.id, purpose: p.purpose, to }, 'payments: no handlers registered for this purpose')
    return updated
  }
  if (to === 'paid' && p.status !== 'paid') await handlers.onPaid(req, updated)
  if (['cancelled', 'expired', 'failed'].includes(to)) await handlers.onFailed?.(req, updated)
  if (refundAmount && refundAmount > 0) await handlers.onRefunded?.(req, updated, refundAmount)
  return updated
}

/**
 * Applies what a provider says about a payment. Must run inside a transaction: it locks the row.
 * Server amounts win: a `paid` outcome whose amount or currency differs from the ledger is refused.
 */
export async function applyOutcome(
  req: PayloadRequest,
  paymentId: number | string,
  outcome: ProviderOutcome,
  { actor, eventId }: { actor: TransitionActor; eventId?: string },
): Promise<ApplyResult> {
  await lockRow(req, 'payments', paymentId)
  const p = await loadPayment(req, paymentId)
  if (!p) throw new Error(`Payment ${paymentId} does not exist.`)

  if (outcome.refundedAmount !== undefined) {
    const already = p.refundedAmount ?? 0
    if (outcome.refundedAmount <= already) return { result: 'ignored', message: 'Refund already recorded.', payment: p }
    if (outcome.refundedAmount > p.amount) {
      return { result: 'amount_mismatch', message: `Refunded ${outcome.refundedAmount} exceeds the payment amount ${p.amount}.`, payment: p }
    }
    const to: PaymentStatus = outcome.refundedAmount >= p.amount ? 'refunded' : 'partially_refunded'
    const check = checkTransition(p.status, to, actor)
    if (!check.ok) return { result: 'ignored', message: check.reason, payment: p }
    const diff = outcome.refundedAmount - already
    const refunds = [
      ...refundEntries(p),
      { amount: diff, status: 'succeeded', at: new Date().toISOString(), reason: 'Refunded at the provider', providerRefundId: eventId ?? null },
    ]
    const updated = await moveStatus(req, p, to, actor, {
      eventId,
      reason: 'refund reported by the provider',
      refundAmount: diff,
      extra: { refundedAmount: outcome.refundedAmount, refunds },
    })
    return { result: 'applied', message: `Refund of ${diff} recorded.`, payment: updated }
  }

  const to = outcome.status
  if (to === p.status) return { result: 'ignored', message: `The payment is already ${p.status}.`, payment: p }

  if (to === 'paid') {
    const currency = (outcome.currency ?? p.currency).toUpperCase()
    if ((outcome.amount !== undefined && outcome.amount !== p.amount) || currency !== p.currency) {
      logger.error(
        { paymentId: p.id, expected: { amount: p.amount, currency: p.currency }, reported: { amount: outcome.amount, currency } },
        'payments: provider reported a paid amount that differs from the ledger; not marking paid',
      )
      return {
        result: 'amount_mismatch',
        message: `Provider reported ${outcome.amount} ${currency}, the ledger expects ${p.amount} ${p.currency}.`,
        payment: p,
      }
    }
  }

  const check = checkTransition(p.status, to, actor)
  if (!check.ok) return { result: 'ignored', message: check.reason, payment: p }
  const updated = await moveStatus(req, p, to, actor, {
    eventId,
    reason: outcome.reason,
    extra: ['cancelled', 'expired', 'failed', 'pending'].includes(to) && outcome.reason ? { failureReason: outcome.reason } : {},
  })
  return { result: 'applied', message: `${p.status} → ${to}`, payment: updated }
}

export { moveStatus }
