/** What other plugins (social publishing) ask of generated images: is it approved, which files does it hold. */
import type { PayloadRequest } from 'payload'

import { hasCollection } from '../../../lib/has-collection'
import { isSerialId } from '../../../lib/serial-id'
import { IMAGES } from '../constants'
import { mediaIdsOfDoc } from './review'

/** The ids among `ids` that name approved generated images (trusted lookup, in the caller's transaction). */
export async function approvedImageIds(req: PayloadRequest, ids: unknown[]): Promise<Set<number>> {
  const wanted = [...new Set(ids.filter(isSerialId).map(Number))]
  if (!wanted.length || !hasCollection(req.payload, IMAGES)) return new Set()
  const found = await req.payload.find({
    collection: IMAGES,
    where: { and: [{ id: { in: wanted } }, { status: { equals: 'approved' } }] },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    req,
    overrideAccess: true,
    select: { status: true },
  })
  return new Set(found.docs.map((d) => d.id as number))
}

/** Whether generated image `id` exists and is approved. */
export async function isApprovedImage(req: PayloadRequest, id: unknown): Promise<boolean> {
  return (await approvedImageIds(req, [id])).has(Number(id))
}

/** The `media` ids of generated image `id` (empty when unknown). Files of approved images are public. */
export async function mediaIdsOfImage(req: PayloadRequest, id: unknown): Promise<number[]> {
  if (!isSerialId(id) || !hasCollection(req.payload, IMAGES)) return []
  const doc = await req.payload.findByID({ collection: IMAGES, id: Number(id), depth: 0, req, overrideAccess: true, disableErrors: true })
  return doc ? mediaIdsOfDoc(doc as never) : []
}

/** The next approved image carrying tag `tagId` that `exclude` does not list (oldest approval first), or null. */
export async function nextApprovedImageWithTag(req: PayloadRequest, tagId: number, exclude: number[] = []): Promise<null | { id: number; media: number[] }> {
  if (!hasCollection(req.payload, IMAGES)) return null
  const and: Record<string, unknown>[] = [{ status: { equals: 'approved' } }, { tags: { in: [tagId] } }]
  if (exclude.length) and.push({ id: { not_in: exclude } })
  const found = await req.payload.find({ collection: IMAGES, where: { and } as never, sort: 'reviewedAt', depth: 0, limit: 1, req, overrideAccess: true })
  const doc = found.docs[0]
  return doc ? { id: doc.id as number, media: mediaIdsOfDoc(doc as never) } : null
}
