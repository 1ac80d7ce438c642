/**
 * A post's AI images (the ai-images plugin's public API, as issue 11 allows): the `generatedImages`
 * field that plugin adds to scheduled posts when both are on. Their files (media, public once
 * approved) are published with the post, after the post's own images. With ai-images off, the
 * field does not exist and this collector finds nothing.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { GENERATED_IMAGES_FIELD, mediaIdsOfImage } from '../../ai-images'
import { POSTS } from '../constants'
import { registerPostImageCollector } from './images'

export { GENERATED_IMAGES_FIELD }

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : v)

/** Whether scheduled posts carry the ai-images field (both plugins on). */
export const postsHaveGeneratedImages = (req: PayloadRequest): boolean =>
  Boolean(req.payload.collections[POSTS]?.config.fields.some((f) => 'name' in f && f.name === GENERATED_IMAGES_FIELD))

/** The media ids of the post's generated images, in order. */
export async function generatedImageMedia(payload: Payload, post: Record<string, unknown>, req?: PayloadRequest): Promise<number[]> {
  const images = (post[GENERATED_IMAGES_FIELD] as unknown[] | undefined) ?? []
  if (!images.length) return []
  const local = req ?? (await createLocalReq({}, payload))
  const media: number[] = []
  for (const image of images) for (const id of await mediaIdsOfImage(local, idOf(image))) if (!media.includes(id)) media.push(id)
  return media
}

registerPostImageCollector(generatedImageMedia)
