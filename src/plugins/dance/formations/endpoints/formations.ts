/** Thin endpoints under /api/formations: search, and counting a view. */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../../endpoints/http'
import { SearchAnswer, SearchQuery, searchFormations } from '../services/search'
import { countView } from '../services/views'

const idParam = (req: Parameters<Endpoint['handler']>[0]): number => {
  const raw = routeParam(req, 'id')
  if (!/^\d{1,12}$/.test(raw)) throw badRequest('id: must be a numeric id.')
  return Number(raw)
}

export const formationEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/search',
    method: 'get',
    auth: 'public',
    summary: 'Search published formations (title and content, accents ignored), ranked',
    description: 'q: words (prefixes match: "theo" finds "Théorie"); category: id or slug (its subcategories included); difficulty; page; limit (≤ 50).',
    query: SearchQuery,
    response: SearchAnswer,
    handler: async (req, { query }) => json(await searchFormations(req, query)),
  }),
  defineEndpoint({
    path: '/:id/view',
    method: 'post',
    auth: 'public',
    status: 202,
    summary: 'Count one view of a published formation (written to the database in batches)',
    params: z.object({ id: z.string().regex(/^\d+$/) }),
    response: z.object({ counted: z.literal(true) }),
    handler: async (req) => {
      await countView(req, idParam(req))
      return json({ counted: true }, 202)
    },
  }),
]
