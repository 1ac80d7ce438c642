/** Root endpoints under /api/images: generate, list, history, statistics, review. Thin: parse → service → answer. */
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import { badRequest, forbidden, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { HISTORY, IMAGES, TAGS } from '../constants'
import { isGenerator } from '../access'
import { requestGeneration } from '../services/generate'
import { generateSchema } from '../services/options'
import { reviewImage } from '../services/review'
import { imageStatistics } from '../services/stats'
import { IMAGE_STATUSES } from '../services/transitions'

const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date, e.g. 2026-05-01 or 2026-05-01T10:00:00Z').transform((s) => new Date(s))
const page = { page: z.coerce.number().int().min(1).max(10_000).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) }

function parseQuery<S extends z.ZodType>(req: PayloadRequest, schema: S): z.infer<S> {
  const q = schema.safeParse(Object.fromEntries(req.searchParams ?? []))
  if (!q.success) throw badRequest(q.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; '))
  return q.data
}

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

export const imageEndpoints: Endpoint[] = [
  {
    /** POST /api/images/generate — 202 with the `pending` document; the job does the rest. */
    path: '/images/generate',
    method: 'post',
    handler: async (req) => {
      const user = requireUser(req)
      if (!isGenerator(user)) throw forbidden('Only marketers, editors and admins may generate images.')
      const input = await parseBody(req, generateSchema())
      const doc = await requestGeneration(req, input)
      return json({ doc, message: 'Generation queued: the image appears here once the job has run.' }, 202)
    },
  },
  {
    /** GET /api/images?status=&tag=(id|slug)&from=&to=&page=&limit= — my images, or all for editors and admins. */
    path: '/images',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const q = parseQuery(req, ListQuery)
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
  },
  {
    /** GET /api/images/history — generation attempts (mine, or all for editors and admins). */
    path: '/images/history',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const q = parseQuery(req, HistoryQuery)
      const and: Where[] = [...dateRange('createdAt', q.from, q.to)]
      if (q.outcome) and.push({ outcome: { equals: q.outcome } })
      if (q.image) and.push({ image: { equals: q.image } })
      const result = await req.payload.find({ collection: HISTORY, where: { and }, sort: '-createdAt', page: q.page, limit: q.limit, depth: 0, req, overrideAccess: false, user: req.user })
      return json(result)
    },
  },
  {
    /** GET /api/images/statistics?from=&to= */
    path: '/images/statistics',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const q = parseQuery(req, StatsQuery)
      return json(await imageStatistics(req, q))
    },
  },
  {
    /** POST /api/images/:id/review { to: 'approved' | 'rejected', reason? } — editors and admins. */
    path: '/images/:id/review',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, ReviewBody)
      return json({ doc: await reviewImage(req, routeParam(req, 'id'), body.to, body.reason) })
    },
  },
]
