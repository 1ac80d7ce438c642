/** The `/api/social/...` endpoints (thin: zod parse → service → errors). See README.md. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, forbidden, json, requireUser, routeParam } from '../../../endpoints/http'
import { userIsAdmin } from '../../../access'
import { outsideRequestScope } from '../../../db/request-transaction'
import { PLATFORMS } from '../constants'
import { accountFor, connectAccount, publicAccount, reconnectAccount } from '../services/accounts'
import { postAnalytics, statistics, syncPostAnalytics } from '../services/analytics'
import { calendar, calendarQuery, deletePost, listPosts, listQuery, movePost, postFor, postInput, postUpdate, publishNow, requireSocialUser, schedulePost, updatePost } from '../services/posts'
import { runPublishing } from '../services/publishing'
import { addToQueue } from '../services/schedules'

/**
 * Social routes check the caller's role before the request is validated (401, then 403, then 400),
 * as they always have: the check wraps the `defineEndpoint` handler, which validates then calls.
 */
const user = (req: PayloadRequest) => {
  requireUser(req)
  requireSocialUser(req)
}
const social = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    user(req)
    return endpoint.handler(req)
  },
})
const connectSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    name: z.string().trim().min(1).max(120),
    externalId: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - (the platform id)'),
    handle: z.string().max(120).optional(),
    accessToken: z.string().min(8).max(4096).optional(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
const reconnectSchema = z.object({ accessToken: z.string().min(8).max(4096).optional(), expiresAt: z.iso.datetime({ offset: true }).optional() }).strict()
const queueSchema = postInput.omit({ scheduledAt: true, timezone: true, draft: true }).extend({ queueId: z.number().int().positive().max(2_147_483_647), accountIds: postInput.shape.accountIds.optional() }).strict()
const rangeSchema = z.object({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() }).strict()

export const socialEndpoints: Endpoint[] = [
  social(
    defineEndpoint({
      path: '/social/accounts',
      method: 'post',
      auth: 'user',
      status: 201,
      summary: 'Connect a social account',
      body: connectSchema,
      handler: async (req, { body }) => json(await connectAccount(req, body), 201),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/accounts/:id',
      method: 'get',
      auth: 'user',
      summary: 'A connected social account (without its tokens)',
      handler: async (req) => json(publicAccount(await accountFor(req, routeParam(req, 'id')))),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/accounts/:id/reconnect',
      method: 'post',
      auth: 'user',
      summary: 'Reconnect a social account with a new access token',
      body: reconnectSchema,
      handler: async (req, { body }) => json(await reconnectAccount(req, routeParam(req, 'id'), body)),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/schedule',
      method: 'post',
      auth: 'user',
      status: 201,
      summary: 'Schedule a post (or save a draft) on one or more accounts',
      body: postInput,
      handler: async (req, { body }) => json(await schedulePost(req, body), 201),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts',
      method: 'get',
      auth: 'user',
      summary: 'List posts (mine, or all for admins)',
      query: listQuery,
      handler: async (req, { query }) => json(await listPosts(req, query)),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id',
      method: 'get',
      auth: 'user',
      summary: 'A post',
      handler: async (req) => json(await postFor(req, routeParam(req, 'id'))),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id',
      method: 'patch',
      auth: 'user',
      summary: 'Change a post that is not published yet',
      body: postUpdate,
      handler: async (req, { body }) => json(await updatePost(req, routeParam(req, 'id'), body)),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id',
      method: 'delete',
      auth: 'user',
      summary: 'Delete a post',
      handler: async (req) => json(await deletePost(req, routeParam(req, 'id'))),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id/cancel',
      method: 'post',
      auth: 'user',
      summary: 'Cancel a scheduled post',
      handler: async (req) => json(await movePost(req, routeParam(req, 'id'), 'cancelled')),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id/retry',
      method: 'post',
      auth: 'user',
      summary: 'Retry a failed post',
      handler: async (req) => json(await movePost(req, routeParam(req, 'id'), 'retry')),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id/publish-now',
      method: 'post',
      auth: 'user',
      summary: 'Publish a post now',
      handler: async (req) => json(await publishNow(req, routeParam(req, 'id'))),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id/analytics',
      method: 'get',
      auth: 'user',
      summary: "A post's analytics",
      handler: async (req) => json(await postAnalytics(req, await postFor(req, routeParam(req, 'id')))),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/posts/:id/sync-analytics',
      method: 'post',
      auth: 'user',
      summary: "Fetch a published post's analytics from the platforms now",
      response: z.object({ synced: z.number(), readings: z.array(z.unknown()) }),
      handler: async (req) => {
        const post = await postFor(req, routeParam(req, 'id'))
        if (post.status !== 'published' && !post.targets?.some((t: { state: string }) => t.state === 'published')) throw badRequest('Only a published post has analytics to sync.')
        const readings = await outsideRequestScope(() => syncPostAnalytics(req.payload, post))
        return json({ synced: readings.length, readings })
      },
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/statistics',
      method: 'get',
      auth: 'user',
      summary: 'Posting statistics over a period',
      query: rangeSchema,
      handler: async (req, { query }) => json(await statistics(req, query)),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/calendar',
      method: 'get',
      auth: 'user',
      summary: 'The content calendar: posts between two local dates, by day',
      query: calendarQuery,
      handler: async (req, { query }) => json(await calendar(req, query)),
    }),
  ),
  social(
    defineEndpoint({
      path: '/social/queue',
      method: 'post',
      auth: 'user',
      status: 201,
      summary: "Add a post to a posting schedule's next free slot",
      body: queueSchema,
      handler: async (req, { body }) => {
        const { queueId, ...input } = body
        return json(await addToQueue(req, queueId, input), 201)
      },
    }),
  ),
  // operations: one publishing pass now (admins); the job does the same every minute
  defineEndpoint({
    path: '/social/run-publishing',
    method: 'post',
    auth: 'user',
    summary: 'Run one publishing pass now (admins)',
    handler: async (req) => {
      if (!userIsAdmin(req.user)) throw forbidden('Only admins may run the publishing job by hand.')
      return json(await outsideRequestScope(() => runPublishing(req.payload)))
    },
  }),
]
