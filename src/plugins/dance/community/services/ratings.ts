/**
 * Reviews and the artist's rating. Concurrency: every review write first locks the artist row
 * (`SELECT … FOR NO KEY UPDATE`, which does not conflict with the foreign-key share lock the
 * review's insert takes), then the duplicate check, the write, and one `UPDATE artists SET
 * rating_average = (avg …), rating_count = (count …)` run in the same transaction. Writes on one
 * artist are thus serialised and each recompute starts after the previous writer committed (a new
 * statement, a new snapshot in READ COMMITTED): 20 concurrent reviews leave count 20 and the exact
 * mean. A read-modify-write in application code would lose updates (see ratings.test.ts).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { userIsAdmin } from '../../../../access'
import { badRequest, conflict, forbidden } from '../../../../endpoints/http'
import { rows, sql } from '../../../../db/transaction'
import { idOf, load } from '../fields'
import { tell } from './notify'

export const RATING_FIELDS = ['teachingRating', 'professionalismRating', 'communicationRating'] as const

/** The mean of the three ratings, rounded to 2 decimals. */
export const overallOf = (r: Partial<Record<(typeof RATING_FIELDS)[number], unknown>>): number => {
  const values = RATING_FIELDS.map((f) => Number(r[f]))
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
}

/** Locks the artist row for the rest of the transaction (serialises the reviews of one artist). */
export async function lockArtist(req: PayloadRequest, artistId: number): Promise<boolean> {
  const found = await rows(req, sql`SELECT id FROM artists WHERE id = ${artistId} FOR NO KEY UPDATE`)
  return found.length > 0
}

/** Recomputes the artist's average and count from its reviews, in one statement on the request's transaction. */
export async function recomputeRating(req: PayloadRequest, artistId: number): Promise<{ ratingAverage: number; ratingCount: number } | null> {
  await lockArtist(req, artistId)
  const [row] = await rows<{ rating_average: string; rating_count: string }>(
    req,
    sql`UPDATE artists SET
          rating_count = s.c,
          rating_average = s.a
        FROM (SELECT count(*)::int AS c, coalesce(round(avg(overall_rating)::numeric, 2), 0) AS a FROM artist_reviews WHERE artist_id = ${artistId}) s
        WHERE artists.id = ${artistId}
        RETURNING rating_average, rating_count`,
  )
  return row ? { ratingAverage: Number(row.rating_average), ratingCount: Number(row.rating_count) } : null
}

type Artist = { id: number; user: unknown; active?: boolean | null }

/** Sets the reviewer, refuses self-reviews, duplicates and unknown artists, computes the overall rating. */
export const prepareReview: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (operation === 'create') {
    if (req.user) data.reviewer = req.user.id
    if (!data.reviewer) throw badRequest('reviewer: a review needs a logged-in author.')
    const artistId = idOf(data.artist)
    if (!Number.isSafeInteger(artistId) || artistId <= 0) throw badRequest('artist: must be the id of an artist.')
    if (!(await lockArtist(req, artistId))) throw badRequest(`artist: no artist with id ${artistId}.`)
    const artist = await load<Artist>(req, 'artists', artistId)
    if (!artist || (artist.active === false && !userIsAdmin(req.user))) throw badRequest(`artist: no artist with id ${artistId}.`)
    if (idOf(artist.user) === idOf(data.reviewer)) throw forbidden('You cannot review your own artist profile.')
    const existing = await rows(req, sql`SELECT id FROM artist_reviews WHERE artist_id = ${artistId} AND reviewer_id = ${idOf(data.reviewer)} LIMIT 1`)
    if (existing.length > 0) throw conflict('You have already reviewed this artist: edit your review instead.', { reviewId: existing[0].id })
  } else {
    await lockArtist(req, idOf(merged.artist))
  }
  data.overallRating = overallOf(merged)
  return data
}

export const recomputeAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  await recomputeRating(req, idOf(doc.artist))
  if (operation === 'create') {
    const artist = await load<Artist>(req, 'artists', idOf(doc.artist))
    if (artist) await tell(req, idOf(artist.user), 'dance.artist.reviewed', { overall: doc.overallRating, url: `/artists/${artist.id}` }, `dance.review.${doc.id}`)
  }
  return doc
}

export const recomputeAfterDelete: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
  if (context?.artistDeleted) return doc
  if (doc?.artist) await recomputeRating(req, idOf(doc.artist))
  return doc
}
