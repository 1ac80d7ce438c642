/**
 * Orange Money Web Payment (developer.orange.com "Orange Money Web Payment / M Payment"):
 *  - POST {base}/oauth/v3/token (Basic client credentials, grant_type=client_credentials)
 *  - POST {base}/orange-money-webpay/{country}/v1/webpayment → { pay_token, payment_url, notif_token }
 *  - notification POST to notif_url { status, notif_token, txnid }: checked against the stored notif_token
 *  - POST {base}/orange-money-webpay/{country}/v1/transactionstatus { order_id, amount, pay_token } → { status, txnid }
 * The Web Payment API has no refund call: refunds are made from the Orange merchant portal.
 */
import { timingSafeEqual } from 'node:crypto'

import type { PaymentProvider, ProviderOutcome, ProviderPayment } from './types'

import { callJson, ProviderError, TokenCache, WebhookRejected } from './types'

export type OrangeMoneySettings = {
  baseUrl: string
  clientId: string
  clientSecret: string
  merchantKey: string
  /** Path segment of the API: `dev` in the sandbox, the country code (ci, sn, ml, …) in production. */
  country: string
  /** Currency sent to Orange; the sandbox only accepts `OUV`. Defaults to the payment's currency. */
  currency?: string
}

const STATUS: Record<string, ProviderOutcome['status']> = {
  EXPIRED: 'expired',
  FAILED: 'failed',
  INITIATED: 'pending',
  PENDING: 'processing',
  SUCCESS: 'paid',
}

const tokens = new Map<string, TokenCache>()

export function orangeMoneyProvider(s: OrangeMoneySettings): PaymentProvider {
  const base = s.baseUrl.replace(/\/$/, '')
  const api = `${base}/orange-money-webpay/${s.country}/v1`
  const cacheKey = `${base}|${s.clientId}`
  if (!tokens.has(cacheKey)) tokens.set(cacheKey, new TokenCache())

  const token = () =>
    tokens.get(cacheKey)!.get(async () => {
      const { body } = await callJson(`${base}/oauth/v3/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${s.clientId}:${s.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
      })
      if (!body?.access_token) throw new ProviderError('Orange Money token answer has no access_token.', body)
      return { value: body.access_token, expiresIn: Number(body.expires_in ?? 3600) }
    })

  const orderId = (p: ProviderPayment) => `VIBE-${p.id}`

  return {
    name: 'orange-money',
    polled: true,

    async initiate(payment, ctx) {
      const { body } = await callJson(`${api}/webpayment`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          merchant_key: s.merchantKey,
          currency: s.currency ?? payment.currency,
          order_id: orderId(payment),
          amount: payment.amount,
          return_url: ctx.returnUrl,
          cancel_url: ctx.cancelUrl,
          notif_url: ctx.notifyUrl,
          lang: 'fr',
          reference: (payment.description ?? payment.purpose).slice(0, 30),
        }),
        expect: [200, 201],
      })
      if (!body?.pay_token || !body?.payment_url || !body?.notif_token) {
        throw new ProviderError('Orange Money did not return pay_token, payment_url and notif_token.', body)
      }
      return {
        providerReference: body.pay_token,
        callbackToken: body.notif_token,
        providerData: { orderId: orderId(payment), payToken: body.pay_token },
        client: { type: 'redirect' as const, url: body.payment_url },
      }
    },

    async verifyWebhook({ rawBody }) {
      let body: any
      try {
        body = JSON.parse(rawBody)
      } catch {
        throw new WebhookRejected('Orange Money notification is not JSON.')
      }
      if (!body || typeof body.notif_token !== 'string' || typeof body.status !== 'string') {
        throw new WebhookRejected('Orange Money notification needs notif_token and status.')
      }
      // The notif_token is matched against the one stored for the payment (lookup by callbackToken).
      return {
        eventId: `orange-money:${body.notif_token}:${body.txnid ?? '-'}:${body.status}`,
        type: `notification.${String(body.status).toLowerCase()}`,
        payload: body,
        lookup: { callbackToken: body.notif_token },
      }
    },

    async fetchStatus(payment) {
      const { body } = await callJson(`${api}/transactionstatus`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ order_id: orderId(payment), amount: payment.amount, pay_token: payment.providerReference }),
        expect: [200, 201],
      })
      const status = STATUS[String(body?.status ?? '').toUpperCase()]
      if (!status) throw new ProviderError(`Orange Money returned an unknown status "${body?.status}".`, body)
      // Orange echoes the amount of the transaction it holds for this pay_token.
      return { status, amount: body.amount === undefined ? payment.amount : Number(body.amount), currency: payment.currency }
    },
  }
}

/** Constant-time comparison of two secrets. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
