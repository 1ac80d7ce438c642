/**
 * Reconciliation: operators do not retry callbacks, and a process can die between storing an
 * event and applying it. This pass (a scheduled job) applies every stored-but-unprocessed event,
 * polls every open payment at a polled provider until it is final, expires what is overdue, and
 * asks the operators about refunds they have not answered yet.
 */
import type { PayloadRequest } from 'payload'

import type { PaymentDoc } from './ledger'

import { logger } from '../../../lib/logger'
import { getProvider } from '../providers'
import { applyEvent, storeEvent } from './inbox'
import { applyOutcome, toProviderPayment } from './ledger'
import { inTransaction } from '../../../db/transaction'
import { type SettleReport, settlePendingRefunds } from './refund'

export type ReconcileReport = { eventsApplied: number; polled: number; changed: number; expired: number; errors: number; refunds?: SettleReport }

export async function reconcilePayments(req: PayloadRequest, { limit = 100 } = {}): Promise<ReconcileReport> {
  const report: ReconcileReport = { eventsApplied: 0, polled: 0, changed: 0, expired: 0, errors: 0 }

  const stranded = await req.payload.find({
    collection: 'payment-events' as never,
    where: { processedAt: { exists: false } },
    sort: 'receivedAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  for (const ev of stranded.docs as unknown as { id: number }[]) {
    try {
      await applyEvent(req, ev.id)
      report.eventsApplied++
    } catch {
      report.errors++
    }
  }

  const open = await req.payload.find({
    collection: 'payments' as never,
    where: { status: { in: ['pending', 'processing'] }, provider: { in: ['orange-money', 'mtn-momo', 'moov-money', 'sandbox'] } },
    sort: 'updatedAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  const now = Date.now()
  for (const p of open.docs as unknown as PaymentDoc[]) {
    try {
      const provider = getProvider(p.provider)
      let status = p.status
      if (provider?.polled && p.providerReference) {
        report.polled++
        const outcome = await provider.fetchStatus(toProviderPayment(p))
        if (outcome.status !== 'pending' && outcome.status !== p.status) {
          const stored = await storeEvent(
            req,
            p.provider,
            { eventId: `reconcile:${p.provider}:${p.id}:${outcome.status}`, type: `poll.${outcome.status}`, payload: outcome, lookup: {}, outcome },
            p,
          )
          const r = await applyEvent(req, stored.id)
          if (r.result === 'applied') {
            report.changed++
            status = outcome.status as PaymentDoc['status']
          }
        }
      }
      if (['pending', 'processing'].includes(status) && p.expiresAt && new Date(p.expiresAt).getTime() < now) {
        const r = await inTransaction(req, () =>
          applyOutcome(req, p.id, { status: 'expired', reason: 'No confirmation before the payment expired.' }, { actor: 'system' }),
        )
        if (r.result === 'applied') report.expired++
      }
    } catch (err) {
      report.errors++
      logger.warn({ err, paymentId: p.id }, 'payments: reconciliation could not read the payment status')
    }
  }
  report.refunds = await settlePendingRefunds(req, { limit })
  return report
}
