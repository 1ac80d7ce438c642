/** Posting a review for the caller: the collection's hooks do the checks and the recompute. */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

const rating = z.number().int().min(1).max(5)

export const reviewBody = z
  .object({ teachingRating: rating, professionalismRating: rating, communicationRating: rating, comment: z.string().trim().max(3000).optional() })
  .strict()

export async function postReview(req: PayloadRequest, artistId: number, body: z.infer<typeof reviewBody>) {
  return req.payload.create({ collection: 'artist-reviews', data: { ...body, artist: artistId } as never, overrideAccess: false, user: req.user, req, depth: 0 })
}
