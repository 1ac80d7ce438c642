/** Root endpoints under /api/images: generate, list, history, statistics, review. Thin: parse → service → answer. */
import type { Endpoint, Where } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { forbidden, json, requireUser, routeParam } from '../../../endpoints/http'
import { HISTORY, IMAGES, TAGS } from '../constants'
import { isGenerator } from '../access'
import { requestGeneration } from '../services/generate'
import { generateSchema } from '../services/options'
import { reviewImage } from '../services/review'
import { imageStatistics } from '../services/stats'
import { IMAGE_STATUSES } from '../services/transitions'

const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date, e.g. 2026-05-01 or 2026-05-01T10:00:00Z').transform((s) => new Date(s))
const page = { page: z.coerce.number().int().min(1).max(10_000).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) }

const dateRange = (field: string, from?: Date, to?: Date): Where[] => [
  ...(from ? [{ [field]: { greater_than_equal: from.toISOString() } }] : []),
  ...(to ? [{ [field]: { less_than: to.toISOString() } }] : []),
]

const ListQuery = z
  .object({
    status: z.enum(IMAGE_STATUSES).optional(),
    tag: z.string().min(1).max(60).optional(),
    from: date.optional(),
    to: date.optional(),
    sort: z.enum(['createdAt', '-createdAt']).default('-createdAt'),
    ...page,
  })
  .strict()

const HistoryQuery = z
  .object({ outcome: z.enum(['success', 'failed', 'moderation_blocked']).optional(), image: z.coerce.number().int().positive().optional(), from: date.optional(), to: date.optional(), ...page })
  .strict()

const StatsQuery = z.object({ from: date.optional(), to: date.optional() }).strict()

const ReviewBody = z.object({ to: z.enum(['approved', 'rejected']), reason: z.string().max(1000).optional() }).strict()

/**
 * POST /api/images/generate — 202 with the `pending` document; the job does the rest.
 * The role is checked before the body is validated (403 before 400, as before), and the body schema
 * is built per request: its prompt limit is read from the environment (`AI_IMAGES_MAX_PROMPT_LENGTH`).
 * The module-level definition carries the documentation; each request validates with a fresh one.
 */
const generateEndpoint = (): Endpoint =>
  defineEndpoint({
    path: '/images/generate',
    method: 'post',
    auth: 'user',
    status: 202,
    summary: 'Ask for images to be generated (queued; marketers, editors and admins)',
    description: 'Answers 202 with the `pending` image document; the generation job stores the files.',
    body: generateSchema(),
    handler: async (req, { body }) => {
      const doc = await requestGeneration(req, body)
      return json({ doc, message: 'Generation queued: the image appears here once the job has run.' }, 202)
    },
  })

export const imageEndpoints: Endpoint[] = [
  {
    ...generateEndpoint(),
    handler: async (req) => {
      const user = requireUser(req)
      if (!isGenerator(user)) throw forbidden('Only marketers, editors and admins may generate images.')
      return generateEndpoint().handler(req)
    },
  },
  defineEndpoint({
    /** GET /api/images?status=&tag=(id|slug)&from=&to=&page=&limit= — my images, or all for editors and admins. */
    path: '/images',
    method: 'get',
    auth: 'user',
    summary: 'List generated images (mine, or all for editors and admins)',
    query: ListQuery,
    handler: async (req, { query: q }) => {
      const and: Where[] = [...dateRange('createdAt', q.from, q.to)]
      if (q.status) and.push({ status: { equals: q.status } })
      if (q.tag) {
        let tagId = /^\d+$/.test(q.tag) ? Number(q.tag) : undefined
        if (tagId === undefined) {
          const found = await req.payload.find({ collection: TAGS, where: { slug: { equals: q.tag } }, depth: 0, limit: 1, req, overrideAccess: true })
          tagId = (found.docs[0]?.id as number | undefined) ?? -1
        }
        and.push({ tags: { in: [tagId] } })
      }
      const result = await req.payload.find({ collection: IMAGES, where: { and }, sort: q.sort, page: q.page, limit: q.limit, depth: 1, req, overrideAccess: false, user: req.user })
      return json(result)
    },
  }),
  defineEndpoint({
    /** GET /api/images/history — generation attempts (mine, or all for editors and admins). */
    path: '/images/history',
    method: 'get',
    auth: 'user',
    summary: 'Generation attempts (mine, or all for editors and admins)',
    query: HistoryQuery,
    handler: async (req, { query: q }) => {
      const and: Where[] = [...dateRange('createdAt', q.from, q.to)]
      if (q.outcome) and.push({ outcome: { equals: q.outcome } })
      if (q.image) and.push({ image: { equals: q.image } })
      const result = await req.payload.find({ collection: HISTORY, where: { and }, sort: '-createdAt', page: q.page, limit: q.limit, depth: 0, req, overrideAccess: false, user: req.user })
      return json(result)
    },
  }),
  defineEndpoint({
    /** GET /api/images/statistics?from=&to= */
    path: '/images/statistics',
    method: 'get',
    auth: 'user',
    summary: 'Image generation statistics over a period',
    query: StatsQuery,
    handler: async (req, { query }) => json(await imageStatistics(req, query)),
  }),
  defineEndpoint({
    /** POST /api/images/:id/review { to: 'approved' | 'rejected', reason? } — editors and admins. */
    path: '/images/:id/review',
    method: 'post',
    auth: 'user',
    summary: 'Approve or reject a generated image (editors and admins)',
    body: ReviewBody,
    handler: async (req, { body }) => json({ doc: await reviewImage(req, routeParam(req, 'id'), body.to, body.reason) }),
  }),
]
