/**
 * Moov Money (Moov Africa merchant API). Moov publishes its merchant API to contracted merchants
 * only; this adapter follows the same shape as the other operators and is configured by base URL:
 *  - POST {base}/oauth/token (Basic clientId:clientSecret, grant_type=client_credentials) → { access_token, expires_in }
 *  - POST {base}/v1/payments/push { amount, currency, msisdn, externalId, callbackUrl, description } → { transactionId, status }
 *  - callback POST { transactionId, externalId, status }: only a hint
 *  - GET {base}/v1/payments/{transactionId} → { status: PENDING|SUCCESS|FAILED|EXPIRED, amount, currency }
 */
import type { PaymentProvider, ProviderOutcome } from './types'

import { majorToMinor, minorToMajorString } from '../services/money'
import { callJson, ProviderError, TokenCache, WebhookRejected } from './types'

export type MoovMoneySettings = { baseUrl: string; clientId: string; clientSecret: string }

const STATUS: Record<string, ProviderOutcome['status']> = {
  CANCELLED: 'cancelled',
  EXPIRED: 'expired',
  FAILED: 'failed',
  PENDING: 'processing',
  SUCCESS: 'paid',
}

const tokens = new Map<string, TokenCache>()

export function moovMoneyProvider(s: MoovMoneySettings): PaymentProvider {
  const base = s.baseUrl.replace(/\/$/, '')
  const cacheKey = `${base}|${s.clientId}`
  if (!tokens.has(cacheKey)) tokens.set(cacheKey, new TokenCache())
  const token = () =>
    tokens.get(cacheKey)!.get(async () => {
      const { body } = await callJson(`${base}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${s.clientId}:${s.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      })
      if (!body?.access_token) throw new ProviderError('Moov Money token answer has no access_token.', body)
      return { value: body.access_token, expiresIn: Number(body.expires_in ?? 3600) }
    })

  return {
    name: 'moov-money',
    polled: true,

    async initiate(payment, ctx) {
      if (!payment.phone) throw new ProviderError('Moov Money needs the payer phone number.')
      const { body } = await callJson(`${base}/v1/payments/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          amount: minorToMajorString(payment.amount, payment.currency),
          currency: payment.currency,
          msisdn: payment.phone.replace(/^\+/, ''),
          externalId: String(payment.id),
          callbackUrl: ctx.notifyUrl,
          description: (payment.description ?? payment.purpose).slice(0, 100),
        }),
        expect: [200, 201, 202],
      })
      if (!body?.transactionId) throw new ProviderError('Moov Money did not return a transactionId.', body)
      return {
        providerReference: String(body.transactionId),
        client: { type: 'confirm_on_phone' as const, message: 'Confirm the payment on your phone (Moov Money).' },
      }
    },

    async verifyWebhook({ rawBody }) {
      let body: any
      try {
        body = JSON.parse(rawBody)
      } catch {
        throw new WebhookRejected('Moov Money callback is not JSON.')
      }
      if (!body?.transactionId) throw new WebhookRejected('Moov Money callback names no transactionId.')
      return {
        eventId: `moov-money:${body.transactionId}:${body.status ?? '-'}`,
        type: `callback.${String(body.status ?? 'unknown').toLowerCase()}`,
        payload: body,
        lookup: { providerReference: String(body.transactionId) },
      }
    },

    async fetchStatus(payment) {
      if (!payment.providerReference) return { status: 'pending' }
      const { body } = await callJson(`${base}/v1/payments/${encodeURIComponent(payment.providerReference)}`, {
        headers: { authorization: `Bearer ${await token()}` },
      })
      const status = STATUS[String(body?.status ?? '').toUpperCase()]
      if (!status) throw new ProviderError(`Moov Money returned an unknown status "${body?.status}".`, body)
      const currency = String(body.currency ?? payment.currency)
      return { status, amount: majorToMinor(body.amount, currency), currency }
    },
  }
}
