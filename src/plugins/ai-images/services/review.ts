/** Review of a generated image by an editor or admin: generated → approved | rejected (with a reason). */
import type { PayloadRequest } from 'payload'

import { setMediaAccess } from '../../../collections/media-access'
import { badRequest, conflict, notFound } from '../../../endpoints/http'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { isSerialId } from '../../../lib/serial-id'
import { userHasRole } from '../../../access'
import { IMAGES, SYSTEM } from '../constants'
import { notifyRequester } from './notify'
import { type Actor, checkTransition, type ImageStatus, reasonRequired } from './transitions'

const actorsOf = (user: unknown): Actor[] => (['admin', 'editor'] as const).filter((r) => userHasRole(user as never, r))

export async function reviewImage(req: PayloadRequest, id: string, to: 'approved' | 'rejected', reason?: string) {
  if (!isSerialId(id)) throw notFound('No such image.')
  return inTransaction(req, async () => {
    // what the caller may read decides 404 vs a refusal that says why
    const visible = await req.payload.findByID({ collection: IMAGES, id: Number(id), depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    if (!visible) throw notFound('No such image.')
    const [row] = await rows<{ status: ImageStatus }>(req, sql`SELECT status FROM generated_images WHERE id = ${Number(id)} FOR UPDATE`)
    const from = row.status
    const check = checkTransition(from, to, actorsOf(req.user))
    if (!check.ok) throw conflict(check.message)
    const why = reason?.trim()
    if (reasonRequired(from, to) && !why) throw badRequest('reason: say why the image is rejected (the requester sees it).')
    const doc = await req.payload.update({
      collection: IMAGES,
      id: Number(id),
      data: { status: to, rejectionReason: to === 'rejected' ? why : null, reviewedBy: req.user?.id, reviewedAt: new Date().toISOString() } as never,
      req,
      overrideAccess: true,
      depth: 0,
      context: { [SYSTEM]: true },
    })
    // approved images can be published: their files become public (social platforms fetch them by URL)
    if (to === 'approved') for (const m of mediaIdsOfDoc(doc)) await setMediaAccess(req, m, null)
    const requester = typeof doc.requester === 'object' ? doc.requester.id : doc.requester
    await notifyRequester(
      req,
      requester,
      'ai-images.reviewed',
      { imageId: doc.id, prompt: doc.prompt.slice(0, 80), decision: to, decisionFr: to === 'approved' ? 'approuvée' : 'refusée', reason: why ?? '' },
      `ai-images.reviewed:${doc.id}`,
    )
    return doc
  })
}

export const mediaIdsOfDoc = (doc: { images?: null | { media?: unknown }[] }): number[] =>
  (doc.images ?? [])
    .map((i) => (i.media && typeof i.media === 'object' ? (i.media as { id: number }).id : (i.media as number)))
    .filter((m): m is number => typeof m === 'number')
