/**
 * Subscriptions end to end over HTTP with the offline sandbox payment provider: subscribe → pay →
 * active; renewal paid; renewal failed → grace → expiry (notified); cancel at period end; one live
 * subscription per user and plan under concurrent requests (and the control without the index);
 * access over REST and GraphQL; bad input answers 4xx.
 */
import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { activeBenefits, seedSubscriptions } from '../../src/plugins/subscriptions'
import { runRenewals as renewalPass } from '../../src/plugins/subscriptions/services/subscriptions'
import { userSession } from '../helpers/fixtures'
import { fakeMtn } from '../payments/fakes'
import { startTestServer, type TestServer } from '../helpers/server'

type Session = { auth: Auth; user: any }

let t: TestServer
let admin: Session
let alice: Session
let monthly: any
let yearly: any
let hidden: any
let mtn: Awaited<ReturnType<typeof fakeMtn>>

const HOUR = 3_600_000
const DAY = 24 * HOUR

beforeAll(async () => {
  mtn = await fakeMtn()
  t = await startTestServer({
    env: {
      SUBSCRIPTIONS_GRACE_DAYS: '7',
      SUBSCRIPTIONS_RENEW_BEFORE_HOURS: '72',
      MTN_MOMO_BASE_URL: mtn.url,
      MTN_MOMO_SUBSCRIPTION_KEY: 'mtn-sub',
      MTN_MOMO_API_USER: 'mtn-user',
      MTN_MOMO_API_KEY: 'mtn-key',
    },
  })
  admin = await userSession(t.payload, t.api, ['admin'])
  alice = await userSession(t.payload, t.api, ['participant'])
  const plan = async (data: Record<string, unknown>) => {
    const res = await t.api.post('/api/subscription-plans', data, admin.auth)
    expect(res.status, res.text).toBe(201)
    return res.body.doc
  }
  monthly = await plan({
    name: 'Vibe+ mensuel',
    slug: 'plus-monthly',
    price: 2000,
    currency: 'XOF',
    period: 'month',
    benefits: [{ type: 'booking_discount', percent: 10 }],
  })
  expect((await t.api.patch(`/api/subscription-plans/${monthly.id}?locale=en`, { name: 'Vibe+ monthly' }, admin.auth)).status).toBe(200)
  yearly = await plan({
    name: 'Vibe+ annuel',
    slug: 'plus-yearly',
    price: 20000,
    currency: 'XOF',
    period: 'year',
    benefits: [{ type: 'booking_discount', percent: 20 }, { type: 'priority_booking' }],
  })
  hidden = await plan({ name: 'Old plan', slug: 'old-plan', price: 500, currency: 'XOF', period: 'month', active: false })
})
afterAll(async () => {
  await t?.close()
  await mtn?.close()
})

// ---------------------------------------------------------------------------------------------
// helpers

const subscribe = (who: Session, body: Record<string, unknown>) => t.api.post('/api/subscriptions/subscribe', body, who.auth)
const sub = (id: number) => t.payload.findByID({ collection: 'subscriptions', id, depth: 0, overrideAccess: true }) as Promise<any>
const setSub = (id: number, data: Record<string, unknown>) =>
  t.payload.update({ collection: 'subscriptions', id, data: data as never, overrideAccess: true, context: { skipAudit: true } })
const runPayments = () => t.payload.jobs.run({ queue: 'payments', limit: 50 })
const runRenewals = async () => {
  await t.payload.jobs.queue({ task: 'subscriptions-renew', input: {}, queue: 'subscriptions' })
  await t.payload.jobs.run({ queue: 'subscriptions', limit: 10 })
}
/** Pays (or declines) on the sandbox page, then lets the payments job apply it. */
const settle = async (paymentId: number, action: 'decline' | 'pay') => {
  const p: any = await t.payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })
  const token = new URL(p.clientAction.url).searchParams.get('token') as string
  const res = await t.api.request('POST', `/api/payments/sandbox/${paymentId}/confirm`, {
    raw: new URLSearchParams({ token, action }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  expect(res.status).toBe(200)
  await runPayments()
}
const paymentsFor = async (subId: number) =>
  (await t.payload.find({ collection: 'payments', where: { and: [{ resourceCollection: { equals: 'subscriptions' } }, { resourceId: { equals: String(subId) } }] }, depth: 0, limit: 100, overrideAccess: true, sort: 'id' }))
    .docs as any[]
const notificationTypes = async (user: any) =>
  (await t.payload.find({ collection: 'notifications', where: { user: { equals: user.id } }, depth: 0, limit: 100, sort: 'createdAt', overrideAccess: true })).docs.map((n: any) => n.type)
const benefitsOf = async (user: any) => activeBenefits(await createLocalReq({}, t.payload), user.id)

/** A new participant with an active monthly subscription (subscribed and paid over HTTP). */
async function activeSubscriber(plan = monthly, extra: Record<string, unknown> = {}) {
  const who = await userSession(t.payload, t.api, ['participant'], extra)
  const res = await subscribe(who, { plan: plan.id, provider: 'sandbox' })
  expect(res.status, res.text).toBe(201)
  await settle(res.body.payment.paymentId, 'pay')
  const s = await sub(res.body.subscription.id)
  expect(s.status).toBe('active')
  return { who, id: s.id as number }
}

/** Moves the period end close (renewal due) or into the past. */
const endIn = (id: number, ms: number) => setSub(id, { currentPeriodEnd: new Date(Date.now() + ms).toISOString() })

// ---------------------------------------------------------------------------------------------

describe('subscribe → payment → active', () => {
  it('opens the first period’s payment, returns it again on a retry, and activates the subscription once paid', async () => {
    const res = await subscribe(alice, { plan: 'plus-monthly', provider: 'sandbox' })
    expect(res.status, res.text).toBe(201)
    expect(res.body.subscription).toMatchObject({ status: 'pending_payment', provider: 'sandbox', amount: 2000, currency: 'XOF' })
    expect(res.body.payment).toMatchObject({ status: 'pending', amount: 2000, currency: 'XOF', client: { type: 'sandbox' } })
    const id = res.body.subscription.id

    // a double click: the same subscription and the same payment, nothing new
    const again = await subscribe(alice, { plan: monthly.id, provider: 'sandbox' })
    expect(again.status).toBe(200)
    expect(again.body.payment).toMatchObject({ paymentId: res.body.payment.paymentId, reused: true })
    // another provider while the first payment is open: told what to do
    const other = await subscribe(alice, { plan: monthly.id, provider: 'sandbox', phone: '+2250700000001' })
    expect(other.status).toBe(409)
    expect(other.text).toContain('waiting for a payment')
    expect(await paymentsFor(id)).toHaveLength(1)
    expect((await benefitsOf(alice.user)).bookingDiscountPercent).toBe(0)

    await settle(res.body.payment.paymentId, 'pay')
    const s = await sub(id)
    expect(s).toMatchObject({ status: 'active', periodNumber: 1, openPaymentId: null })
    const start = new Date(s.currentPeriodStart)
    const end = new Date(s.currentPeriodEnd)
    expect(end.getTime() - start.getTime()).toBeGreaterThanOrEqual(28 * DAY)
    expect(end.getTime() - start.getTime()).toBeLessThanOrEqual(31 * DAY)
    expect(s.history.map((h: any) => `${h.from ?? ''}>${h.to}:${h.by}`)).toEqual(['>pending_payment:owner', 'pending_payment>active:system'])
    expect(await notificationTypes(alice.user)).toContain('subscription.activated')

    const me = await t.api.get('/api/subscriptions/me', alice.auth)
    expect(me.status).toBe(200)
    expect(me.body.subscriptions.map((x: any) => x.id)).toEqual([id])
    expect(me.body.subscriptions[0].plan.slug).toBe('plus-monthly')
    expect(me.body.benefits).toMatchObject({ bookingDiscountPercent: 10, priorityBooking: false })
    // the public API other plugins use
    expect(await benefitsOf(alice.user)).toMatchObject({ bookingDiscountPercent: 10, priorityBooking: false, subscriptions: [{ id, status: 'active' }] })

    // a live subscription holds the (user, plan) slot; another plan is fine
    expect((await subscribe(alice, { plan: monthly.id, provider: 'sandbox' })).status).toBe(409)
    const y = await subscribe(alice, { plan: 'plus-yearly', provider: 'sandbox' })
    expect(y.status).toBe(201)
    await settle(y.body.payment.paymentId, 'pay')
    expect(await benefitsOf(alice.user)).toMatchObject({ bookingDiscountPercent: 20, priorityBooking: true })
  })

  it('tells each subscriber in their language, with the plan’s name in that language', async () => {
    const en = await activeSubscriber(monthly, { preferredLocale: 'en' })
    const fr = await activeSubscriber(monthly, { preferredLocale: 'fr' })
    const titles = async (who: Session) => (await t.api.get('/api/notifications/me', who.auth)).body.docs.map((n: any) => n.title)
    expect(await titles(en.who)).toContain('Vibe+ monthly subscription active')
    expect(await titles(fr.who)).toContain('Abonnement Vibe+ mensuel actif')
  })

  it('a declined first payment cancels the subscription and frees the slot', async () => {
    const who = await userSession(t.payload, t.api, ['participant'])
    const res = await subscribe(who, { plan: monthly.id, provider: 'sandbox' })
    await settle(res.body.payment.paymentId, 'decline')
    expect(await sub(res.body.subscription.id)).toMatchObject({ status: 'cancelled' })
    expect((await subscribe(who, { plan: monthly.id, provider: 'sandbox' })).status).toBe(201)
  })
})

describe('payments that buy nothing', () => {
  it('a first payment that arrives after the subscriber cancelled is refunded, the subscription stays cancelled', async () => {
    const who = await userSession(t.payload, t.api, ['participant'])
    const res = await subscribe(who, { plan: monthly.id, provider: 'sandbox' })
    const c = await t.api.post(`/api/subscriptions/${res.body.subscription.id}/cancel`, {}, who.auth)
    expect(c.body.subscription.status).toBe('cancelled')
    await settle(res.body.payment.paymentId, 'pay')
    expect(await sub(res.body.subscription.id)).toMatchObject({ status: 'cancelled' })
    const p: any = await t.payload.findByID({ collection: 'payments', id: res.body.payment.paymentId, depth: 0, overrideAccess: true })
    expect(p).toMatchObject({ status: 'refunded', refundedAmount: 2000 })
    expect((await benefitsOf(who.user)).bookingDiscountPercent).toBe(0)
  })
})

describe('renewal', () => {
  it('requests the next period’s payment before the end, once however often the job runs; paying extends the period', async () => {
    const { who, id } = await activeSubscriber()
    // not due yet (the period ends in a month): nothing requested
    await runRenewals()
    expect(await paymentsFor(id)).toHaveLength(1)

    await endIn(id, 2 * HOUR)
    const before = await sub(id)
    await runRenewals()
    await runRenewals()
    let s = await sub(id)
    expect(s).toMatchObject({ status: 'active', openPaymentPeriod: 2, periodNumber: 1 })
    let pays = await paymentsFor(id)
    expect(pays).toHaveLength(2)
    expect(pays[1]).toMatchObject({ idempotencyKey: `subscriptions.period:${id}:2:0`, amount: 2000, status: 'pending' })

    // the job's own record of the request is lost (crash after the provider call): the payment key still holds
    await setSub(id, { openPaymentPeriod: 1, openPaymentId: null })
    await runRenewals()
    pays = await paymentsFor(id)
    expect(pays).toHaveLength(2)
    expect((await sub(id)).openPaymentId).toBe(pays[1].id)
    expect((await notificationTypes(who.user)).filter((n: string) => n === 'subscription.renewal_requested')).toHaveLength(1)

    await settle(pays[1].id, 'pay')
    s = await sub(id)
    expect(s).toMatchObject({ status: 'active', periodNumber: 2, openPaymentId: null })
    expect(s.currentPeriodStart).toBe(before.currentPeriodEnd)
    const gained = new Date(s.currentPeriodEnd).getTime() - new Date(before.currentPeriodEnd).getTime()
    expect(gained).toBeGreaterThanOrEqual(28 * DAY)
    expect(await notificationTypes(who.user)).toContain('subscription.renewed')
    // the next run has nothing to do: the new period ends in a month
    await runRenewals()
    expect(await paymentsFor(id)).toHaveLength(2)
  })

  it('subscriptions already waiting for their renewal payment do not fill the batch of the next run', async () => {
    const a = await activeSubscriber()
    const b = await activeSubscriber()
    await endIn(a.id, HOUR)
    await endIn(b.id, 2 * HOUR)
    const req = await createLocalReq({}, t.payload)
    expect(await renewalPass(req, new Date(), { limit: 1 })).toMatchObject({ requested: 1 })
    expect((await sub(a.id)).openPaymentPeriod).toBe(2)
    expect(await renewalPass(req, new Date(), { limit: 1 })).toMatchObject({ requested: 1 })
    expect((await sub(b.id)).openPaymentPeriod).toBe(2)
  })

  it('two renewal runs at the same time request one payment and send one notification', async () => {
    const { who, id } = await activeSubscriber()
    await endIn(id, HOUR)
    const reports = await Promise.all([0, 1, 2].map(async () => renewalPass(await createLocalReq({}, t.payload), new Date())))
    expect(reports.reduce((n, r) => n + r.requested, 0)).toBe(1)
    expect(reports.every((r) => r.errors === 0)).toBe(true)
    expect(await paymentsFor(id)).toHaveLength(2)
    expect((await notificationTypes(who.user)).filter((n: string) => n === 'subscription.renewal_requested')).toHaveLength(1)
  })

  it('a failed renewal gives a grace period (benefits kept), then expiry, each notified', async () => {
    const { who, id } = await activeSubscriber()
    await endIn(id, 2 * HOUR)
    await runRenewals()
    const [, renewal] = await paymentsFor(id)
    await settle(renewal.id, 'decline')

    let s = await sub(id)
    expect(s.status).toBe('past_due')
    const graceDays = (new Date(s.graceUntil).getTime() - new Date(s.currentPeriodEnd).getTime()) / DAY
    expect(graceDays).toBeCloseTo(7, 1)
    expect(s.lastFailure).toBeTruthy()
    expect((await benefitsOf(who.user)).bookingDiscountPercent).toBe(10)
    const inbox = await t.api.get('/api/notifications/me', who.auth)
    expect(inbox.body.docs.map((n: any) => n.title)).toContain('Paiement de Vibe+ mensuel en attente')

    // the period ends inside the grace: still past due, nothing new requested
    await endIn(id, -HOUR)
    await runRenewals()
    expect((await sub(id)).status).toBe('past_due')
    expect(await paymentsFor(id)).toHaveLength(2)

    // grace over
    await setSub(id, { graceUntil: new Date(Date.now() - 1000).toISOString() })
    await runRenewals()
    await runRenewals()
    s = await sub(id)
    expect(s).toMatchObject({ status: 'expired' })
    expect(s.endedAt).toBeTruthy()
    expect((await benefitsOf(who.user)).bookingDiscountPercent).toBe(0)
    const types = await notificationTypes(who.user)
    expect(types.filter((n: string) => n === 'subscription.past_due')).toHaveLength(1)
    expect(types.filter((n: string) => n === 'subscription.expired')).toHaveLength(1)
    expect(s.history.map((h: any) => h.to)).toEqual(['pending_payment', 'active', 'past_due', 'expired'])

    // the slot is free again
    expect((await subscribe(who, { plan: monthly.id, provider: 'sandbox' })).status).toBe(201)
  })

  it('a renewal still unpaid at the period end goes past due; paying it late (a new attempt) reactivates without a gap', async () => {
    const { who, id } = await activeSubscriber()
    await endIn(id, 2 * HOUR)
    await runRenewals()
    const end = (await sub(id)).currentPeriodEnd
    await endIn(id, -HOUR)
    const ended = (await sub(id)).currentPeriodEnd
    await runRenewals()
    expect(await sub(id)).toMatchObject({ status: 'past_due' })
    expect(end).not.toBe(ended)

    // the first attempt is still open: a second one is refused
    const busy = await t.api.post(`/api/subscriptions/${id}/renew`, {}, who.auth)
    expect(busy.status).toBe(409)
    const [, first] = await paymentsFor(id)
    await settle(first.id, 'decline')
    const retry = await t.api.post(`/api/subscriptions/${id}/renew`, { provider: 'sandbox' }, who.auth)
    expect(retry.status, retry.text).toBe(200)
    expect(retry.body.payment.paymentId).not.toBe(first.id)
    await settle(retry.body.payment.paymentId, 'pay')
    const s = await sub(id)
    expect(s).toMatchObject({ status: 'active', periodNumber: 2, graceUntil: null })
    expect(s.currentPeriodStart).toBe(ended)
  })
})

describe('mobile money: MTN MoMo (fake operator speaking the Collection API)', () => {
  const reconcile = async () => {
    await t.payload.jobs.queue({ task: 'payments-reconcile', input: {}, queue: 'payments' })
    await runPayments()
  }
  const requestsToPay = () => mtn.calls.filter((c) => c.method === 'POST' && c.path === '/collection/v1_0/requesttopay')

  it('subscribes with a phone prompt, renews once at the operator however often the job runs, and a refused renewal goes past due', async () => {
    const who = await userSession(t.payload, t.api, ['participant'])
    const before = requestsToPay().length
    const res = await subscribe(who, { plan: monthly.id, provider: 'mtn-momo', phone: '+2250700000042' })
    expect(res.status, res.text).toBe(201)
    expect(res.body.payment.client).toMatchObject({ type: 'confirm_on_phone' })
    const first = requestsToPay().at(-1)!
    expect(JSON.parse(first.body)).toMatchObject({ amount: '2000', currency: 'XOF', payer: { partyIdType: 'MSISDN', partyId: '2250700000042' } })
    const id = res.body.subscription.id
    // the payer approves on the phone; MTN does not retry callbacks: the reconciliation polls
    mtn.requests.get(String(first.headers['x-reference-id']))!.status = 'SUCCESSFUL'
    await reconcile()
    expect(await sub(id)).toMatchObject({ status: 'active', periodNumber: 1, provider: 'mtn-momo', phone: '+2250700000042' })

    await endIn(id, HOUR)
    await runRenewals()
    await runRenewals()
    await runRenewals()
    expect(requestsToPay().length - before).toBe(2)
    const renewal = requestsToPay().at(-1)!
    expect(JSON.parse(renewal.body).payer.partyId).toBe('2250700000042')
    expect((await notificationTypes(who.user))).toContain('subscription.renewal_requested')

    mtn.requests.get(String(renewal.headers['x-reference-id']))!.status = 'FAILED'
    await reconcile()
    expect(await sub(id)).toMatchObject({ status: 'past_due' })
    await runRenewals()
    expect(requestsToPay().length - before).toBe(2)
  })
})

describe('plan taken off sale', () => {
  it('is not renewed: the subscription ends with its period, notified, and nothing is charged', async () => {
    const extra = (await t.api.post('/api/subscription-plans', { name: 'Été', slug: 'summer', price: 700, currency: 'XOF', period: 'month' }, admin.auth)).body.doc
    const { who, id } = await activeSubscriber(extra)
    expect((await t.api.patch(`/api/subscription-plans/${extra.id}`, { active: false }, admin.auth)).status).toBe(200)
    await endIn(id, HOUR)
    await runRenewals()
    expect(await sub(id)).toMatchObject({ status: 'cancelling' })
    expect(await paymentsFor(id)).toHaveLength(1)
    expect(await notificationTypes(who.user)).toContain('subscription.cancelling')
    await endIn(id, -1000)
    await runRenewals()
    expect(await sub(id)).toMatchObject({ status: 'expired' })
  })
})

describe('cancel at period end', () => {
  it('keeps the benefits until the period ends, never renews, then expires; resume undoes it', async () => {
    const { who, id } = await activeSubscriber(yearly)
    const c = await t.api.post(`/api/subscriptions/${id}/cancel`, {}, who.auth)
    expect(c.status, c.text).toBe(200)
    expect(c.body.subscription).toMatchObject({ status: 'cancelling' })
    expect(await benefitsOf(who.user)).toMatchObject({ bookingDiscountPercent: 20, priorityBooking: true })
    expect(await notificationTypes(who.user)).toContain('subscription.cancelling')
    expect((await t.api.post(`/api/subscriptions/${id}/cancel`, {}, who.auth)).status).toBe(409)

    const r = await t.api.post(`/api/subscriptions/${id}/resume`, {}, who.auth)
    expect(r.status).toBe(200)
    expect(r.body.subscription.status).toBe('active')
    expect((await t.api.post(`/api/subscriptions/${id}/cancel`, {}, who.auth)).body.subscription.status).toBe('cancelling')

    // renewal window: nothing is charged for a cancelled subscription
    await endIn(id, 2 * HOUR)
    await runRenewals()
    expect(await paymentsFor(id)).toHaveLength(1)
    expect((await sub(id)).status).toBe('cancelling')

    await endIn(id, -1000)
    await runRenewals()
    expect(await sub(id)).toMatchObject({ status: 'expired' })
    expect(await benefitsOf(who.user)).toMatchObject({ bookingDiscountPercent: 0, priorityBooking: false, subscriptions: [] })
    expect((await notificationTypes(who.user)).filter((n: string) => n === 'subscription.expired')).toHaveLength(1)
    expect((await t.api.post(`/api/subscriptions/${id}/resume`, {}, who.auth)).status).toBe(409)
  })

  it('an admin may end a subscription at once; a subscriber may not', async () => {
    const { who, id } = await activeSubscriber()
    const refused = await t.api.post(`/api/subscriptions/${id}/cancel`, { immediately: true }, who.auth)
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('Only an admin')
    const done = await t.api.post(`/api/subscriptions/${id}/cancel`, { immediately: true, reason: 'fraud' }, admin.auth)
    expect(done.status).toBe(200)
    expect(done.body.subscription.status).toBe('cancelled')
  })
})

describe('access: subscribers see and change only their own (REST and GraphQL)', () => {
  it('refuses cross-user reads and changes over REST, including where filters', async () => {
    const mine = await activeSubscriber()
    const theirs = await activeSubscriber()
    const me = mine.who
    expect((await t.api.get(`/api/subscriptions/${theirs.id}`, me.auth)).status).toBe(404)
    const filtered = await t.api.get(`/api/subscriptions?where[user][equals]=${theirs.who.user.id}`, me.auth)
    expect(filtered.status).toBe(200)
    expect(filtered.body.docs).toHaveLength(0)
    const list = await t.api.get('/api/subscriptions?limit=100', me.auth)
    expect(list.body.docs.map((d: any) => d.id)).toEqual([mine.id])
    for (const action of ['cancel', 'resume', 'renew']) {
      expect((await t.api.post(`/api/subscriptions/${theirs.id}/${action}`, {}, me.auth)).status).toBe(404)
    }
    const other = await t.api.get('/api/subscriptions/me', me.auth)
    expect(other.body.subscriptions.map((d: any) => d.id)).toEqual([mine.id])
    expect((await sub(theirs.id)).status).toBe('active')

    // nobody writes subscriptions through the collection's routes, not even their owner or an admin
    for (const who of [me, admin]) {
      expect((await t.api.patch(`/api/subscriptions/${mine.id}`, { status: 'active', currentPeriodEnd: '2099-01-01T00:00:00.000Z' }, who.auth)).status).toBe(403)
      expect((await t.api.post('/api/subscriptions', { user: me.user.id, plan: monthly.id, status: 'active', provider: 'sandbox' }, who.auth)).status).toBe(403)
    }
    expect((await t.api.delete(`/api/subscriptions/${mine.id}`, me.auth)).status).toBe(403)
    expect(await sub(mine.id)).toMatchObject({ status: 'active' })
    // anonymous: nothing
    const anon = await t.api.get('/api/subscriptions')
    expect(anon.status === 403 || (anon.status === 200 && anon.body.docs.length === 0)).toBe(true)
    expect((await t.api.get('/api/subscriptions/me')).status).toBe(401)
    expect((await t.api.post('/api/subscriptions/subscribe', { plan: monthly.id, provider: 'sandbox' })).status).toBe(401)
    // admins read everyone's
    expect((await t.api.get(`/api/subscriptions/${theirs.id}`, admin.auth)).status).toBe(200)
  })

  it('refuses cross-user reads and changes over GraphQL', async () => {
    const mine = await activeSubscriber()
    const theirs = await activeSubscriber()
    const list = await t.api.graphql('{ UserSubscriptions(limit: 200) { docs { id status user { id } } } }', {}, mine.who.auth)
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.UserSubscriptions.docs.map((d: any) => d.id)).toEqual([mine.id])
    const filtered = await t.api.graphql(`{ UserSubscriptions(where: { user: { equals: ${theirs.who.user.id} } }) { docs { id } } }`, {}, mine.who.auth)
    expect(filtered.body.data?.UserSubscriptions?.docs ?? []).toHaveLength(0)
    const one = await t.api.graphql(`{ UserSubscription(id: ${theirs.id}) { id status } }`, {}, mine.who.auth)
    expect(one.body.data?.UserSubscription ?? null).toBeNull()
    for (const who of [mine.who, admin]) {
      const upd = await t.api.graphql(`mutation { updateUserSubscription(id: ${mine.id}, data: { status: active }) { id } }`, {}, who.auth)
      expect(upd.body.errors?.length).toBeGreaterThan(0)
    }
    const del = await t.api.graphql(`mutation { deleteUserSubscription(id: ${theirs.id}) { id } }`, {}, mine.who.auth)
    expect(del.body.errors?.length).toBeGreaterThan(0)
    expect((await sub(theirs.id)).status).toBe('active')
  })

  it('plans: everyone reads the plans on sale; only admins see the others and write', async () => {
    const anon = await t.api.get('/api/subscription-plans?limit=50')
    expect(anon.status).toBe(200)
    const slugs = anon.body.docs.map((p: any) => p.slug)
    expect(slugs).toEqual(expect.arrayContaining(['plus-monthly', 'plus-yearly']))
    expect(slugs).not.toContain('old-plan')
    expect((await t.api.get(`/api/subscription-plans/${hidden.id}`)).status).toBe(404)
    expect((await t.api.get(`/api/subscription-plans?where[active][equals]=false`, alice.auth)).body.docs).toHaveLength(0)
    const gql = await t.api.graphql('{ SubscriptionPlans(limit: 50) { docs { slug price currency period benefits { type percent } } } }')
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.SubscriptionPlans.docs.map((p: any) => p.slug)).not.toContain('old-plan')
    expect(gql.body.data.SubscriptionPlans.docs.find((p: any) => p.slug === 'plus-yearly').benefits).toEqual([
      { type: 'booking_discount', percent: 20 },
      { type: 'priority_booking', percent: null },
    ])
    expect((await t.api.get(`/api/subscription-plans/${hidden.id}`, admin.auth)).status).toBe(200)

    expect((await t.api.post('/api/subscription-plans', { name: 'X', slug: 'x-plan', price: 1, currency: 'XOF', period: 'month' }, alice.auth)).status).toBe(403)
    expect((await t.api.patch(`/api/subscription-plans/${monthly.id}`, { price: 1 }, alice.auth)).status).toBe(403)
    expect((await t.api.delete(`/api/subscription-plans/${monthly.id}`, alice.auth)).status).toBe(403)
    const gqlWrite = await t.api.graphql(`mutation { updateSubscriptionPlan(id: ${monthly.id}, data: { price: 1 }) { id } }`, {}, alice.auth)
    expect(gqlWrite.body.errors?.length).toBeGreaterThan(0)
    // a plan people subscribed to is taken off sale, not deleted
    const del = await t.api.delete(`/api/subscription-plans/${monthly.id}`, admin.auth)
    expect(del.status).toBe(409)
    expect(del.text).toContain('take it off sale')
    expect((await t.payload.findByID({ collection: 'subscription-plans', id: monthly.id, overrideAccess: true })).price).toBe(2000)
  })
})

describe('bad input gets 4xx, never 5xx', () => {
  it('subscribe, cancel, renew and plan writes', async () => {
    const who = await userSession(t.payload, t.api, ['participant'])
    const { id } = await activeSubscriber()
    const cases: [string, () => Promise<{ status: number; text: string }>, number][] = [
      ['empty body', () => subscribe(who, {}), 400],
      ['unknown plan', () => subscribe(who, { plan: 'no-such-plan', provider: 'sandbox' }), 404],
      ['unknown plan id', () => subscribe(who, { plan: 999999, provider: 'sandbox' }), 404],
      ['negative plan id', () => subscribe(who, { plan: -5, provider: 'sandbox' }), 400],
      ['plan as object', () => subscribe(who, { plan: { id: 1 }, provider: 'sandbox' }), 400],
      ['plan off sale', () => subscribe(who, { plan: hidden.id, provider: 'sandbox' }), 409],
      ['unknown provider', () => subscribe(who, { plan: monthly.id, provider: 'paypal' }), 400],
      ['disabled provider', () => subscribe(who, { plan: monthly.id, provider: 'moov-money', phone: '+2250700000000' }), 400],
      ['mobile money without a phone', () => subscribe(who, { plan: monthly.id, provider: 'mtn-momo' }), 400],
      ['bad phone', () => subscribe(who, { plan: monthly.id, provider: 'sandbox', phone: 'call me' }), 400],
      ['bad return url', () => subscribe(who, { plan: monthly.id, provider: 'sandbox', returnUrl: 'not a url' }), 400],
      ['provider as number', () => subscribe(who, { plan: monthly.id, provider: 7 }), 400],
      ['malformed JSON', () => t.api.request('POST', '/api/subscriptions/subscribe', { auth: who.auth, raw: '{"plan":', headers: { 'content-type': 'application/json' } }), 400],
      ['JSON array', () => t.api.request('POST', '/api/subscriptions/subscribe', { auth: who.auth, raw: '[1]', headers: { 'content-type': 'application/json' } }), 400],
      ['cancel a non-id', () => t.api.post('/api/subscriptions/abc/cancel', {}, who.auth), 404],
      ['cancel a huge id', () => t.api.post('/api/subscriptions/99999999999999999999/cancel', {}, who.auth), 404],
      ['cancel with bad flag', () => t.api.post(`/api/subscriptions/${id}/cancel`, { immediately: 'yes' }, admin.auth), 400],
      ['renew an active one', () => t.api.post(`/api/subscriptions/${id}/renew`, {}, admin.auth), 409],
      ['resume an active one', () => t.api.post(`/api/subscriptions/${id}/resume`, {}, admin.auth), 409],
      ['plan price 0', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 0, currency: 'XOF', period: 'month' }, admin.auth), 400],
      ['plan price as text', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: '12abc', currency: 'XOF', period: 'month' }, admin.auth), 400],
      ['plan fractional price', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 10.5, currency: 'XOF', period: 'month' }, admin.auth), 400],
      ['plan bad slug', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'Bad Slug', price: 100, currency: 'XOF', period: 'month' }, admin.auth), 400],
      ['plan bad currency', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'xof', period: 'month' }, admin.auth), 400],
      ['plan bad period', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'XOF', period: 'week' }, admin.auth), 400],
      ['plan discount over 100%', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'XOF', period: 'month', benefits: [{ type: 'booking_discount', percent: 150 }] }, admin.auth), 400],
      ['plan discount without percent', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'XOF', period: 'month', benefits: [{ type: 'booking_discount' }] }, admin.auth), 400],
      ['plan unknown benefit', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'XOF', period: 'month', benefits: [{ type: 'free_beer' }] }, admin.auth), 400],
      ['plan benefits as text', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'z-plan', price: 100, currency: 'XOF', period: 'month', benefits: 'all of them' }, admin.auth), 400],
      ['plan duplicate slug', () => t.api.post('/api/subscription-plans', { name: 'Z', slug: 'plus-monthly', price: 100, currency: 'XOF', period: 'month' }, admin.auth), 400],
    ]
    const wrong: string[] = []
    for (const [name, send, expected] of cases) {
      const res = await send()
      if (res.status !== expected) wrong.push(`${name}: ${res.status} ${res.text.slice(0, 200)}`)
    }
    expect(wrong).toEqual([])
    // nothing half-written: no subscription for the user who only sent bad requests
    expect((await t.payload.count({ collection: 'subscriptions', where: { user: { equals: who.user.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await t.payload.count({ collection: 'subscription-plans', where: { slug: { equals: 'z-plan' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('demo seed', () => {
  it('seeds a monthly and a yearly plan (fr + en) and an active subscription for a demo participant', async () => {
    const demo = await userSession(t.payload, t.api, ['participant'])
    await seedSubscriptions(t.payload, { usersByRole: { participant: [{ id: demo.user.id, email: demo.user.email }] } } as never)
    const plans = await t.api.get('/api/subscription-plans?where[slug][like]=vibe-plus&locale=en&sort=sortOrder')
    expect(plans.body.docs.map((p: any) => [p.slug, p.period, p.name])).toEqual([
      ['vibe-plus-monthly', 'month', 'Vibe+ monthly'],
      ['vibe-plus-yearly', 'year', 'Vibe+ yearly'],
    ])
    const me = await t.api.get('/api/subscriptions/me', demo.auth)
    expect(me.body.subscriptions).toHaveLength(1)
    expect(me.body.benefits).toMatchObject({ bookingDiscountPercent: 10 })
  })
})

describe('one live subscription per user and plan', () => {
  const race = async (who: Session, n: number) =>
    Promise.all(Array.from({ length: n }, () => subscribe(who, { plan: monthly.id, provider: 'sandbox' })))
  const live = async (who: Session) =>
    (await t.payload.find({ collection: 'subscriptions', where: { and: [{ user: { equals: who.user.id } }, { plan: { equals: monthly.id } }] }, overrideAccess: true, limit: 100 })).docs

  it('under concurrent subscribe requests exactly one subscription is made; the others get 409 or the same one', async () => {
    const who = await userSession(t.payload, t.api, ['participant'])
    const answers = await race(who, 12)
    const codes = answers.map((a) => a.status)
    expect(codes.filter((c) => c === 201)).toHaveLength(1)
    expect(codes.every((c) => [200, 201, 409].includes(c))).toBe(true)
    expect(await live(who)).toHaveLength(1)
    const ids = new Set(answers.filter((a) => a.status < 300).map((a) => a.body.subscription.id))
    expect(ids.size).toBe(1)
  })

  // last in the file: it drops the index
  it('control: without the partial unique index the same race makes duplicates', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl })
    await client.connect()
    try {
      await client.query('DROP INDEX subscriptions_one_live_per_user_plan')
    } finally {
      await client.end()
    }
    let worst = 0
    for (let round = 0; round < 4 && worst < 2; round++) {
      const who = await userSession(t.payload, t.api, ['participant'])
      await race(who, 12)
      worst = Math.max(worst, (await live(who)).length)
    }
    expect(worst).toBeGreaterThan(1)
  })
}, 300_000)
