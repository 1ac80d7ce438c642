/**
 * Each adapter against a local fake speaking the provider's documented protocol: Stripe (the real
 * SDK pointed at the fake, webhooks signed with generateTestHeaderString), Orange Money Web Payment,
 * MTN MoMo Collection, Moov Money. Webhooks: verify → store → 2xx → job applies once.
 */
import { randomUUID } from 'node:crypto'
import { createLocalReq } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { RequestPaymentInput } from '../../src/plugins/payments'
import type { Auth } from '../helpers/client'

import { logger } from '../../src/lib/logger'
import { requestPayment } from '../../src/plugins/payments'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { fakeMoov, fakeMtn, fakeOrange, fakeStripe } from './fakes'
import { fired } from './purpose'

const WHSEC = 'whsec_test_secret'
let t: TestServer
let stripeFake: Awaited<ReturnType<typeof fakeStripe>>
let orange: Awaited<ReturnType<typeof fakeOrange>>
let mtn: Awaited<ReturnType<typeof fakeMtn>>
let moov: Awaited<ReturnType<typeof fakeMoov>>
let payer: { auth: Auth; user: any }
let admin: { auth: Auth; user: any }
const signer = new Stripe('sk_test_fake')

beforeAll(async () => {
  ;[stripeFake, orange, mtn, moov] = await Promise.all([fakeStripe(), fakeOrange(), fakeMtn(), fakeMoov()])
  t = await startTestServer({
    env: {
      STRIPE_SECRET_KEY: 'sk_test_fake',
      STRIPE_WEBHOOK_SECRET: WHSEC,
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: String(stripeFake.port),
      STRIPE_API_PROTOCOL: 'http',
      ORANGE_MONEY_BASE_URL: orange.url,
      ORANGE_MONEY_CLIENT_ID: 'om-client',
      ORANGE_MONEY_CLIENT_SECRET: 'om-secret',
      ORANGE_MONEY_MERCHANT_KEY: 'om-merchant',
      MTN_MOMO_BASE_URL: mtn.url,
      MTN_MOMO_SUBSCRIPTION_KEY: 'mtn-sub',
      MTN_MOMO_API_USER: 'mtn-user',
      MTN_MOMO_API_KEY: 'mtn-key',
      MTN_MOMO_DISBURSEMENT_SUBSCRIPTION_KEY: 'mtn-disb-sub',
      MTN_MOMO_DISBURSEMENT_API_USER: 'mtn-disb-user',
      MTN_MOMO_DISBURSEMENT_API_KEY: 'mtn-disb-key',
      MOOV_MONEY_BASE_URL: moov.url,
      MOOV_MONEY_CLIENT_ID: 'moov-client',
      MOOV_MONEY_CLIENT_SECRET: 'moov-secret',
    },
  })
  payer = await userSession(t.payload, t.api, ['participant'])
  admin = await userSession(t.payload, t.api, ['admin'])
})
afterAll(async () => {
  await t?.close()
  await Promise.all([stripeFake, orange, mtn, moov].map((f) => f?.close()))
})

async function open(over: Partial<RequestPaymentInput>) {
  const req = await createLocalReq({ user: payer.user }, t.payload)
  return requestPayment(req, {
    purpose: 'test.order',
    resource: { collection: 'users', id: payer.user.id },
    payer: payer.user.id,
    amount: 5000,
    currency: 'XOF',
    provider: 'sandbox',
    idempotencyKey: `order-${randomUUID()}`,
    ...over,
  })
}
const runJobs = () => t.payload.jobs.run({ queue: 'payments', limit: 50 })
const reconcile = async () => {
  await t.payload.jobs.queue({ task: 'payments-reconcile', input: {}, queue: 'payments' })
  await runJobs()
}
const payment = (id: number) => t.payload.findByID({ collection: 'payments', id, depth: 0 }) as Promise<any>
const eventCount = async () => (await t.payload.count({ collection: 'payment-events' })).totalDocs
const events = async (id: number) =>
  (await t.payload.find({ collection: 'payment-events', where: { payment: { equals: id } }, depth: 0, sort: 'id' })).docs as any[]

const raw = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
  t.api.request(method, path, { raw: body, headers: { 'content-type': 'application/json', ...headers } })

describe('Stripe', () => {
  const stripeEvent = (id: string, type: string, object: Record<string, unknown>) =>
    JSON.stringify({ id, object: 'event', api_version: '2025-01-27', created: 1_700_000_000, livemode: false, type, data: { object } })
  const send = (body: string, secret = WHSEC) =>
    raw('POST', '/api/payments/webhooks/stripe', body, { 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: body, secret }) })
  const piObject = (piId: string, over: Record<string, unknown> = {}) => {
    const pi = stripeFake.intents.get(piId)!
    return { ...pi, status: 'succeeded', amount_received: pi.amount, ...over }
  }

  it('creates a PaymentIntent with the server amount through the SDK and returns the client secret', async () => {
    const res = await open({ provider: 'stripe', currency: 'EUR', amount: 1999 })
    expect(res.client).toMatchObject({ type: 'stripe_payment_intent', clientSecret: expect.stringMatching(/^pi_.+_secret_/) })
    const pi = stripeFake.intents.get((res.client as any).paymentIntentId)!
    expect(pi).toMatchObject({ amount: 1999, currency: 'eur', metadata: { paymentId: String(res.paymentId), purpose: 'test.order' } })
    expect(pi.idempotencyKey).toBe(`vibe-payment-${res.paymentId}`)
    expect((await payment(res.paymentId)).providerReference).toBe(pi.id)
  })

  it('makes the payer a Stripe customer once (even when two first payments race) and attaches it to every PaymentIntent', async () => {
    const buyer = await userSession(t.payload, t.api, ['customer'], { firstName: 'Awa', lastName: 'Diop' })
    const pay = (idempotencyKey: string) =>
      createLocalReq({ user: buyer.user }, t.payload).then((req) =>
        requestPayment(req, { purpose: 'test.order', resource: { collection: 'users', id: buyer.user.id }, payer: buyer.user.id, amount: 1500, currency: 'EUR', provider: 'stripe', idempotencyKey }),
      )
    const before = stripeFake.customers.size
    const [a, b] = await Promise.all([pay(`order-${randomUUID()}`), pay(`order-${randomUUID()}`)])
    const c = await pay(`order-${randomUUID()}`)
    expect(stripeFake.customers.size).toBe(before + 1)
    const user = (await t.payload.findByID({ collection: 'users', id: buyer.user.id, depth: 0 })) as any
    expect(user.stripeCustomerId).toMatch(/^cus_/)
    expect(stripeFake.customers.get(user.stripeCustomerId)).toMatchObject({ email: buyer.user.email, name: 'Awa Diop', metadata: { userId: String(buyer.user.id) } })
    for (const res of [a, b, c]) expect(stripeFake.intents.get((res.client as any).paymentIntentId)!.customer).toBe(user.stripeCustomerId)
  })

  it('keeps the Stripe customer in sync when the user changes e-mail or name (job); users can neither read nor set the id', async () => {
    const buyer = await userSession(t.payload, t.api, ['customer'], { firstName: 'Moussa' })
    const req = await createLocalReq({ user: buyer.user }, t.payload)
    await requestPayment(req, { purpose: 'test.order', resource: { collection: 'users', id: buyer.user.id }, payer: buyer.user.id, amount: 900, currency: 'EUR', provider: 'stripe', idempotencyKey: `order-${randomUUID()}` })
    const customerId = ((await t.payload.findByID({ collection: 'users', id: buyer.user.id, depth: 0 })) as any).stripeCustomerId

    // the user edits their profile over REST: the id is neither shown nor writable
    const me = await t.api.get(`/api/users/${buyer.user.id}`, buyer.auth)
    expect(me.status).toBe(200)
    expect(me.body.stripeCustomerId).toBeUndefined()
    const patch = await t.api.patch(`/api/users/${buyer.user.id}`, { lastName: 'Konaté', stripeCustomerId: 'cus_forged' }, buyer.auth)
    expect(patch.status).toBe(200)
    expect(((await t.payload.findByID({ collection: 'users', id: buyer.user.id, depth: 0 })) as any).stripeCustomerId).toBe(customerId)
    expect((await t.api.get(`/api/users/${buyer.user.id}`, admin.auth)).body.stripeCustomerId).toBe(customerId)
    const query = `query { User(id: ${buyer.user.id}) { email stripeCustomerId } }`
    expect((await t.api.graphql(query, undefined, buyer.auth)).body.data.User).toEqual({ email: buyer.user.email, stripeCustomerId: null })
    expect((await t.api.graphql(query, undefined, admin.auth)).body.data.User.stripeCustomerId).toBe(customerId)

    expect(stripeFake.customers.get(customerId)!.name).toBe('Moussa')
    await runJobs()
    expect(stripeFake.customers.get(customerId)!.name).toBe('Moussa Konaté')
    // a change that is not the e-mail or the name queues nothing
    await t.api.patch(`/api/users/${buyer.user.id}`, { city: 'Dakar' }, buyer.auth)
    const queued = await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'payments-sync-customer' }, completedAt: { exists: false } } })
    expect(queued.totalDocs).toBe(0)
  })

  it('bad or missing signature → 400 and nothing stored', async () => {
    const res = await open({ provider: 'stripe' })
    const piId = (res.client as any).paymentIntentId
    const before = await eventCount()
    const body = stripeEvent('evt_forged', 'payment_intent.succeeded', piObject(piId))
    expect((await send(body, 'whsec_wrong')).status).toBe(400)
    expect((await raw('POST', '/api/payments/webhooks/stripe', body)).status).toBe(400)
    // body changed after signing
    const signed = signer.webhooks.generateTestHeaderString({ payload: body, secret: WHSEC })
    expect((await raw('POST', '/api/payments/webhooks/stripe', body.replace('5000', '1'), { 'stripe-signature': signed })).status).toBe(400)
    expect(await eventCount()).toBe(before)
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('pending')
  })

  it('the same event twice is stored and applied once; an out-of-order older event changes nothing', async () => {
    const res = await open({ provider: 'stripe' })
    const piId = (res.client as any).paymentIntentId
    const succeeded = stripeEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', piObject(piId))
    const first = await send(succeeded)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ received: true, duplicate: false })
    const second = await send(succeeded)
    expect(second.body).toEqual({ received: true, duplicate: true })
    await runJobs()
    // Stripe delivers "processing" late
    await send(stripeEvent(`evt_${randomUUID()}`, 'payment_intent.processing', piObject(piId, { status: 'processing' })))
    await runJobs()
    const p = await payment(res.paymentId)
    expect(p.status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
    const evs = await events(res.paymentId)
    expect(evs.map((e) => e.result)).toEqual(['applied', 'ignored'])
  })

  it('a failed attempt is not final in Stripe: the payer retries and the payment is paid', async () => {
    const res = await open({ provider: 'stripe' })
    const piId = (res.client as any).paymentIntentId
    await send(stripeEvent(`evt_${randomUUID()}`, 'payment_intent.processing', piObject(piId, { status: 'processing' })))
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('processing')
    await send(
      stripeEvent(`evt_${randomUUID()}`, 'payment_intent.payment_failed', piObject(piId, { status: 'requires_payment_method', last_payment_error: { message: 'Your card was declined.' } })),
    )
    await runJobs()
    expect(await payment(res.paymentId)).toMatchObject({ status: 'pending', failureReason: 'Your card was declined.' })
    expect(fired.failed.get(res.paymentId)).toBeUndefined()
    await send(stripeEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', piObject(piId)))
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('ignores a paid event whose amount differs from the ledger (server amounts only)', async () => {
    const res = await open({ provider: 'stripe', amount: 5000 })
    const piId = (res.client as any).paymentIntentId
    await send(stripeEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', piObject(piId, { amount: 100, amount_received: 100 })))
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('pending')
    const [ev] = await events(res.paymentId)
    expect(ev).toMatchObject({ result: 'amount_mismatch', error: expect.stringContaining('ledger expects 5000 XOF') })
    expect(fired.paid.get(res.paymentId)).toBeUndefined()
  })

  it('a signed event for an unknown payment → 200, logged, stored once as ignored with the reason (Stripe would retry non-2xx for days, then disable the endpoint)', async () => {
    const warn = vi.spyOn(logger, 'warn')
    const before = await eventCount()
    const eventId = `evt_${randomUUID()}`
    const body = stripeEvent(eventId, 'payment_intent.succeeded', { id: 'pi_nobody', object: 'payment_intent', amount: 1, amount_received: 1, currency: 'eur', status: 'succeeded', metadata: {} })
    const res = await send(body)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ received: true, ignored: true, reason: 'No payment on this server matches this event.', duplicate: false })
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ provider: 'stripe', eventId }), 'payments: webhook for an unknown payment')
    warn.mockRestore()
    // Stripe redelivers: acknowledged again, stored once
    expect((await send(body)).body).toMatchObject({ received: true, ignored: true, duplicate: true })
    // a refund about a charge of an unknown PaymentIntent too
    const refundId = `evt_${randomUUID()}`
    const refund = await send(stripeEvent(refundId, 'charge.refunded', { id: 'ch_nobody', object: 'charge', amount: 100, amount_refunded: 100, currency: 'eur', payment_intent: 'pi_nobody' }))
    expect(refund.status).toBe(200)
    expect(await eventCount()).toBe(before + 2)
    const stored = (await t.payload.find({ collection: 'payment-events', where: { eventId: { in: [eventId, refundId] } }, depth: 0, sort: 'id' })).docs as any[]
    expect(stored.map((e) => [e.eventId, e.provider, e.payment ?? null, e.result, e.error, Boolean(e.processedAt)])).toEqual([
      [eventId, 'stripe', null, 'ignored', 'No payment on this server matches this event.', true],
      [refundId, 'stripe', null, 'ignored', 'No payment on this server matches this event.', true],
    ])
    // processed already: the apply job and reconciliation leave them alone
    await reconcile()
    expect((await t.payload.findByID({ collection: 'payment-events', id: stored[0].id, depth: 0 }) as any).attempts).toBe(0)
    // the same unknown event with a bad signature is still refused and not stored
    const forged = stripeEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', { id: 'pi_nobody', object: 'payment_intent', amount: 1, currency: 'eur', status: 'succeeded', metadata: {} })
    expect((await send(forged, 'whsec_wrong')).status).toBe(400)
    expect(await eventCount()).toBe(before + 2)
  })

  it('admin refunds call Stripe; the later charge.refunded webhook does not count the refund twice', async () => {
    const res = await open({ provider: 'stripe', amount: 4000 })
    const piId = (res.client as any).paymentIntentId
    await send(stripeEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', piObject(piId)))
    await runJobs()
    const r = await t.api.post(`/api/payments/${res.paymentId}/refund`, { amount: 1500 }, admin.auth)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ status: 'partially_refunded', refundedAmount: 1500 })
    expect(stripeFake.refunds.at(-1)).toMatchObject({ payment_intent: piId, amount: 1500 })
    await send(stripeEvent(`evt_${randomUUID()}`, 'charge.refunded', { id: 'ch_1', object: 'charge', amount: 4000, amount_refunded: 1500, currency: 'xof', payment_intent: piId }))
    await runJobs()
    expect(await payment(res.paymentId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 1500 })
    // a refund made in the Stripe dashboard for the rest is recorded from the webhook
    await send(stripeEvent(`evt_${randomUUID()}`, 'charge.refunded', { id: 'ch_1', object: 'charge', amount: 4000, amount_refunded: 4000, currency: 'xof', payment_intent: piId }))
    await runJobs()
    expect(await payment(res.paymentId)).toMatchObject({ status: 'refunded', refundedAmount: 4000 })
    expect(fired.refunded.filter((x) => x.id === res.paymentId).map((x) => x.amount)).toEqual([1500, 2500])
  })
})

describe('Orange Money Web Payment', () => {
  const notify = (body: unknown) => raw('POST', '/api/payments/webhooks/orange-money', JSON.stringify(body))

  it('initialises a web payment with the OAuth token and returns the payment URL', async () => {
    const res = await open({ provider: 'orange-money', amount: 7500 })
    expect(res.client).toMatchObject({ type: 'redirect', url: expect.stringContaining('https://webpayment.fake/payment/pay_token/') })
    const init = orange.calls.find((c) => c.path.endsWith('/webpayment'))!
    expect(JSON.parse(init.body)).toMatchObject({
      merchant_key: 'om-merchant',
      amount: 7500,
      currency: 'XOF',
      order_id: `VIBE-${res.paymentId}`,
      notif_url: `${t.url}/api/payments/webhooks/orange-money`,
    })
  })

  it('a notification with a wrong notif_token → 404 and nothing stored; a malformed one → 400', async () => {
    await open({ provider: 'orange-money' })
    const before = await eventCount()
    expect((await notify({ status: 'SUCCESS', notif_token: 'forged', txnid: 'MP1' })).status).toBe(404)
    expect((await notify({ status: 'SUCCESS' })).status).toBe(400)
    expect((await raw('POST', '/api/payments/webhooks/orange-money', 'not json')).status).toBe(400)
    expect(await eventCount()).toBe(before)
  })

  it('confirms a notification with the transaction status before marking paid, once', async () => {
    const res = await open({ provider: 'orange-money' })
    const p = await payment(res.paymentId)
    const tx = orange.transactions.get(p.providerReference)!
    // the notification claims SUCCESS but Orange still reports INITIATED: not paid
    await notify({ status: 'SUCCESS', notif_token: tx.notifToken, txnid: 'MP-early' })
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('pending')
    tx.status = 'SUCCESS'
    const ok = await notify({ status: 'SUCCESS', notif_token: tx.notifToken, txnid: 'MP200101.0000.A00001' })
    expect(ok.status).toBe(200)
    expect((await notify({ status: 'SUCCESS', notif_token: tx.notifToken, txnid: 'MP200101.0000.A00001' })).body.duplicate).toBe(true)
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('refunds are refused with a clear message: the Web Payment API has none', async () => {
    const res = await open({ provider: 'orange-money' })
    const p = await payment(res.paymentId)
    orange.transactions.get(p.providerReference)!.status = 'SUCCESS'
    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')
    const r = await t.api.post(`/api/payments/${res.paymentId}/refund`, {}, admin.auth)
    expect(r.status).toBe(422)
    expect(r.body.errors[0].message).toContain('merchant portal')
  })
})

describe('MTN MoMo Collection', () => {
  it('sends request-to-pay with a fresh X-Reference-Id per attempt and the amount as a string', async () => {
    const a = await open({ provider: 'mtn-momo', phone: '+2250700000001', amount: 5000 })
    const b = await open({ provider: 'mtn-momo', phone: '+2250700000001', amount: 1200, currency: 'EUR' })
    expect(a.client).toEqual({ type: 'confirm_on_phone', message: expect.stringContaining('MTN MoMo') })
    const calls = mtn.calls.filter((c) => c.path === '/collection/v1_0/requesttopay')
    const refs = calls.map((c) => c.headers['x-reference-id'])
    expect(new Set(refs).size).toBe(refs.length)
    expect(JSON.parse(calls.at(-2)!.body)).toMatchObject({ amount: '5000', currency: 'XOF', externalId: String(a.paymentId), payer: { partyIdType: 'MSISDN', partyId: '2250700000001' } })
    expect(JSON.parse(calls.at(-1)!.body)).toMatchObject({ amount: '12.00', currency: 'EUR' })
    expect(calls.at(-1)!.headers['x-callback-url']).toBe(`${t.url}/api/payments/webhooks/mtn-momo`)
    expect((await payment(b.paymentId)).providerReference).toBe(refs.at(-1))
  })

  it('treats a callback as a hint (PUT or POST): the status comes from GET request-to-pay', async () => {
    const res = await open({ provider: 'mtn-momo', phone: '+2250700000002' })
    const p = await payment(res.paymentId)
    // a forged "SUCCESSFUL" callback while MTN says PENDING
    const put = await raw('PUT', '/api/payments/webhooks/mtn-momo', JSON.stringify({ externalId: String(res.paymentId), status: 'SUCCESSFUL', amount: '1', currency: 'XOF' }))
    expect(put.status).toBe(200)
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('processing')
    mtn.requests.get(p.providerReference)!.status = 'SUCCESSFUL'
    const post = await raw('POST', '/api/payments/webhooks/mtn-momo', JSON.stringify({ externalId: String(res.paymentId), financialTransactionId: '23503452', status: 'SUCCESSFUL' }))
    expect(post.status).toBe(200)
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
    expect(mtn.calls.some((c) => c.method === 'GET' && c.path.endsWith(p.providerReference))).toBe(true)
  })

  it('a callback for an unknown payment → 404, logged', async () => {
    const warn = vi.spyOn(logger, 'warn')
    const r = await raw('PUT', '/api/payments/webhooks/mtn-momo', JSON.stringify({ externalId: '987654', status: 'SUCCESSFUL' }))
    expect(r.status).toBe(404)
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ provider: 'mtn-momo' }), 'payments: webhook for an unknown payment')
    warn.mockRestore()
  })

  it('reconciliation polls pending payments without any callback until they are final', async () => {
    const ok = await open({ provider: 'mtn-momo', phone: '+2250700000003' })
    const ko = await open({ provider: 'mtn-momo', phone: '+2250700000004' })
    await reconcile()
    expect((await payment(ok.paymentId)).status).toBe('processing')
    mtn.requests.get((await payment(ok.paymentId)).providerReference)!.status = 'SUCCESSFUL'
    mtn.requests.get((await payment(ko.paymentId)).providerReference)!.status = 'FAILED'
    await reconcile()
    await reconcile()
    expect((await payment(ok.paymentId)).status).toBe('paid')
    expect((await payment(ko.paymentId)).status).toBe('failed')
    expect(fired.paid.get(ok.paymentId)).toBe(1)
    expect(fired.failed.get(ko.paymentId)).toBe(1)
  })

  it('refuses to open a MoMo payment without a phone number', async () => {
    await expect(open({ provider: 'mtn-momo' })).rejects.toMatchObject({ status: 400 })
  })

  it('refunds through Disbursement: pending until MTN confirms, counted against what is left; a failed one frees its amount', async () => {
    const res = await open({ provider: 'mtn-momo', phone: '+2250700000005', amount: 3000 })
    const reference = (await payment(res.paymentId)).providerReference
    mtn.requests.get(reference)!.status = 'SUCCESSFUL'
    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')

    const first = await t.api.post(`/api/payments/${res.paymentId}/refund`, { amount: 1000, reason: 'cours annulé' }, admin.auth)
    expect(first.status).toBe(200)
    expect(first.body.status).toBe('paid')
    expect(first.body.refunds).toEqual([expect.objectContaining({ amount: 1000, status: 'pending' })])
    const sent = mtn.calls.filter((c) => c.method === 'POST' && c.path === '/disbursement/v1_0/refund').at(-1)!
    expect(sent.headers['ocp-apim-subscription-key']).toBe('mtn-disb-sub')
    expect(JSON.parse(sent.body)).toMatchObject({ amount: '1000', currency: 'XOF', referenceIdToRefund: reference })
    // what MTN has not answered yet still counts against what is left
    const tooMuch = await t.api.post(`/api/payments/${res.paymentId}/refund`, { amount: 2500 }, admin.auth)
    expect(tooMuch.status).toBe(422)
    expect(tooMuch.body.errors[0].message).toContain('at most 2000')
    expect((await t.api.post(`/api/payments/${res.paymentId}/refund`, { amount: 2000 }, admin.auth)).status).toBe(200)
    const none = await t.api.post(`/api/payments/${res.paymentId}/refund`, {}, admin.auth)
    expect(none.status).toBe(409)
    expect(none.body.errors[0].message).toContain('being refunded')

    await reconcile()
    expect(await payment(res.paymentId)).toMatchObject({ status: 'paid' })
    expect(fired.refunded.filter((x) => x.id === res.paymentId)).toEqual([])

    const [one, two] = (await payment(res.paymentId)).refunds.map((r: { providerRefundId: string }) => r.providerRefundId)
    mtn.refunds.get(one)!.status = 'SUCCESSFUL'
    mtn.refunds.get(two)!.status = 'FAILED'
    await reconcile()
    await reconcile()
    const after = await payment(res.paymentId)
    expect(after).toMatchObject({ status: 'partially_refunded', refundedAmount: 1000 })
    expect(after.refunds.map((r: { status: string }) => r.status)).toEqual(['succeeded', 'failed'])
    expect(fired.refunded.filter((x) => x.id === res.paymentId).map((x) => x.amount)).toEqual([1000])
    // the failed 2000 can be refunded again
    expect((await t.api.post(`/api/payments/${res.paymentId}/refund`, { amount: 2000 }, admin.auth)).status).toBe(200)
  })
})

describe('Moov Money', () => {
  it('pushes the payment, confirms callbacks by re-reading the status, and reconciles', async () => {
    const res = await open({ provider: 'moov-money', phone: '+22890000001' })
    expect(res.client).toMatchObject({ type: 'confirm_on_phone' })
    const p = await payment(res.paymentId)
    expect(JSON.parse(moov.calls.find((c) => c.path === '/v1/payments/push')!.body)).toMatchObject({ amount: '5000', msisdn: '22890000001', externalId: String(res.paymentId) })
    expect((await raw('POST', '/api/payments/webhooks/moov-money', JSON.stringify({ transactionId: 'MOOVnobody', status: 'SUCCESS' }))).status).toBe(404)
    // callback says SUCCESS, Moov still says PENDING
    await raw('POST', '/api/payments/webhooks/moov-money', JSON.stringify({ transactionId: p.providerReference, status: 'SUCCESS' }))
    await runJobs()
    expect((await payment(res.paymentId)).status).toBe('processing')
    moov.payments.get(p.providerReference)!.status = 'SUCCESS'
    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('a provider that refuses to open the payment → 502 and the ledger row is failed', async () => {
    const before = moov.calls.length
    await moov.close()
    await expect(open({ provider: 'moov-money', phone: '+22890000002' })).rejects.toMatchObject({ status: 502 })
    expect(moov.calls.length).toBe(before)
    const last = (await t.payload.find({ collection: 'payments', where: { provider: { equals: 'moov-money' } }, sort: '-id', limit: 1 })).docs[0] as any
    expect(last).toMatchObject({ status: 'failed', failureReason: expect.stringContaining('Could not reach') })
  })
})
