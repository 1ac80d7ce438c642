/**
 * Thin endpoints on `/api/subscriptions`: the request is validated by the schemas declared on each
 * endpoint (also the OpenAPI document), then the service is called. Errors are `HttpError`s from the
 * services (400 bad input, 401, 404 not yours / unknown, 409 refused move).
 */
import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../endpoints/http'
import { mySubscriptions } from '../services/queries'
import { cancelSchema, cancelSubscription, renewSchema, resumeSubscription, retryRenewal, subscribe, subscribeSchema } from '../services/subscriptions'

/** POST /api/subscriptions/subscribe { plan, provider, phone?, returnUrl? } → 201 { subscription, payment } (200 when a retry returns the waiting one). */
export const subscribeEndpoint = defineEndpoint({
  path: '/subscribe',
  method: 'post',
  auth: 'user',
  status: 201,
  summary: 'Subscribe to a plan and start paying its first period',
  description: 'Answers 201 with the new subscription and its payment; 200 when a retry returns the subscription still waiting for its payment.',
  body: subscribeSchema,
  handler: async (req, { body }) => {
    const { created, payment, subscription } = await subscribe(req, body)
    return json({ subscription, payment }, created ? 201 : 200)
  },
})

/** GET /api/subscriptions/me → { subscriptions, benefits } */
export const mySubscriptionsEndpoint = defineEndpoint({
  path: '/me',
  method: 'get',
  auth: 'user',
  summary: 'My subscriptions and the benefits they give now',
  handler: async (req) => json(await mySubscriptions(req)),
})

/** POST /api/subscriptions/:id/cancel { immediately?, reason? } — stops renewing; benefits last until the period ends. */
export const cancelEndpoint = defineEndpoint({
  path: '/:id/cancel',
  method: 'post',
  auth: 'user',
  summary: 'Cancel a subscription (at the end of the period, or immediately)',
  body: cancelSchema,
  handler: async (req, { body }) => json({ subscription: await cancelSubscription(req, routeParam(req, 'id'), body) }),
})

/** POST /api/subscriptions/:id/resume — undoes a cancellation before the period ends. */
export const resumeEndpoint = defineEndpoint({
  path: '/:id/resume',
  method: 'post',
  auth: 'user',
  summary: 'Undo a cancellation before the period ends',
  handler: async (req) => json({ subscription: await resumeSubscription(req, routeParam(req, 'id')) }),
})

/** POST /api/subscriptions/:id/renew { provider?, phone?, returnUrl? } — pays a past-due period again. */
export const renewEndpoint = defineEndpoint({
  path: '/:id/renew',
  method: 'post',
  auth: 'user',
  summary: 'Pay a past-due period again',
  body: renewSchema,
  handler: async (req, { body }) => {
    const { payment, subscription } = await retryRenewal(req, routeParam(req, 'id'), body)
    return json({ subscription, payment })
  },
})

export const subscriptionEndpoints = [subscribeEndpoint, mySubscriptionsEndpoint, cancelEndpoint, resumeEndpoint, renewEndpoint]
