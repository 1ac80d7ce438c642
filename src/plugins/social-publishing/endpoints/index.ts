/** The `/api/social/...` endpoints (thin: zod parse → service → errors). See README.md. */
import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { badRequest, forbidden, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { userIsAdmin } from '../../../access'
import { outsideRequestScope } from '../../../db/request-transaction'
import { PLATFORMS } from '../constants'
import { accountFor, connectAccount, publicAccount, reconnectAccount } from '../services/accounts'
import { postAnalytics, statistics, syncPostAnalytics } from '../services/analytics'
import { calendar, calendarQuery, deletePost, listPosts, listQuery, movePost, postFor, postInput, postUpdate, publishNow, requireSocialUser, schedulePost, updatePost } from '../services/posts'
import { runPublishing } from '../services/publishing'
import { addToQueue } from '../services/schedules'

function parseQuery<S extends z.ZodType>(req: PayloadRequest, schema: S): z.infer<S> {
  const url = new URL(req.url ?? 'http://localhost/')
  const r = schema.safeParse(Object.fromEntries(url.searchParams.entries()))
  if (!r.success) throw badRequest(r.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; '))
  return r.data
}

const user = (req: PayloadRequest) => {
  requireUser(req)
  requireSocialUser(req)
}

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

const ep = (method: Endpoint['method'], path: string, handler: (req: PayloadRequest) => Promise<Response>): Endpoint => ({ method, path: `/social${path}`, handler })

export const socialEndpoints: Endpoint[] = [
  ep('post', '/accounts', async (req) => {
    user(req)
    return json(await connectAccount(req, await parseBody(req, connectSchema)), 201)
  }),
  ep('get', '/accounts/:id', async (req) => {
    user(req)
    return json(publicAccount(await accountFor(req, routeParam(req, 'id'))))
  }),
  ep('post', '/accounts/:id/reconnect', async (req) => {
    user(req)
    return json(await reconnectAccount(req, routeParam(req, 'id'), await parseBody(req, reconnectSchema)))
  }),
  ep('post', '/schedule', async (req) => {
    user(req)
    return json(await schedulePost(req, await parseBody(req, postInput)), 201)
  }),
  ep('get', '/posts', async (req) => {
    user(req)
    return json(await listPosts(req, parseQuery(req, listQuery)))
  }),
  ep('get', '/posts/:id', async (req) => {
    user(req)
    return json(await postFor(req, routeParam(req, 'id')))
  }),
  ep('patch', '/posts/:id', async (req) => {
    user(req)
    return json(await updatePost(req, routeParam(req, 'id'), await parseBody(req, postUpdate)))
  }),
  ep('delete', '/posts/:id', async (req) => {
    user(req)
    return json(await deletePost(req, routeParam(req, 'id')))
  }),
  ep('post', '/posts/:id/cancel', async (req) => {
    user(req)
    return json(await movePost(req, routeParam(req, 'id'), 'cancelled'))
  }),
  ep('post', '/posts/:id/retry', async (req) => {
    user(req)
    return json(await movePost(req, routeParam(req, 'id'), 'retry'))
  }),
  ep('post', '/posts/:id/publish-now', async (req) => {
    user(req)
    return json(await publishNow(req, routeParam(req, 'id')))
  }),
  ep('get', '/posts/:id/analytics', async (req) => {
    user(req)
    return json(await postAnalytics(req, await postFor(req, routeParam(req, 'id'))))
  }),
  ep('post', '/posts/:id/sync-analytics', async (req) => {
    user(req)
    const post = await postFor(req, routeParam(req, 'id'))
    if (post.status !== 'published' && !post.targets?.some((t: { state: string }) => t.state === 'published')) throw badRequest('Only a published post has analytics to sync.')
    const readings = await outsideRequestScope(() => syncPostAnalytics(req.payload, post))
    return json({ synced: readings.length, readings })
  }),
  ep('get', '/statistics', async (req) => {
    user(req)
    return json(await statistics(req, parseQuery(req, rangeSchema)))
  }),
  ep('get', '/calendar', async (req) => {
    user(req)
    return json(await calendar(req, parseQuery(req, calendarQuery)))
  }),
  ep('post', '/queue', async (req) => {
    user(req)
    const { queueId, ...input } = await parseBody(req, queueSchema)
    return json(await addToQueue(req, queueId, input), 201)
  }),
  // operations: one publishing pass now (admins); the job does the same every minute
  ep('post', '/run-publishing', async (req) => {
    requireUser(req)
    if (!userIsAdmin(req.user)) throw forbidden('Only admins may run the publishing job by hand.')
    return json(await outsideRequestScope(() => runPublishing(req.payload)))
  }),
]
