/** Thin endpoints under /api/artists: the public directory search and posting a review. */
import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../../endpoints/http'
import { artistSearchQuery, publicArtistSchema, searchArtists } from '../services/artists'
import { postReview, reviewBody } from '../services/reviews'
import { positiveId } from '../fields'

/** GET /api/artists/search?style=bachata&city=Cotonou&availability=teaching&page=1&limit=20 */
export const searchEndpoint = defineEndpoint({
  path: '/search',
  method: 'get',
  auth: 'public',
  summary: 'Search active artists by style (slug or id), city and availability; best rated first',
  query: artistSearchQuery,
  response: z.object({ docs: z.array(publicArtistSchema), totalDocs: z.number(), page: z.number(), limit: z.number(), totalPages: z.number() }),
  handler: async (req, { query }) => json(await searchArtists(req, query)),
})

/** POST /api/artists/:id/reviews — the caller reviews the artist (once). */
export const reviewEndpoint = defineEndpoint({
  path: '/:id/reviews',
  method: 'post',
  auth: 'user',
  summary: 'Review an artist (one review per user and artist; not your own profile)',
  params: z.object({ id: z.number().int().positive() }),
  body: reviewBody,
  status: 201,
  handler: async (req, { body }) => json({ doc: await postReview(req, positiveId(routeParam(req, 'id')), body) }, 201),
})

export const artistEndpoints = [searchEndpoint, reviewEndpoint]
