/**
 * Local fake servers speaking each provider's documented protocol (only what the adapters use),
 * with knobs for the tests: the status each transaction reports, calls received.
 */
import type { AddressInfo } from 'node:net'

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'

export type Fake = { url: string; port: number; calls: { method: string; path: string; headers: IncomingMessage['headers']; body: string }[]; close: () => Promise<void> }

async function start(handler: (req: IncomingMessage, body: string, res: ServerResponse, url: URL) => void): Promise<Fake> {
  const calls: Fake['calls'] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      calls.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body })
      handler(req, body, res, url)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  }
}

const send = (res: ServerResponse, status: number, body?: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(body === undefined ? '' : JSON.stringify(body))
}

const bearerOk = (req: IncomingMessage, token: string) => req.headers.authorization === `Bearer ${token}`

/** Stripe API subset: customers, PaymentIntents create/retrieve, refunds (form-encoded requests, like the real API). */
export async function fakeStripe() {
  const intents = new Map<string, Record<string, any>>()
  const refunds: Record<string, any>[] = []
  const customers = new Map<string, Record<string, any>>()
  const replays = new Map<string, Record<string, any>>()
  const fake = await start((req, body, res, url) => {
    if (req.headers.authorization !== 'Bearer sk_test_fake') return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } })
    const form = new URLSearchParams(body)
    if (req.method === 'POST' && url.pathname === '/v1/customers') {
      // Stripe answers a repeated Idempotency-Key with the first answer
      const key = String(req.headers['idempotency-key'] ?? '')
      if (key && replays.has(key)) return send(res, 200, replays.get(key))
      const customer = { id: `cus_${randomBytes(7).toString('hex')}`, object: 'customer', email: form.get('email'), name: form.get('name'), metadata: { userId: form.get('metadata[userId]') } }
      customers.set(customer.id, customer)
      if (key) replays.set(key, customer)
      return send(res, 200, customer)
    }
    const c = url.pathname.match(/^\/v1\/customers\/([^/]+)$/)
    if (req.method === 'POST' && c) {
      const customer = customers.get(c[1])
      if (!customer) return send(res, 404, { error: { type: 'invalid_request_error', message: `No such customer: '${c[1]}'` } })
      if (form.has('email')) customer.email = form.get('email')
      if (form.has('name')) customer.name = form.get('name')
      return send(res, 200, customer)
    }
    if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
      if (form.get('customer') && !customers.has(form.get('customer')!)) return send(res, 400, { error: { type: 'invalid_request_error', message: 'No such customer' } })
      const id = `pi_${randomBytes(8).toString('hex')}`
      const pi = {
        id,
        object: 'payment_intent',
        amount: Number(form.get('amount')),
        amount_received: 0,
        currency: form.get('currency'),
        status: 'requires_payment_method',
        client_secret: `${id}_secret_${randomBytes(6).toString('hex')}`,
        metadata: { paymentId: form.get('metadata[paymentId]'), purpose: form.get('metadata[purpose]') },
        customer: form.get('customer'),
        idempotencyKey: req.headers['idempotency-key'],
      }
      intents.set(id, pi)
      return send(res, 200, pi)
    }
    const m = url.pathname.match(/^\/v1\/payment_intents\/([^/]+)$/)
    if (req.method === 'GET' && m) {
      const pi = intents.get(m[1])
      return pi ? send(res, 200, pi) : send(res, 404, { error: { type: 'invalid_request_error', message: 'No such payment_intent' } })
    }
    if (req.method === 'POST' && url.pathname === '/v1/refunds') {
      const pi = intents.get(form.get('payment_intent') ?? '')
      if (!pi) return send(res, 400, { error: { type: 'invalid_request_error', message: 'No such payment_intent' } })
      const refund = { id: `re_${randomBytes(6).toString('hex')}`, object: 'refund', amount: Number(form.get('amount') ?? pi.amount), payment_intent: pi.id, status: 'succeeded' }
      refunds.push(refund)
      return send(res, 200, refund)
    }
    send(res, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${url.pathname})` } })
  })
  return { ...fake, intents, refunds, customers }
}

/** Orange Money Web Payment: OAuth token, webpayment init, transactionstatus. */
export async function fakeOrange() {
  const transactions = new Map<string, { amount: number; notifToken: string; orderId: string; status: string }>()
  const fake = await start((req, body, res, url) => {
    if (req.method === 'POST' && url.pathname === '/oauth/v3/token') {
      if (req.headers.authorization !== `Basic ${Buffer.from('om-client:om-secret').toString('base64')}`) return send(res, 401, { error: 'invalid_client' })
      if (!body.includes('grant_type=client_credentials')) return send(res, 400, { error: 'invalid_request' })
      return send(res, 200, { token_type: 'Bearer', access_token: 'om-token', expires_in: 7776000 })
    }
    if (!bearerOk(req, 'om-token')) return send(res, 401, { code: 42, message: 'Expired credentials' })
    const json = JSON.parse(body || '{}')
    if (req.method === 'POST' && url.pathname === '/orange-money-webpay/dev/v1/webpayment') {
      if (json.merchant_key !== 'om-merchant' || !json.notif_url || !json.order_id || !Number.isInteger(json.amount)) return send(res, 400, { message: 'Bad request' })
      const payToken = `v1${randomBytes(8).toString('hex')}`
      const notifToken = randomBytes(10).toString('hex')
      transactions.set(payToken, { amount: json.amount, notifToken, orderId: json.order_id, status: 'INITIATED' })
      return send(res, 201, { status: 201, message: 'OK', pay_token: payToken, payment_url: `https://webpayment.fake/payment/pay_token/${payToken}`, notif_token: notifToken })
    }
    if (req.method === 'POST' && url.pathname === '/orange-money-webpay/dev/v1/transactionstatus') {
      const t = transactions.get(json.pay_token)
      if (!t || t.orderId !== json.order_id) return send(res, 404, { message: 'Transaction not found' })
      return send(res, 201, { status: t.status, order_id: t.orderId, txnid: t.status === 'SUCCESS' ? 'MP200101.0000.A00001' : undefined, amount: t.amount })
    }
    send(res, 404, { message: 'not found' })
  })
  return { ...fake, transactions }
}

/**
 * MTN MoMo: Collection (token, requesttopay → 202 with X-Reference-Id, GET status) and
 * Disbursement refunds (own token and subscription key; POST refund → 202, GET refund status).
 */
export async function fakeMtn() {
  const requests = new Map<string, { amount: string; currency: string; externalId: string; status: string; callbackUrl?: string }>()
  const refunds = new Map<string, { amount: string; currency: string; externalId: string; referenceIdToRefund: string; status: string }>()
  const fake = await start((req, body, res, url) => {
    const product = url.pathname.startsWith('/disbursement/') ? 'disbursement' : 'collection'
    const [sub, user, key, token] = product === 'collection' ? ['mtn-sub', 'mtn-user', 'mtn-key', 'mtn-token'] : ['mtn-disb-sub', 'mtn-disb-user', 'mtn-disb-key', 'mtn-disb-token']
    if (req.headers['ocp-apim-subscription-key'] !== sub) return send(res, 401, { statusCode: 401, message: 'Access denied due to invalid subscription key.' })
    if (req.method === 'POST' && url.pathname === `/${product}/token/`) {
      if (req.headers.authorization !== `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`) return send(res, 401, { error: 'login_failed' })
      return send(res, 200, { access_token: token, token_type: 'access_token', expires_in: 3600 })
    }
    if (!bearerOk(req, token)) return send(res, 401, { code: 'INVALID_CREDENTIALS' })
    if (req.headers['x-target-environment'] !== 'sandbox') return send(res, 400, { code: 'INVALID_TARGET_ENVIRONMENT' })
    if (req.method === 'POST' && url.pathname === '/collection/v1_0/requesttopay') {
      const ref = String(req.headers['x-reference-id'] ?? '')
      if (!/^[0-9a-f-]{36}$/.test(ref)) return send(res, 400, { code: 'INVALID_REFERENCE_ID' })
      if (requests.has(ref)) return send(res, 409, { code: 'RESOURCE_ALREADY_EXIST', message: 'Duplicated reference id.' })
      const json = JSON.parse(body)
      if (json.payer?.partyIdType !== 'MSISDN' || typeof json.amount !== 'string') return send(res, 400, { code: 'PAYER_NOT_FOUND' })
      requests.set(ref, { amount: json.amount, currency: json.currency, externalId: json.externalId, status: 'PENDING', callbackUrl: req.headers['x-callback-url'] as string })
      return send(res, 202)
    }
    const m = url.pathname.match(/^\/collection\/v1_0\/requesttopay\/([0-9a-f-]{36})$/)
    if (req.method === 'GET' && m) {
      const r = requests.get(m[1])
      if (!r) return send(res, 404, { code: 'RESOURCE_NOT_FOUND', message: 'Requested resource was not found.' })
      return send(res, 200, {
        amount: r.amount,
        currency: r.currency,
        externalId: r.externalId,
        payer: { partyIdType: 'MSISDN', partyId: '46733123450' },
        status: r.status,
        ...(r.status === 'SUCCESSFUL' ? { financialTransactionId: '23503452' } : {}),
      })
    }
    if (req.method === 'POST' && url.pathname === '/disbursement/v1_0/refund') {
      const ref = String(req.headers['x-reference-id'] ?? '')
      if (!/^[0-9a-f-]{36}$/.test(ref)) return send(res, 400, { code: 'INVALID_REFERENCE_ID' })
      if (refunds.has(ref)) return send(res, 409, { code: 'RESOURCE_ALREADY_EXIST', message: 'Duplicated reference id.' })
      const json = JSON.parse(body)
      if (requests.get(json.referenceIdToRefund)?.status !== 'SUCCESSFUL') return send(res, 404, { code: 'RESOURCE_NOT_FOUND', message: 'Requested resource was not found.' })
      if (typeof json.amount !== 'string') return send(res, 400, { code: 'INVALID_AMOUNT' })
      refunds.set(ref, { amount: json.amount, currency: json.currency, externalId: json.externalId, referenceIdToRefund: json.referenceIdToRefund, status: 'PENDING' })
      return send(res, 202)
    }
    const r = url.pathname.match(/^\/disbursement\/v1_0\/refund\/([0-9a-f-]{36})$/)
    if (req.method === 'GET' && r) {
      const refund = refunds.get(r[1])
      if (!refund) return send(res, 404, { code: 'RESOURCE_NOT_FOUND', message: 'Requested resource was not found.' })
      return send(res, 200, { amount: refund.amount, currency: refund.currency, externalId: refund.externalId, status: refund.status, ...(refund.status === 'SUCCESSFUL' ? { financialTransactionId: '88812345' } : {}) })
    }
    send(res, 404, { code: 'RESOURCE_NOT_FOUND' })
  })
  return { ...fake, requests, refunds }
}

/** Moov Money merchant API (same shape as the other operators). */
export async function fakeMoov() {
  const payments = new Map<string, { amount: string; currency: string; externalId: string; status: string }>()
  const fake = await start((req, body, res, url) => {
    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      if (req.headers.authorization !== `Basic ${Buffer.from('moov-client:moov-secret').toString('base64')}`) return send(res, 401, { error: 'invalid_client' })
      return send(res, 200, { access_token: 'moov-token', expires_in: 3600 })
    }
    if (!bearerOk(req, 'moov-token')) return send(res, 401, { error: 'unauthorized' })
    if (req.method === 'POST' && url.pathname === '/v1/payments/push') {
      const json = JSON.parse(body)
      const id = `MOOV${randomBytes(5).toString('hex')}`
      payments.set(id, { amount: json.amount, currency: json.currency, externalId: json.externalId, status: 'PENDING' })
      return send(res, 202, { transactionId: id, status: 'PENDING' })
    }
    const m = url.pathname.match(/^\/v1\/payments\/([^/]+)$/)
    if (req.method === 'GET' && m) {
      const p = payments.get(m[1])
      return p ? send(res, 200, { transactionId: m[1], ...p }) : send(res, 404, { error: 'not_found' })
    }
    send(res, 404, { error: 'not_found' })
  })
  return { ...fake, payments }
}
