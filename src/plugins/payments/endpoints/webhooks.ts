/**
 * Provider webhooks: verify → find the payment → store in `payment-events` → 200. A job applies
 * the event. Paths: POST /api/payments/webhooks/{stripe,orange-money,moov-money}, PUT|POST …/mtn-momo.
 */
import type { Endpoint, PayloadHandler } from 'payload'

import type { ProviderName } from '../providers/types'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, notFound } from '../../../endpoints/http'
import { logger } from '../../../lib/logger'
import { getProvider } from '../providers'
import { WebhookRejected } from '../providers/types'
import { UNKNOWN_PAYMENT, findPaymentFor, storeEvent, storeIgnoredEvent } from '../services/inbox'

export const receiveWebhook =
  (name: ProviderName): PayloadHandler =>
  async (req) => {
    const provider = getProvider(name)
    if (!provider) throw notFound(`The payment provider "${name}" is not enabled.`)
    let rawBody = ''
    try {
      rawBody = req.text ? await req.text() : ''
    } catch {
      throw badRequest('Could not read the request body.')
    }
    let event
    try {
      event = await provider.verifyWebhook({
        rawBody,
        headers: req.headers,
        method: req.method ?? 'POST',
        url: new URL(req.url ?? '/', 'http://localhost'),
      })
    } catch (err) {
      if (err instanceof WebhookRejected) {
        logger.warn({ provider: name, reason: err.message }, 'payments: webhook rejected')
        throw badRequest(err.message)
      }
      throw err
    }
    if (!event) return json({ received: true, ignored: true })

    const payment = await findPaymentFor(req, name, event.lookup)
    if (!payment) {
      logger.warn({ provider: name, eventId: event.eventId, lookup: event.lookup }, 'payments: webhook for an unknown payment')
      if (!provider.signedEvents) throw notFound('No payment matches this notification.')
      const stored = await storeIgnoredEvent(req, name, event, UNKNOWN_PAYMENT)
      return json({ received: true, ignored: true, reason: UNKNOWN_PAYMENT, duplicate: stored.duplicate })
    }
    const stored = await storeEvent(req, name, event, payment)
    return json({ received: true, duplicate: stored.duplicate })
  }

/** A provider's notification: the raw body is verified by the provider adapter (signature, token or re-read). */
const webhook = (name: ProviderName, method: 'post' | 'put', path = `/webhooks/${name}`): Endpoint =>
  defineEndpoint({
    path,
    method,
    auth: 'public',
    summary: `Notification from ${name} (verified by the provider adapter, stored, applied by a job)`,
    consumes: 'application/json',
    handler: receiveWebhook(name),
  })

export const webhookEndpoints: Endpoint[] = [
  webhook('stripe', 'post'),
  webhook('orange-money', 'post'),
  webhook('mtn-momo', 'put'),
  webhook('mtn-momo', 'post'),
  webhook('moov-money', 'post'),
]
