/** Root endpoints whose first path segment is not a collection slug. */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { badRequest, json, notFound, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { setTimezone } from '../services/gamification'
import { leaderboard } from '../services/leaderboard'
import { recipient, statusList } from '../services/badge-credentials'
import { STATUS_LISTS, type StatusListName, issuerProfile, jwks } from '../services/open-badges'
import { myLearning } from '../services/stats'
import { isValidTimeZone } from '../services/streak-dates'

const LeaderboardQuery = z.object({
  scope: z.enum(['global', 'month', 'category']).default('global'),
  category: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

const MePatch = z.object({ timezone: z.string().min(1).max(64).refine(isValidTimeZone, 'unknown IANA time zone') }).strict()

export const rootEndpoints: Endpoint[] = [
  {
    path: '/leaderboards',
    method: 'get',
    handler: async (req) => {
      const q = LeaderboardQuery.safeParse(Object.fromEntries(req.searchParams ?? []))
      if (!q.success) throw badRequest(q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
      if (q.data.scope === 'category' && !q.data.category) throw badRequest('category: required when scope is "category".')
      return json(await leaderboard(req, q.data))
    },
  },
  {
    path: '/me/learning',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return json(await myLearning(req))
    },
  },
  {
    path: '/me/learning',
    method: 'patch',
    handler: async (req) => {
      const user = requireUser(req)
      const body = await parseBody(req, MePatch)
      await setTimezone(req, user.id, body.timezone)
      return json(await myLearning(req))
    },
  },
  { path: '/open-badges/issuer', method: 'get', handler: async () => json(await issuerProfile()) },
  { path: '/open-badges/jwks', method: 'get', handler: async () => json(await jwks(), 200, { 'content-type': 'application/jwk-set+json' }) },
  {
    // public revocation lists (W3C Bitstring Status List) the credentials' credentialStatus points to
    path: '/open-badges/status/:list',
    method: 'get',
    handler: async (req) => {
      const list = routeParam(req, 'list')
      if (!(STATUS_LISTS as readonly string[]).includes(list)) throw notFound(`Unknown status list. Lists: ${STATUS_LISTS.join(', ')}.`)
      const r = await statusList(req, list as StatusListName)
      const wantsJwt = req.searchParams?.get('format') === 'jwt' || /application\/vc\+jwt/.test(req.headers.get('accept') ?? '')
      const headers = { 'cache-control': 'public, max-age=60' }
      return wantsJwt ? new Response(r.jwt, { headers: { ...headers, 'content-type': 'application/vc+jwt' } }) : json(r.credential, 200, headers)
    },
  },
  // a credential's recipient (credentialSubject.id) resolves to the learner's Profile
  { path: '/open-badges/recipients/:key', method: 'get', handler: async (req) => json(await recipient(req, routeParam(req, 'key'))) },
]
