/**
 * MTN MoMo Collection (momodeveloper.mtn.com):
 *  - POST {base}/collection/token/ (Basic apiUser:apiKey + Ocp-Apim-Subscription-Key) → { access_token, expires_in }
 *  - POST {base}/collection/v1_0/requesttopay with a fresh X-Reference-Id UUID per attempt → 202
 *  - callback (PUT or POST) to X-Callback-Url: only a hint, never trusted
 *  - GET {base}/collection/v1_0/requesttopay/{referenceId} → { status: PENDING|SUCCESSFUL|FAILED, amount, currency }
 *  - refunds (Disbursement product, when its credentials are set): POST {base}/disbursement/v1_0/refund
 *    with a fresh X-Reference-Id → 202, then GET {base}/disbursement/v1_0/refund/{referenceId}
 *    → { status: PENDING|SUCCESSFUL|FAILED } (read by the reconciliation job).
 */
import { randomUUID } from 'node:crypto'

import type { PaymentProvider, ProviderOutcome } from './types'

import { majorToMinor, minorToMajorString } from '../services/money'
import { callJson, ProviderError, TokenCache, WebhookRejected } from './types'

export type MtnMomoSettings = {
  baseUrl: string
  subscriptionKey: string
  apiUser: string
  apiKey: string
  targetEnvironment: string
  /** Disbursement product credentials, for refunds. */
  disbursement?: { apiKey: string; apiUser: string; subscriptionKey: string }
}

const STATUS: Record<string, ProviderOutcome['status']> = {
  FAILED: 'failed',
  PENDING: 'processing',
  REJECTED: 'failed',
  SUCCESSFUL: 'paid',
  TIMEOUT: 'expired',
}

const REFUND_STATUS: Record<string, 'failed' | 'pending' | 'succeeded'> = { FAILED: 'failed', PENDING: 'pending', REJECTED: 'failed', SUCCESSFUL: 'succeeded' }

const tokens = new Map<string, TokenCache>()

export function mtnMomoProvider(s: MtnMomoSettings): PaymentProvider {
  const base = s.baseUrl.replace(/\/$/, '')

  const token = (product: 'collection' | 'disbursement', user: string, key: string, sub: string) => {
    const cacheKey = `${base}|${product}|${user}`
    if (!tokens.has(cacheKey)) tokens.set(cacheKey, new TokenCache())
    return tokens.get(cacheKey)!.get(async () => {
      const { body } = await callJson(`${base}/${product}/token/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`,
          'ocp-apim-subscription-key': sub,
        },
      })
      if (!body?.access_token) throw new ProviderError('MTN MoMo token answer has no access_token.', body)
      return { value: body.access_token, expiresIn: Number(body.expires_in ?? 3600) }
    })
  }
  const disbursementHeaders = async () => {
    const d = s.disbursement!
    return {
      authorization: `Bearer ${await token('disbursement', d.apiUser, d.apiKey, d.subscriptionKey)}`,
      'ocp-apim-subscription-key': d.subscriptionKey,
      'x-target-environment': s.targetEnvironment,
    }
  }
  const headers = async () => ({
    authorization: `Bearer ${await token('collection', s.apiUser, s.apiKey, s.subscriptionKey)}`,
    'ocp-apim-subscription-key': s.subscriptionKey,
    'x-target-environment': s.targetEnvironment,
  })

  return {
    name: 'mtn-momo',
    polled: true,

    async initiate(payment, ctx) {
      if (!payment.phone) throw new ProviderError('MTN MoMo needs the payer phone number.')
      const referenceId = randomUUID()
      await callJson(`${base}/collection/v1_0/requesttopay`, {
        method: 'POST',
        headers: {
          ...(await headers()),
          'x-reference-id': referenceId,
          'x-callback-url': ctx.notifyUrl,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          amount: minorToMajorString(payment.amount, payment.currency),
          currency: payment.currency,
          externalId: String(payment.id),
          payer: { partyIdType: 'MSISDN', partyId: payment.phone.replace(/^\+/, '') },
          payerMessage: (payment.description ?? payment.purpose).slice(0, 160),
          payeeNote: `payment ${payment.id}`,
        }),
        expect: [202],
      })
      return {
        providerReference: referenceId,
        client: { type: 'confirm_on_phone' as const, message: 'Confirm the payment on your phone (MTN MoMo).' },
      }
    },

    async verifyWebhook({ rawBody, url }) {
      let body: any = {}
      try {
        body = rawBody ? JSON.parse(rawBody) : {}
      } catch {
        throw new WebhookRejected('MTN MoMo callback is not JSON.')
      }
      // The callback is unsigned: it is only a hint; the job re-reads the status with GET requesttopay.
      const referenceId = url.searchParams.get('ref') ?? body?.referenceId
      const externalId = body?.externalId
      if (!referenceId && !externalId) throw new WebhookRejected('MTN MoMo callback names no externalId.')
      return {
        eventId: `mtn-momo:${referenceId ?? externalId}:${body?.financialTransactionId ?? '-'}:${body?.status ?? '-'}`,
        type: `callback.${String(body?.status ?? 'unknown').toLowerCase()}`,
        payload: body,
        lookup: referenceId ? { providerReference: referenceId } : { paymentId: String(externalId) },
      }
    },

    async fetchStatus(payment) {
      if (!payment.providerReference) return { status: 'pending' }
      const { body } = await callJson(`${base}/collection/v1_0/requesttopay/${payment.providerReference}`, {
        headers: await headers(),
      })
      const status = STATUS[String(body?.status ?? '').toUpperCase()]
      if (!status) throw new ProviderError(`MTN MoMo returned an unknown status "${body?.status}".`, body)
      const currency = String(body.currency ?? payment.currency)
      return { status, amount: majorToMinor(body.amount, currency), currency, reason: body.reason?.message ?? body.reason }
    },

    ...(s.disbursement
      ? {
          async refund(payment, amount, idempotencyKey) {
            const refundId = randomUUID()
            await callJson(`${base}/disbursement/v1_0/refund`, {
              method: 'POST',
              headers: { ...(await disbursementHeaders()), 'x-reference-id': refundId, 'content-type': 'application/json' },
              body: JSON.stringify({
                amount: minorToMajorString(amount, payment.currency),
                currency: payment.currency,
                externalId: idempotencyKey,
                payerMessage: 'Refund',
                payeeNote: `refund of payment ${payment.id}`,
                referenceIdToRefund: payment.providerReference,
              }),
              expect: [202],
            })
            return { refundId, status: 'pending' as const }
          },

          async fetchRefund(refundId) {
            const { body } = await callJson(`${base}/disbursement/v1_0/refund/${refundId}`, { headers: await disbursementHeaders() })
            const status = REFUND_STATUS[String(body?.status ?? '').toUpperCase()]
            if (!status) throw new ProviderError(`MTN MoMo returned an unknown refund status "${body?.status}".`, body)
            return status
          },
        }
      : {}),
  } as PaymentProvider
}
