/** Root endpoints whose first path segment is not a collection slug. */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, notFound, requireUser, routeParam } from '../../../endpoints/http'
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

const StatusListQuery = z.object({ format: z.enum(['json', 'jwt']).optional() })

export const rootEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/leaderboards',
    method: 'get',
    auth: 'public',
    summary: 'XP leaderboard: global, this month, or one course category',
    query: LeaderboardQuery,
    handler: async (req, { query }) => {
      if (query.scope === 'category' && !query.category) throw badRequest('category: required when scope is "category".')
      return json(await leaderboard(req, query))
    },
  }),
  defineEndpoint({
    path: '/me/learning',
    method: 'get',
    auth: 'user',
    tags: ['learning'],
    summary: "The learner's dashboard: XP, level, streak, badges, enrollments",
    handler: async (req) => json(await myLearning(req)),
  }),
  defineEndpoint({
    path: '/me/learning',
    method: 'patch',
    auth: 'user',
    tags: ['learning'],
    summary: "Set the learner's time zone (streak days follow it)",
    body: MePatch,
    handler: async (req, { body }) => {
      await setTimezone(req, requireUser(req).id, body.timezone)
      return json(await myLearning(req))
    },
  }),
  defineEndpoint({
    path: '/open-badges/issuer',
    method: 'get',
    auth: 'public',
    summary: "The Open Badges issuer's profile",
    handler: async () => json(await issuerProfile()),
  }),
  defineEndpoint({
    path: '/open-badges/jwks',
    method: 'get',
    auth: 'public',
    summary: "The issuer's public keys (JWK set) that verify the credentials",
    produces: 'application/jwk-set+json',
    handler: async () => json(await jwks(), 200, { 'content-type': 'application/jwk-set+json' }),
  }),
  defineEndpoint({
    // public revocation lists (W3C Bitstring Status List) the credentials' credentialStatus points to
    path: '/open-badges/status/:list',
    method: 'get',
    auth: 'public',
    summary: 'A revocation list (W3C Bitstring Status List) the credentials point to',
    params: z.object({ list: z.enum(STATUS_LISTS) }),
    query: StatusListQuery,
    handler: async (req, { query }) => {
      const list = routeParam(req, 'list')
      if (!(STATUS_LISTS as readonly string[]).includes(list)) throw notFound(`Unknown status list. Lists: ${STATUS_LISTS.join(', ')}.`)
      const r = await statusList(req, list as StatusListName)
      const wantsJwt = query.format === 'jwt' || /application\/vc\+jwt/.test(req.headers.get('accept') ?? '')
      const headers = { 'cache-control': 'public, max-age=60' }
      return wantsJwt ? new Response(r.jwt, { headers: { ...headers, 'content-type': 'application/vc+jwt' } }) : json(r.credential, 200, headers)
    },
  }),
  // a credential's recipient (credentialSubject.id) resolves to the learner's Profile
  defineEndpoint({
    path: '/open-badges/recipients/:key',
    method: 'get',
    auth: 'public',
    summary: "A credential's recipient, resolved to the learner's public profile",
    handler: async (req) => json(await recipient(req, routeParam(req, 'key'))),
  }),
]
