import type { Payload } from 'payload'

import { pngBytes } from '../helpers/fixtures'

/** An image in `media` uploaded by the user (a real PNG file on disk). */
export async function uploadImage(payload: Payload, userId: number | string, caption?: string) {
  const data = Buffer.from(await pngBytes(32, 32))
  return payload.create({
    collection: 'media',
    data: { alt: 'test image', caption, uploadedBy: userId } as never,
    file: { data, mimetype: 'image/png', name: `img-${Math.random().toString(36).slice(2)}.png`, size: data.length },
    overrideAccess: true,
    context: { skipAudit: true },
  })
}

export const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()
