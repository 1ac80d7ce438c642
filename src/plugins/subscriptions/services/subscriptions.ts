/**
 * Subscribing, paying for periods, cancelling: the business rules of `subscriptions`.
 *
 * Every status change goes through `moveSubscription` (the one transition table, under a row lock,
 * inside the caller's transaction). Periods are paid through the payments plugin: each period's
 * payment has the idempotency key `subscriptions.period:<id>:<period>:<attempt>`, so asking twice
 * for the same period (a retried request, a job run twice) returns the same payment, never a
 * second charge. Only the subscription's open payment counts; any other payment that succeeds
 * (a late one after expiry or cancellation, an older attempt) is refunded.
 */
import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { Period } from './periods'
import type { PlanBenefit } from './benefits'

import { userIsAdmin } from '../../../access'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { badRequest, conflict, notFound } from '../../../endpoints/http'
import { writeAudit } from '../../../hooks/audit'
import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { isSerialId } from '../../../lib/serial-id'
import { validatePhoneE164 } from '../../../lib/validators'
import {
  type ClientAction,
  enabledProviders,
  formatAmount,
  type PaymentDoc,
  type PaymentRequestResult,
  type ProviderName,
  refundPayment,
  registerPaymentPurpose,
  requestPayment,
} from '../../payments'
import { notifySubscriber, type SubscriptionNotificationType } from './notify'
import { addPeriod, graceEnd } from './periods'
import { settings } from './settings'
import { type Actor, LIVE_STATUSES, type SubscriptionStatus, transitionError } from './transitions'

export const SUBSCRIPTION_PURPOSE = 'subscriptions.period'

type Id = number | string

export type PlanDoc = {
  id: number
  name: string
  slug: string
  price: number
  currency: string
  period: Period
  benefits?: null | PlanBenefit[]
  active?: boolean | null
}

type HistoryEntry = { at: string; by: string; from?: null | string; reason?: null | string; to: string }

export type SubscriptionDoc = {
  id: number
  user: number | { id: number }
  plan: number | PlanDoc
  status: SubscriptionStatus
  periodNumber?: null | number
  currentPeriodStart?: null | string
  currentPeriodEnd?: null | string
  graceUntil?: null | string
  cancelledAt?: null | string
  endedAt?: null | string
  provider: ProviderName
  phone?: null | string
  amount?: null | number
  currency?: null | string
  openPaymentId?: null | number
  openPaymentPeriod?: null | number
  openPaymentAttempt?: null | number
  lastFailure?: null | string
  history?: HistoryEntry[] | null
}

const idOf = (v: number | { id: number }) => (typeof v === 'object' ? v.id : v)

// ---------------------------------------------------------------------------------------------
// loading, locking, moving

export async function loadPlan(req: PayloadRequest, ref: Id): Promise<null | PlanDoc> {
  const where: Where = isSerialId(ref) ? { id: { equals: Number(ref) } } : { slug: { equals: String(ref) } }
  const res = await req.payload.find({ collection: 'subscription-plans' as never, where, limit: 1, depth: 0, req, overrideAccess: true })
  return (res.docs[0] as unknown as PlanDoc) ?? null
}

const planOf = async (req: PayloadRequest, sub: SubscriptionDoc): Promise<PlanDoc> =>
  typeof sub.plan === 'object' ? sub.plan : ((await req.payload.findByID({ collection: 'subscription-plans' as never, id: sub.plan, depth: 0, req, overrideAccess: true })) as unknown as PlanDoc)

export async function loadSubscription(req: PayloadRequest, id: Id): Promise<null | SubscriptionDoc> {
  if (!isSerialId(id)) return null
  return (await req.payload.findByID({
    collection: 'subscriptions' as never,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as null | SubscriptionDoc
}

/** `SELECT … FOR UPDATE` then a fresh read: every writer of one subscription waits for the others. Needs a transaction. */
export async function lockSubscription(req: PayloadRequest, id: Id): Promise<null | SubscriptionDoc> {
  if (!isSerialId(id)) return null
  const found = await rows(req, sql`SELECT id FROM subscriptions WHERE id = ${Number(id)} FOR UPDATE`)
  return found.length ? loadSubscription(req, id) : null
}

const history = (sub: SubscriptionDoc): HistoryEntry[] =>
  (sub.history ?? []).map(({ at, by, from, reason, to }) => ({ at, by, from, reason, to }))

/** Writes a change of the subscription (no status change), keeping the history as it is. */
async function save(req: PayloadRequest, sub: SubscriptionDoc, data: Partial<SubscriptionDoc>): Promise<SubscriptionDoc> {
  return (await req.payload.update({ collection: 'subscriptions' as never, id: sub.id, data: data as never, depth: 0, req, overrideAccess: true })) as unknown as SubscriptionDoc
}

/** Checks the move against the transition table (409 with the reason), writes it with a history entry. */
export async function moveSubscription(
  req: PayloadRequest,
  sub: SubscriptionDoc,
  to: SubscriptionStatus,
  actor: Actor,
  { data = {}, reason }: { data?: Partial<SubscriptionDoc>; reason?: string } = {},
): Promise<SubscriptionDoc> {
  const refused = transitionError(sub.status, to, actor)
  if (refused) throw conflict(refused, { status: sub.status })
  const now = new Date().toISOString()
  const entry: HistoryEntry = { from: sub.status, to, by: actor, at: now, reason: reason ?? null }
  const ends = to === 'expired' || to === 'cancelled' ? { endedAt: now } : {}
  return save(req, sub, { status: to, history: [...history(sub), entry], ...ends, ...data })
}

// ---------------------------------------------------------------------------------------------
// notifications

const day = (iso?: null | string) => (iso ? iso.slice(0, 10) : '')

/** The plan's name in the subscriber's language (the templates are chosen the same way). */
async function planNameFor(req: PayloadRequest, sub: SubscriptionDoc): Promise<{ name: string; slug: string }> {
  const user = (await req.payload.findByID({ collection: 'users', id: idOf(sub.user), depth: 0, req, overrideAccess: true, disableErrors: true })) as null | {
    preferredLocale?: null | string
  }
  const locale = user?.preferredLocale === 'en' ? 'en' : 'fr'
  const plan = (await req.payload.findByID({
    collection: 'subscription-plans' as never,
    id: typeof sub.plan === 'object' ? sub.plan.id : sub.plan,
    depth: 0,
    req,
    overrideAccess: true,
    locale,
    fallbackLocale: 'fr',
  })) as unknown as PlanDoc
  return { name: plan?.name ?? '', slug: plan?.slug ?? '' }
}

async function tell(req: PayloadRequest, sub: SubscriptionDoc, type: SubscriptionNotificationType, key: string, extra: Record<string, unknown> = {}) {
  const plan = await planNameFor(req, sub)
  await notifySubscriber(req, {
    user: idOf(sub.user),
    type,
    idempotencyKey: `${type}:${sub.id}:${key}`,
    data: {
      subscriptionId: sub.id,
      plan: plan.name,
      planSlug: plan.slug,
      periodEnd: day(sub.currentPeriodEnd),
      graceUntil: day(sub.graceUntil),
      url: `/subscriptions/${sub.id}`,
      reason: '',
      ...extra,
    },
  })
}

const instructionsOf = (client: ClientAction | null): string => {
  if (!client) return ''
  if (client.type === 'redirect' || client.type === 'sandbox') return client.url
  if (client.type === 'confirm_on_phone') return client.message
  return 'open the app to confirm the card payment'
}

// ---------------------------------------------------------------------------------------------
// paying for a period

export type PaymentChoice = { provider: ProviderName; phone?: null | string; returnUrl?: string }

/**
 * Opens (or, for the same period and attempt, returns) the payment of `period` and records it as
 * the subscription's open payment. Runs in the caller's transaction, the subscription locked.
 */
async function openPeriodPayment(
  req: PayloadRequest,
  sub: SubscriptionDoc,
  plan: PlanDoc,
  period: number,
  attempt: number,
  choice: PaymentChoice,
): Promise<{ payment: PaymentRequestResult; subscription: SubscriptionDoc }> {
  const payment = await requestPayment(req, {
    purpose: SUBSCRIPTION_PURPOSE,
    resource: { collection: 'subscriptions', id: sub.id },
    payer: idOf(sub.user),
    amount: plan.price,
    currency: plan.currency,
    provider: choice.provider,
    idempotencyKey: `${SUBSCRIPTION_PURPOSE}:${sub.id}:${period}:${attempt}`,
    description: `${plan.name} (${plan.period === 'year' ? 'year' : 'month'} ${period})`,
    phone: choice.phone ?? undefined,
    returnUrl: choice.returnUrl,
  })
  const subscription = await save(req, sub, {
    openPaymentId: payment.paymentId,
    openPaymentPeriod: period,
    openPaymentAttempt: attempt,
    provider: choice.provider,
    phone: choice.phone ?? null,
    amount: plan.price,
    currency: plan.currency,
  })
  return { payment, subscription }
}

/** The payments plugin's answer for a payment of this purpose that succeeded. */
export async function onPeriodPaid(req: PayloadRequest, payment: PaymentDoc): Promise<void> {
  const sub = await lockSubscription(req, payment.resourceId)
  if (!sub) {
    logger.error({ paymentId: payment.id, resourceId: payment.resourceId }, 'subscriptions: a paid payment names no subscription')
    return
  }
  const period = sub.openPaymentPeriod ?? 0
  const isOpen = sub.openPaymentId === payment.id
  const first = sub.status === 'pending_payment' && period === 1
  const renewal = ['active', 'past_due', 'cancelling'].includes(sub.status) && period === (sub.periodNumber ?? 0) + 1
  if (!isOpen || (!first && !renewal)) {
    await refundStray(req, payment, sub, isOpen ? `the subscription is ${sub.status}` : 'not the subscription’s open payment')
    return
  }
  const plan = await planOf(req, sub)
  const start = first ? new Date() : new Date(sub.currentPeriodEnd ?? Date.now())
  const end = addPeriod(start, plan.period)
  const data: Partial<SubscriptionDoc> = {
    periodNumber: period,
    currentPeriodStart: start.toISOString(),
    currentPeriodEnd: end.toISOString(),
    graceUntil: null,
    lastFailure: null,
    openPaymentId: null,
    openPaymentPeriod: null,
    amount: payment.amount,
    currency: payment.currency,
  }
  const moved = sub.status === 'active' ? await save(req, sub, data) : await moveSubscription(req, sub, 'active', 'system', { data, reason: `payment ${payment.id} received` })
  await tell(req, moved, first ? 'subscription.activated' : 'subscription.renewed', String(period), { amount: formatAmount(payment.amount, payment.currency) })
}

/** The payments plugin's answer for a payment of this purpose that failed, was cancelled or expired. */
export async function onPeriodPaymentFailed(req: PayloadRequest, payment: PaymentDoc): Promise<void> {
  const sub = await lockSubscription(req, payment.resourceId)
  if (!sub || sub.openPaymentId !== payment.id) return // an older attempt: the open one decides
  const reason = payment.failureReason || `payment ${payment.status}`
  if (sub.status === 'pending_payment') {
    await moveSubscription(req, sub, 'cancelled', 'system', { reason: `first payment ${payment.status}: ${reason}`, data: { lastFailure: reason, openPaymentId: null } })
    return
  }
  if (sub.status === 'active') {
    await markPastDue(req, sub, reason)
    return
  }
  // past_due or cancelling: the subscriber may try again (POST /api/subscriptions/:id/renew)
  await save(req, sub, { lastFailure: reason, openPaymentId: null })
}

async function markPastDue(req: PayloadRequest, sub: SubscriptionDoc, reason: string): Promise<SubscriptionDoc> {
  const until = graceEnd(new Date(sub.currentPeriodEnd ?? Date.now()), new Date(), settings().graceDays)
  const keepPayment = reason === UNPAID_AT_PERIOD_END // the open payment may still be paid
  const moved = await moveSubscription(req, sub, 'past_due', 'system', {
    reason,
    data: { graceUntil: until.toISOString(), lastFailure: reason, ...(keepPayment ? {} : { openPaymentId: null }) },
  })
  await tell(req, moved, 'subscription.past_due', String((sub.periodNumber ?? 0) + 1), { reason })
  return moved
}

export const UNPAID_AT_PERIOD_END = 'the renewal was not paid by the end of the period'

/** A payment that succeeded but buys nothing (late, duplicate): the money goes back. */
async function refundStray(req: PayloadRequest, payment: PaymentDoc, sub: SubscriptionDoc, why: string) {
  logger.warn({ paymentId: payment.id, subscriptionId: sub.id, why }, 'subscriptions: refunding a payment that buys no period')
  try {
    await refundPayment(req, payment.id, { reason: `Subscription ${sub.id}: ${why}; refunded automatically.` })
  } catch (err) {
    // Orange Money and Moov have no refund API: an admin refunds from the merchant portal
    logger.error({ err, paymentId: payment.id, subscriptionId: sub.id }, 'subscriptions: automatic refund failed; refund this payment by hand')
  }
}

registerPaymentPurpose(SUBSCRIPTION_PURPOSE, { onPaid: onPeriodPaid, onFailed: onPeriodPaymentFailed })

// ---------------------------------------------------------------------------------------------
// subscriber actions

export const subscribeSchema = z.object({
  plan: z.union([z.number().int().positive(), z.string().trim().min(1).max(80)]),
  provider: z.string().min(1).max(40),
  phone: z.string().max(20).optional(),
  returnUrl: z.url().max(2000).optional(),
})
export type SubscribeInput = z.infer<typeof subscribeSchema>

export const renewSchema = subscribeSchema.omit({ plan: true }).partial()
export const cancelSchema = z.object({ immediately: z.boolean().optional(), reason: z.string().max(500).optional() })

function checkChoice(provider: string, phone?: null | string): ProviderName {
  const available = enabledProviders()
  if (!available.includes(provider as ProviderName)) {
    throw badRequest(`provider: "${provider}" is not available; choose one of: ${available.join(', ') || 'none'}.`)
  }
  if (phone !== undefined && phone !== null) {
    const ok = validatePhoneE164(phone)
    if (ok !== true) throw badRequest(`phone: ${ok}`)
  }
  if ((provider === 'mtn-momo' || provider === 'moov-money') && !phone) throw badRequest(`phone: ${provider} needs the payer's phone number.`)
  return provider as ProviderName
}

/**
 * Subscribes the current user to a plan: one row per (user, plan) among the live statuses — the
 * partial unique index decides between concurrent requests — and the first period's payment.
 * A retried request for a subscription still waiting for its payment gets the same payment back.
 */
export async function subscribe(req: PayloadRequest, input: SubscribeInput) {
  const user = req.user!
  if (!hasCollection(req.payload, 'payments')) throw conflict('Payments are not available on this platform: subscriptions cannot be bought right now.')
  const provider = checkChoice(input.provider, input.phone)
  return inTransaction(req, async () => {
    const plan = await loadPlan(req, input.plan)
    if (!plan) throw notFound(`No subscription plan "${input.plan}".`)
    if (!plan.active) throw conflict(`The plan "${plan.slug}" is not on sale any more.`)
    const choice: PaymentChoice = { provider, phone: input.phone, returnUrl: input.returnUrl }

    const existing = await liveSubscription(req, user.id, plan.id)
    if (existing) return { created: false, ...(await retryFirstPayment(req, existing, plan, choice)) }

    const inserted = await rows<{ id: number }>(
      req,
      sql`INSERT INTO subscriptions (user_id, plan_id, status, period_number, provider, phone, amount, currency, open_payment_period, open_payment_attempt, created_at, updated_at)
          VALUES (${Number(user.id)}, ${plan.id}, 'pending_payment', 0, ${provider}, ${input.phone ?? null}, ${plan.price}, ${plan.currency}, 1, 0, now(), now())
          ON CONFLICT DO NOTHING RETURNING id`,
    )
    if (!inserted.length) {
      // a concurrent request won the (user, plan) slot: its row becomes visible once it commits
      throw conflict('You already have a subscription to this plan (another request created it just now).')
    }
    const id = inserted[0].id
    await writeAudit(req, { action: 'create', targetCollection: 'subscriptions', documentId: id })
    let sub = (await lockSubscription(req, id))!
    sub = await save(req, sub, { history: [{ from: null, to: 'pending_payment', by: 'owner', at: new Date().toISOString(), reason: 'subscribed' }] })
    return { created: true, ...(await openPeriodPayment(req, sub, plan, 1, 0, choice)) }
  })
}

async function liveSubscription(req: PayloadRequest, userId: Id, planId: Id): Promise<null | SubscriptionDoc> {
  const found = await req.payload.find({
    collection: 'subscriptions' as never,
    where: { and: [{ user: { equals: userId } }, { plan: { equals: planId } }, { status: { in: [...LIVE_STATUSES] } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (found.docs[0] as unknown as SubscriptionDoc) ?? null
}

async function retryFirstPayment(req: PayloadRequest, existing: SubscriptionDoc, plan: PlanDoc, choice: PaymentChoice) {
  if (existing.status !== 'pending_payment') {
    throw conflict(`You already have a subscription to this plan (#${existing.id}, ${existing.status}).`, { subscription: existing.id, status: existing.status })
  }
  if (existing.provider !== choice.provider || (existing.phone ?? undefined) !== (choice.phone ?? undefined)) {
    throw conflict(
      `Your subscription #${existing.id} to this plan is waiting for a payment through ${existing.provider}: pay it, or cancel it (POST /api/subscriptions/${existing.id}/cancel) and subscribe again.`,
      { subscription: existing.id },
    )
  }
  const sub = (await lockSubscription(req, existing.id))!
  return openPeriodPayment(req, sub, plan, 1, sub.openPaymentAttempt ?? 0, choice)
}

/** The subscription as its owner (or an admin) may act on it: 404 for anybody else, as if it did not exist. */
async function ownSubscription(req: PayloadRequest, id: string): Promise<{ actor: Actor; sub: SubscriptionDoc }> {
  if (!isSerialId(id)) throw notFound('Subscription not found.')
  const visible = await req.payload.findByID({ collection: 'subscriptions' as never, id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
  if (!visible) throw notFound('Subscription not found.')
  const sub = await lockSubscription(req, id)
  if (!sub) throw notFound('Subscription not found.')
  const actor: Actor = userIsAdmin(req.user) ? 'admin' : 'owner'
  return { actor, sub }
}

/**
 * Cancels: a subscription waiting for its first payment ends at once; a running one stops renewing
 * and keeps its benefits until the end of the paid period (`cancelling`). Admins may end it at once
 * (`immediately: true`).
 */
export async function cancelSubscription(req: PayloadRequest, id: string, input: z.infer<typeof cancelSchema>) {
  return inTransaction(req, async () => {
    const { actor, sub } = await ownSubscription(req, id)
    const reason = input.reason ?? (actor === 'admin' ? 'cancelled by an admin' : 'cancelled by the subscriber')
    const periodLeft = sub.currentPeriodEnd && new Date(sub.currentPeriodEnd) > new Date()
    let to: SubscriptionStatus
    if (input.immediately) to = 'cancelled'
    else if (sub.status === 'pending_payment') to = 'cancelled'
    else if (sub.status === 'past_due') to = periodLeft ? 'cancelling' : 'cancelled'
    else to = 'cancelling'
    const moved = await moveSubscription(req, sub, to, actor, { reason, data: to === 'cancelled' || to === 'cancelling' ? { cancelledAt: new Date().toISOString() } : {} })
    if (to === 'cancelling') await tell(req, moved, 'subscription.cancelling', String((moved.history ?? []).length), { reason })
    if (to === 'cancelled' && sub.status !== 'pending_payment') await tell(req, moved, 'subscription.expired', 'end', { reason })
    return moved
  })
}

/** Undoes a cancellation before the period ends: the subscription renews again. */
export async function resumeSubscription(req: PayloadRequest, id: string) {
  return inTransaction(req, async () => {
    const { actor, sub } = await ownSubscription(req, id)
    if (sub.status === 'cancelling' && (!sub.currentPeriodEnd || new Date(sub.currentPeriodEnd) <= new Date())) {
      throw conflict('The paid period is over: subscribe again instead.')
    }
    return moveSubscription(req, sub, 'active', actor, { reason: 'resumed', data: { cancelledAt: null } })
  })
}

/** A past-due subscriber pays the overdue period again (new attempt, possibly another provider). */
export async function retryRenewal(req: PayloadRequest, id: string, input: z.infer<typeof renewSchema>) {
  return inTransaction(req, async () => {
    const { sub } = await ownSubscription(req, id)
    if (sub.status !== 'past_due') throw conflict(`Only a past-due subscription can be paid again; this one is ${sub.status}.`)
    if (sub.openPaymentId) {
      const open = (await req.payload.findByID({ collection: 'payments' as never, id: sub.openPaymentId, depth: 0, req, overrideAccess: true, disableErrors: true })) as unknown as null | PaymentDoc
      if (open && ['pending', 'processing'].includes(open.status)) {
        throw conflict(`The renewal payment #${open.id} is still open: complete it, or wait until it expires.`, { payment: open.id })
      }
    }
    const provider = checkChoice(input.provider ?? sub.provider, input.phone ?? sub.phone)
    const plan = await planOf(req, sub)
    if (!plan.active) throw conflict(`The plan "${plan.slug}" is not on sale any more.`)
    return openPeriodPayment(req, sub, plan, (sub.periodNumber ?? 0) + 1, (sub.openPaymentAttempt ?? 0) + 1, {
      provider,
      phone: input.phone ?? sub.phone,
      returnUrl: input.returnUrl,
    })
  })
}

// ---------------------------------------------------------------------------------------------
// the renewal job

export type RenewalReport = { requested: number; pastDue: number; expired: number; errors: number }

const ids = async (req: PayloadRequest, where: Record<string, unknown>, limit: number) =>
  (
    await req.payload.find({ collection: 'subscriptions' as never, where: where as never, sort: 'currentPeriodEnd', limit, depth: 0, req, overrideAccess: true })
  ).docs.map((d) => (d as unknown as { id: number }).id)

/**
 * One pass: asks for the next period's payment of subscriptions ending soon, marks past due those
 * whose period ended unpaid, expires cancelled ones at their period end and past-due ones at the
 * end of their grace. Each subscription in its own transaction, locked and re-checked, so two runs
 * (or two runners) never do a step twice; the payment key makes a repeated request return the same payment.
 */
export async function runRenewals(req: PayloadRequest, now = new Date(), { limit = 100 } = {}): Promise<RenewalReport> {
  const report: RenewalReport = { requested: 0, pastDue: 0, expired: 0, errors: 0 }
  const { renewBeforeHours } = settings()
  const soon = new Date(now.getTime() + renewBeforeHours * 3_600_000)
  const each = async (list: number[], step: (sub: SubscriptionDoc) => Promise<keyof RenewalReport | null>) => {
    for (const id of list) {
      try {
        const done = await inTransaction(req, async () => {
          const sub = await lockSubscription(req, id)
          return sub ? step(sub) : null
        })
        if (done) report[done]++
      } catch (err) {
        report.errors++
        logger.error({ err, subscriptionId: id }, 'subscriptions: renewal step failed; the next run tries again')
      }
    }
  }

  // 1. request the next period's payment
  // (SQL: "not requested yet" compares two columns, which a Payload where cannot; without it the
  // subscriptions already waiting for their payment would fill every batch)
  const due = await rows<{ id: number }>(
    req,
    sql`SELECT id FROM subscriptions WHERE status = 'active' AND current_period_end <= ${soon.toISOString()}
          AND COALESCE(open_payment_period, 0) <= COALESCE(period_number, 0) ORDER BY current_period_end LIMIT ${limit}`,
  )
  await each(due.map((r) => Number(r.id)), async (sub) => {
    const next = (sub.periodNumber ?? 0) + 1
    if (sub.status !== 'active' || !sub.currentPeriodEnd || new Date(sub.currentPeriodEnd) > soon) return null
    if ((sub.openPaymentPeriod ?? 0) >= next) return null // already requested (or failed: then it is past due)
    const plan = await planOf(req, sub)
    if (!plan.active) {
      const moved = await moveSubscription(req, sub, 'cancelling', 'system', { reason: 'the plan is no longer offered' })
      await tell(req, moved, 'subscription.cancelling', String((moved.history ?? []).length), { reason: 'the plan is no longer offered' })
      return null
    }
    try {
      const { payment, subscription } = await openPeriodPayment(req, sub, plan, next, 0, { provider: sub.provider, phone: sub.phone })
      await tell(req, subscription, 'subscription.renewal_requested', `${next}:0`, {
        amount: formatAmount(payment.amount, payment.currency),
        instructions: instructionsOf(payment.client),
        paymentId: payment.paymentId,
      })
      return 'requested'
    } catch (err) {
      // the provider refused to open the payment (or is off): the renewal failed
      const fresh = (await loadSubscription(req, sub.id))!
      await markPastDue(req, fresh, `the payment could not be opened: ${(err as Error).message}`)
      return 'pastDue'
    }
  })

  // 2. period over, renewal not paid (yet): grace
  await each(await ids(req, { status: { equals: 'active' }, currentPeriodEnd: { less_than_equal: now.toISOString() } }, limit), async (sub) => {
    if (sub.status !== 'active' || !sub.currentPeriodEnd || new Date(sub.currentPeriodEnd) > now) return null
    await markPastDue(req, sub, UNPAID_AT_PERIOD_END)
    return 'pastDue'
  })

  // 3. cancelled at period end; past due after the grace
  const ending = [
    { status: { equals: 'cancelling' }, currentPeriodEnd: { less_than_equal: now.toISOString() } },
    { status: { equals: 'past_due' }, graceUntil: { less_than_equal: now.toISOString() } },
  ]
  await each(await ids(req, { or: ending }, limit), async (sub) => {
    const over =
      (sub.status === 'cancelling' && sub.currentPeriodEnd && new Date(sub.currentPeriodEnd) <= now) ||
      (sub.status === 'past_due' && sub.graceUntil && new Date(sub.graceUntil) <= now)
    if (!over) return null
    const reason = sub.status === 'cancelling' ? 'cancelled at the end of the period' : 'the renewal was not paid within the grace period'
    const moved = await moveSubscription(req, sub, 'expired', 'system', { reason })
    await tell(req, moved, 'subscription.expired', 'end', { reason })
    return 'expired'
  })
  return report
}
