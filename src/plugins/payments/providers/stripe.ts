/**
 * Stripe through its official SDK: customers (one per payer, kept in sync), PaymentIntents (the
 * client confirms with the client secret), refunds, and webhooks verified with the signature on
 * the raw body.
 * `STRIPE_API_HOST/PORT/PROTOCOL` point the SDK elsewhere (tests use a local fake).
 */
import Stripe from 'stripe'

import type { PaymentProvider, ProviderOutcome, ProviderPayment, VerifiedEvent } from './types'

import { ProviderError, WebhookRejected } from './types'

export type StripeSettings = {
  secretKey: string
  webhookSecret: string
  publishableKey?: string
  host?: string
  port?: number
  protocol?: 'http' | 'https'
}

const PI_STATUS: Record<string, ProviderOutcome['status']> = {
  canceled: 'cancelled',
  processing: 'processing',
  requires_action: 'pending',
  requires_capture: 'processing',
  requires_confirmation: 'pending',
  requires_payment_method: 'pending',
  succeeded: 'paid',
}

export function stripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = new Stripe(settings.secretKey, {
    host: settings.host,
    port: settings.port,
    protocol: settings.protocol,
    maxNetworkRetries: 1,
    timeout: 15_000,
  })

  const wrap = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw new ProviderError(`Stripe: ${(err as Error).message}`, (err as { raw?: unknown }).raw)
    }
  }

  const outcomeOf = (pi: Stripe.PaymentIntent): ProviderOutcome => ({
    status: PI_STATUS[pi.status] ?? 'pending',
    amount: pi.status === 'succeeded' ? pi.amount_received : pi.amount,
    currency: pi.currency.toUpperCase(),
    reason: pi.last_payment_error?.message,
  })

  return {
    name: 'stripe',
    polled: false,
    signedEvents: true,

    async initiate(payment: ProviderPayment) {
      const pi = await wrap(() =>
        stripe.paymentIntents.create(
          {
            amount: payment.amount,
            currency: payment.currency.toLowerCase(),
            description: payment.description ?? undefined,
            metadata: { paymentId: String(payment.id), purpose: payment.purpose },
            customer: payment.customer ?? undefined,
            automatic_payment_methods: { enabled: true },
          },
          { idempotencyKey: `vibe-payment-${payment.id}` },
        ),
      )
      if (!pi.client_secret) throw new ProviderError('Stripe returned a PaymentIntent without a client secret.')
      return {
        providerReference: pi.id,
        client: {
          type: 'stripe_payment_intent' as const,
          clientSecret: pi.client_secret,
          paymentIntentId: pi.id,
          publishableKey: settings.publishableKey,
        },
      }
    },

    async verifyWebhook({ headers, rawBody }): Promise<null | VerifiedEvent> {
      const signature = headers.get('stripe-signature')
      if (!signature) throw new WebhookRejected('Missing Stripe-Signature header.')
      let event: Stripe.Event
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret)
      } catch (err) {
        throw new WebhookRejected(`Invalid Stripe signature: ${(err as Error).message}`)
      }
      const base = { eventId: event.id, type: event.type, payload: event }
      switch (event.type) {
        case 'payment_intent.canceled':
        case 'payment_intent.payment_failed':
        case 'payment_intent.processing':
        case 'payment_intent.succeeded': {
          const pi = event.data.object
          // A failed attempt is not the end in Stripe: the PaymentIntent returns to
          // requires_payment_method and the payer may retry. Only `canceled` is final.
          const status: ProviderOutcome['status'] =
            event.type === 'payment_intent.succeeded'
              ? 'paid'
              : event.type === 'payment_intent.processing'
                ? 'processing'
                : event.type === 'payment_intent.canceled'
                  ? 'cancelled'
                  : 'pending'
          return {
            ...base,
            lookup: { providerReference: pi.id, paymentId: pi.metadata?.paymentId },
            outcome: { ...outcomeOf(pi), status },
          }
        }
        case 'charge.refunded': {
          const charge = event.data.object
          const pi = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
          if (!pi) return null
          return {
            ...base,
            lookup: { providerReference: pi },
            outcome: {
              status: charge.amount_refunded >= charge.amount ? 'refunded' : 'paid',
              refundedAmount: charge.amount_refunded,
              currency: charge.currency.toUpperCase(),
            },
          }
        }
        default:
          return null
      }
    },

    async syncCustomer({ customerId, email, name, userId }) {
      const data = { email, name, metadata: { userId: String(userId) } }
      if (customerId) return (await wrap(() => stripe.customers.update(customerId, data))).id
      // one customer per user even when two first payments race: Stripe replays the first answer
      return (await wrap(() => stripe.customers.create(data, { idempotencyKey: `vibe-customer-${userId}` }))).id
    },

    async fetchStatus(payment) {
      if (!payment.providerReference) return { status: 'pending' }
      const pi = await wrap(() => stripe.paymentIntents.retrieve(payment.providerReference as string))
      return outcomeOf(pi)
    },

    async refund(payment, amount, idempotencyKey) {
      const refund = await wrap(() =>
        stripe.refunds.create({ payment_intent: payment.providerReference as string, amount }, { idempotencyKey }),
      )
      return {
        refundId: refund.id,
        status: refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending',
      }
    },
  }
}
