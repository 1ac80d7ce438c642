/**
 * The provider-event inbox: store durably (deduped on the provider event id), then apply in a job.
 * Applying locks the event row, so a duplicate job, the reconciliation job and a retry never apply
 * one event twice; a crash before commit leaves the event unprocessed for the next run.
 */
import type { PayloadRequest } from 'payload'

import type { PaymentLookup, ProviderName, ProviderOutcome, VerifiedEvent } from '../providers/types'
import type { ApplyResult, PaymentDoc } from './ledger'

import { logger } from '../../../lib/logger'
import { isSerialId } from '../../../lib/serial-id'
import { getProvider } from '../providers'
import { applyOutcome, loadPayment, toProviderPayment } from './ledger'
import { inTransaction } from '../../../db/transaction'
import { lockRow } from './transactions'

export const APPLY_EVENT_TASK = 'payments-apply-event'
export const PAYMENTS_QUEUE = 'payments'

type EventDoc = {
  id: number
  eventId: string
  provider: ProviderName
  payment?: null | number | { id: number }
  outcome?: null | ProviderOutcome
  processedAt?: null | string
  result?: null | string
  attempts?: null | number
}

/** Finds the ledger row a verified event is about. */
export async function findPaymentFor(req: PayloadRequest, provider: ProviderName, lookup: PaymentLookup): Promise<null | PaymentDoc> {
  const where: Record<string, unknown>[] = []
  if (lookup.callbackToken) where.push({ callbackToken: { equals: lookup.callbackToken } })
  if (lookup.providerReference) where.push({ providerReference: { equals: lookup.providerReference } })
  if (lookup.paymentId !== undefined && isSerialId(lookup.paymentId)) where.push({ id: { equals: Number(lookup.paymentId) } })
  if (!where.length) return null
  const res = await req.payload.find({
    collection: 'payments' as never,
    where: { and: [{ provider: { equals: provider } }, { or: where }] } as never,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (res.docs[0] as unknown as PaymentDoc) ?? null
}

/**
 * Stores a verified event for a known payment and queues the job that applies it.
 * Returns `duplicate: true` when this provider event id was already stored.
 */
export async function storeEvent(
  req: PayloadRequest,
  provider: ProviderName,
  event: VerifiedEvent,
  payment: PaymentDoc,
): Promise<{ duplicate: boolean; id: number }> {
  const find = async () =>
    (
      await req.payload.find({
        collection: 'payment-events' as never,
        where: { eventId: { equals: event.eventId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as unknown as EventDoc | undefined
  const existing = await find()
  if (existing) return { duplicate: true, id: existing.id }
  let doc: EventDoc
  try {
    doc = (await req.payload.create({
      collection: 'payment-events' as never,
      depth: 0,
      overrideAccess: true,
      data: {
        provider,
        eventId: event.eventId,
        type: event.type,
        payment: payment.id,
        payload: event.payload as never,
        outcome: (event.outcome ?? null) as never,
        receivedAt: new Date().toISOString(),
        attempts: 0,
      } as never,
    })) as unknown as EventDoc
  } catch (err) {
    const raced = await find()
    if (raced) return { duplicate: true, id: raced.id }
    throw err
  }
  // If the process dies before this line, the reconciliation job applies the stored event.
  await req.payload.jobs.queue({ task: APPLY_EVENT_TASK as never, input: { eventId: doc.id } as never, queue: PAYMENTS_QUEUE })
  return { duplicate: false, id: doc.id }
}

export const UNKNOWN_PAYMENT = 'No payment on this server matches this event.'

/**
 * Records a verified event that will not be applied (its payment is unknown here) as processed and
 * `ignored` with the reason, so operators see it in the inbox; deduped on the provider event id.
 */
export async function storeIgnoredEvent(req: PayloadRequest, provider: ProviderName, event: VerifiedEvent, reason: string): Promise<{ duplicate: boolean; id: number }> {
  const find = async () =>
    (await req.payload.find({ collection: 'payment-events' as never, where: { eventId: { equals: event.eventId } }, limit: 1, depth: 0, overrideAccess: true, req }))
      .docs[0] as unknown as EventDoc | undefined
  const existing = await find()
  if (existing) return { duplicate: true, id: existing.id }
  const now = new Date().toISOString()
  try {
    const doc = (await req.payload.create({
      collection: 'payment-events' as never,
      depth: 0,
      overrideAccess: true,
      req,
      data: {
        provider,
        eventId: event.eventId,
        type: event.type,
        payment: null,
        payload: event.payload as never,
        outcome: (event.outcome ?? null) as never,
        receivedAt: now,
        processedAt: now,
        result: 'ignored',
        error: reason,
        attempts: 0,
      } as never,
    })) as unknown as EventDoc
    return { duplicate: false, id: doc.id }
  } catch (err) {
    const raced = await find()
    if (raced) return { duplicate: true, id: raced.id }
    throw err
  }
}

/** Applies one stored event, once. Throws (so the job retries) when the provider cannot be read. */
export async function applyEvent(req: PayloadRequest, eventDocId: number | string): Promise<{ message: string; result: string }> {
  try {
    return await inTransaction(req, async () => {
      if (!(await lockRow(req, 'payment_events', eventDocId))) return { result: 'ignored', message: 'Event no longer exists.' }
      const ev = (await req.payload.findByID({
        collection: 'payment-events' as never,
        id: eventDocId,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as EventDoc
      if (ev.processedAt) return { result: ev.result ?? 'applied', message: 'Already processed.' }

      const paymentId = typeof ev.payment === 'object' ? ev.payment?.id : ev.payment
      const payment = paymentId ? await loadPayment(req, paymentId) : null
      let applied: ApplyResult | { message: string; result: 'ignored' }
      if (!payment) {
        applied = { result: 'ignored', message: 'The event names no known payment.' }
      } else {
        let outcome = ev.outcome ?? undefined
        if (!outcome) {
          // callbacks are hints: the provider's own status answer decides
          const provider = getProvider(ev.provider)
          if (!provider) throw new Error(`Provider ${ev.provider} is not enabled; cannot confirm the event.`)
          outcome = await provider.fetchStatus(toProviderPayment(payment))
        }
        applied = await applyOutcome(req, payment.id, outcome, { actor: 'provider', eventId: ev.eventId })
      }
      await req.payload.update({
        collection: 'payment-events' as never,
        id: ev.id,
        depth: 0,
        overrideAccess: true,
        req,
        data: {
          processedAt: new Date().toISOString(),
          result: applied.result,
          error: applied.result === 'applied' ? null : applied.message,
          attempts: (ev.attempts ?? 0) + 1,
        } as never,
      })
      return { result: applied.result, message: applied.message }
    })
  } catch (err) {
    logger.error({ err, eventDocId }, 'payments: applying a provider event failed; it will be retried')
    await req.payload
      .update({
        collection: 'payment-events' as never,
        id: eventDocId,
        depth: 0,
        overrideAccess: true,
        data: { result: 'error', error: (err as Error).message } as never,
      })
      .catch(() => undefined)
    throw err
  }
}
