/** Thin endpoints of competitions: status moves, publication of results, a follower's confirmation. */
import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../../endpoints/http'
import { moveCompetition, publishResults } from '../services/competitions'
import { moveEntry } from '../services/entries'
import { positiveId } from '../fields'

const params = z.object({ id: z.number().int().positive() })
const idOf = (req: Parameters<typeof routeParam>[0]) => positiveId(routeParam(req, 'id'))

/** POST /api/competitions/:id/status { to: open | closed | judging } */
export const competitionStatusEndpoint = defineEndpoint({
  path: '/:id/status',
  method: 'post',
  auth: 'user',
  summary: 'Move a competition: draft → open → closed → judging (organizer or admin); publication goes through publish-results',
  params,
  body: z.object({ to: z.enum(['open', 'closed', 'judging']) }).strict(),
  handler: async (req, { body }) => json({ doc: await moveCompetition(req, idOf(req), body.to) }),
})

/** POST /api/competitions/:id/publish-results — ranks the couples and publishes (organizer or admin). */
export const publishResultsEndpoint = defineEndpoint({
  path: '/:id/publish-results',
  method: 'post',
  auth: 'user',
  summary: 'Rank every category (total score; ties: median judge score, first-place votes, earlier registration) and publish the results',
  params,
  response: z.object({
    id: z.number(),
    status: z.string(),
    results: z.array(z.object({ entry: z.number(), category: z.number(), leader: z.number(), follower: z.number(), rank: z.number(), totalScore: z.number() })),
  }),
  handler: async (req) => json(await publishResults(req, idOf(req))),
})

/** POST /api/competition-entries/:id/confirm — the follower accepts the invitation. */
export const confirmEntryEndpoint = defineEndpoint({
  path: '/:id/confirm',
  method: 'post',
  auth: 'user',
  summary: "The follower confirms the couple's entry",
  params,
  handler: async (req) => json({ doc: await moveEntry(req, idOf(req), 'confirmed') }),
})

/** POST /api/competition-entries/:id/cancel — the leader, the follower or the organizer withdraws the couple. */
export const cancelEntryEndpoint = defineEndpoint({
  path: '/:id/cancel',
  method: 'post',
  auth: 'user',
  summary: "Withdraw a couple's entry (leader, follower or organizer; frees both places in the category)",
  params,
  handler: async (req) => json({ doc: await moveEntry(req, idOf(req), 'cancelled') }),
})

export const competitionEndpoints = [competitionStatusEndpoint, publishResultsEndpoint]
export const entryEndpoints = [confirmEntryEndpoint, cancelEntryEndpoint]
