/**
 * Cleanup (scheduled job): rejected and failed images older than AI_IMAGES_CLEANUP_AFTER_DAYS are
 * deleted with their files (the collection's afterDelete deletes the media, which deletes the
 * files and their sizes); generations left `pending`/`generating` by a dead worker for longer than
 * AI_IMAGES_STALE_AFTER_MINUTES are marked failed. History rows stay.
 */
import type { PayloadRequest } from 'payload'

import { rows, sql } from '../../../db/transaction'
import { logger } from '../../../lib/logger'
import { IMAGES } from '../constants'
import { limits } from './options'

export type CleanupReport = { deleted: number; interrupted: number; errors: number }

export async function cleanupImages(req: PayloadRequest, now = new Date()): Promise<CleanupReport> {
  const { cleanupAfterDays, staleAfterMinutes } = limits()
  const cutoff = new Date(now.getTime() - cleanupAfterDays * 86_400_000)
  const staleCutoff = new Date(now.getTime() - staleAfterMinutes * 60_000)

  // the transition table allows pending|generating → failed for the system only
  const interrupted = await rows(
    req,
    sql`UPDATE generated_images SET status = 'failed', error_code = 'interrupted',
           error_message = 'The generation was interrupted (worker stopped) and did not finish.', completed_at = now(), updated_at = now()
         WHERE status IN ('pending', 'generating') AND updated_at < ${staleCutoff.toISOString()} RETURNING id`,
  )

  let deleted = 0
  let errors = 0
  for (;;) {
    const batch = await req.payload.find({
      collection: IMAGES,
      where: { and: [{ status: { in: ['rejected', 'failed'] } }, { updatedAt: { less_than: cutoff.toISOString() } }] },
      depth: 0,
      limit: 50,
      req,
      overrideAccess: true,
      sort: 'updatedAt',
    })
    if (!batch.docs.length) break
    let progressed = false
    for (const doc of batch.docs) {
      try {
        await req.payload.delete({ collection: IMAGES, id: doc.id, req, overrideAccess: true })
        deleted++
        progressed = true
      } catch (err) {
        errors++
        logger.warn({ err, image: doc.id }, 'ai-images: cleanup could not delete an image')
      }
    }
    if (!progressed) break
  }
  return { deleted, interrupted: interrupted.length, errors }
}
