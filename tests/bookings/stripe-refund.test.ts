/**
 * A paid place through Stripe (local fake speaking Stripe's API, signed webhook), then the
 * organizer cancels the event: the engine refunds through `payments`, which calls Stripe's refund API.
 */
import { randomUUID } from 'node:crypto'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { fakeStripe } from '../payments/fakes'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { makeEvent, runPayments } from './helpers'

const WHSEC = 'whsec_bookings_secret'
const signer = new Stripe('sk_test_fake')
let stripe: Awaited<ReturnType<typeof fakeStripe>>
let t: TestServer
let organizer: { auth: Auth; user: any }
let buyer: { auth: Auth; user: any }

beforeAll(async () => {
  stripe = await fakeStripe()
  t = await startTestServer({
    env: { STRIPE_SECRET_KEY: 'sk_test_fake', STRIPE_WEBHOOK_SECRET: WHSEC, STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: String(stripe.port), STRIPE_API_PROTOCOL: 'http' },
  })
  organizer = await userSession(t.payload, t.api, ['organizer'])
  buyer = await userSession(t.payload, t.api, ['participant'])
})
afterAll(async () => {
  await t?.close()
  await stripe?.close()
})

describe('Stripe', () => {
  it('pays a place with a PaymentIntent and refunds it through Stripe when the organizer cancels the event', async () => {
    const event = await makeEvent(t.payload, organizer.user.id, { access: 'paid', price: 2500, currency: 'EUR' })
    const res = await t.api.post(`/api/events/${event.id}/register`, { provider: 'stripe' }, buyer.auth)
    expect(res.status).toBe(201)
    expect(res.body.payment.client.type).toBe('stripe_payment_intent')
    const pi = stripe.intents.get(res.body.payment.client.paymentIntentId)!
    expect(pi).toMatchObject({ amount: 2500, currency: 'eur' })
    const body = JSON.stringify({ id: `evt_${randomUUID()}`, object: 'event', api_version: '2025-01-27', created: 1_700_000_000, livemode: false, type: 'payment_intent.succeeded', data: { object: { ...pi, status: 'succeeded', amount_received: pi.amount } } })
    const hook = await t.api.request('POST', '/api/payments/webhooks/stripe', { raw: body, headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: body, secret: WHSEC }) } })
    expect(hook.status).toBe(200)
    await runPayments(t)
    expect(((await t.payload.findByID({ collection: 'booking-registrations', id: res.body.registration.id, depth: 0 })) as any).status).toBe('confirmed')

    expect((await t.api.post(`/api/events/${event.id}/cancel`, { reason: 'Venue closed' }, organizer.auth)).status).toBe(200)
    expect(stripe.refunds).toHaveLength(1)
    expect(stripe.refunds[0]).toMatchObject({ amount: 2500, payment_intent: pi.id })
    expect(((await t.payload.findByID({ collection: 'payments' as never, id: res.body.payment.paymentId, depth: 0 })) as any).status).toBe('refunded')
    expect(((await t.payload.findByID({ collection: 'booking-registrations', id: res.body.registration.id, depth: 0 })) as any)).toMatchObject({ status: 'cancelled', refundedAmount: 2500 })
  })
})
