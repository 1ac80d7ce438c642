/**
 * Thin endpoints on `/api/subscriptions`: parse (zod), call the service, answer. Errors are
 * `HttpError`s from the services (400 bad input, 401, 404 not yours / unknown, 409 refused move).
 */
import type { Endpoint } from 'payload'

import { json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { mySubscriptions } from '../services/queries'
import { cancelSchema, cancelSubscription, renewSchema, resumeSubscription, retryRenewal, subscribe, subscribeSchema } from '../services/subscriptions'

/** POST /api/subscriptions/subscribe { plan, provider, phone?, returnUrl? } → 201 { subscription, payment } (200 when a retry returns the waiting one). */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const { created, payment, subscription } = await subscribe(req, await parseBody(req, subscribeSchema))
    return json({ subscription, payment }, created ? 201 : 200)
  },
}

/** GET /api/subscriptions/me → { subscriptions, benefits } */
export const mySubscriptionsEndpoint: Endpoint = {
  path: '/me',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return json(await mySubscriptions(req))
  },
}

/** POST /api/subscriptions/:id/cancel { immediately?, reason? } — stops renewing; benefits last until the period ends. */
export const cancelEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    return json({ subscription: await cancelSubscription(req, routeParam(req, 'id'), await parseBody(req, cancelSchema)) })
  },
}

/** POST /api/subscriptions/:id/resume — undoes a cancellation before the period ends. */
export const resumeEndpoint: Endpoint = {
  path: '/:id/resume',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    return json({ subscription: await resumeSubscription(req, routeParam(req, 'id')) })
  },
}

/** POST /api/subscriptions/:id/renew { provider?, phone?, returnUrl? } — pays a past-due period again. */
export const renewEndpoint: Endpoint = {
  path: '/:id/renew',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const { payment, subscription } = await retryRenewal(req, routeParam(req, 'id'), await parseBody(req, renewSchema))
    return json({ subscription, payment })
  },
}

export const subscriptionEndpoints = [subscribeEndpoint, mySubscriptionsEndpoint, cancelEndpoint, resumeEndpoint, renewEndpoint]
