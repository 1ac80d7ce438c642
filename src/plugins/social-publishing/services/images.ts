/**
 * Where a post's images come from. `collectPostImages` asks every registered collector; the core
 * one reads the post's `images` (media). Another plugin adds its own in one line, e.g. ai-images:
 *   registerPostImageCollector((payload, post) => mediaOf(post.generatedImages))
 * Image sources feed recurring schedules: `pool` (the schedule's own list) and `tag` (media whose
 * caption carries `#tag`), replaceable with `registerImageSource('tag', …)` (e.g. approved generated images).
 */
import type { Payload, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../../../collections/media'
import { publicUrl } from '../../../lib/public-url'
import type { PostImage } from '../publishers/types'
import { POSTS } from '../constants'

type Doc = Record<string, any>
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))

export type PostImageCollector = (payload: Payload, post: Doc, req?: PayloadRequest) => Promise<(number | string)[]>
const collectors: PostImageCollector[] = [async (_payload, post) => (post.images ?? []).map(idOf).filter(Boolean)]

export const registerPostImageCollector = (collector: PostImageCollector) => void collectors.push(collector)

const absolute = (url: string) => (/^https?:\/\//.test(url) ? url : `${publicUrl()}${url}`)

/** The post's images, in order, as public URLs (what Instagram and Facebook fetch). */
export async function collectPostImages(payload: Payload, post: Doc, req?: PayloadRequest): Promise<PostImage[]> {
  const ids: (number | string)[] = []
  for (const collect of collectors) for (const id of await collect(payload, post, req)) if (!ids.includes(id)) ids.push(id)
  if (!ids.length) return []
  const found = await payload.find({ collection: 'media', where: { id: { in: ids } }, limit: ids.length, depth: 0, pagination: false, req })
  const byId = new Map(found.docs.map((m) => [m.id, m]))
  return ids
    .map((id) => byId.get(id as number))
    .filter((m): m is NonNullable<typeof m> => Boolean(m?.url))
    .map((m) => ({ mediaId: m.id, url: absolute(m.url as string), filename: m.filename, mimeType: m.mimeType }))
}

/** Counts the images a post would carry (for the limits check at scheduling). */
export const countPostImages = async (payload: Payload, post: Doc, req?: PayloadRequest) => (await collectPostImages(payload, post, req)).length

/** An image's bytes: the local file when stored on disk, else its URL (S3). */
export async function readImage(image: PostImage): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const mimeType = image.mimeType ?? 'image/jpeg'
  if (image.filename) {
    const dir = mediaDir()
    const file = path.resolve(dir, image.filename)
    if (file.startsWith(dir + path.sep)) {
      const bytes = await fs.readFile(file).catch(() => null)
      if (bytes) return { bytes: new Uint8Array(bytes), mimeType }
    }
  }
  const res = await fetch(image.url, { signal: AbortSignal.timeout(30_000) })
  if (!res.ok) throw new Error(`could not read image ${image.url}: HTTP ${res.status}`)
  return { bytes: new Uint8Array(await res.arrayBuffer()), mimeType: res.headers.get('content-type') ?? mimeType }
}

export type ImageSource = (payload: Payload, schedule: Doc) => Promise<number | string | null>

/** Media already used by this schedule's posts. */
async function usedBy(payload: Payload, scheduleId: number | string): Promise<Set<number | string>> {
  const posts = await payload.find({ collection: POSTS, where: { schedule: { equals: scheduleId } }, limit: 1000, depth: 0, pagination: false })
  return new Set(posts.docs.flatMap((p) => ((p.images as unknown[]) ?? []).map(idOf)))
}

const sources = new Map<string, ImageSource>([
  [
    'pool',
    async (payload, schedule) => {
      const used = await usedBy(payload, schedule.id)
      return ((schedule.imagePool as unknown[]) ?? []).map(idOf).find((id) => !used.has(id)) ?? null
    },
  ],
  [
    'tag',
    async (payload, schedule) => {
      if (!schedule.tag) return null
      const used = await usedBy(payload, schedule.id)
      const media = await payload.find({
        collection: 'media',
        where: { and: [{ uploadedBy: { equals: idOf(schedule.owner) } }, { caption: { contains: `#${schedule.tag}` } }] },
        sort: 'createdAt',
        limit: 200,
        depth: 0,
      })
      return media.docs.find((m) => !used.has(m.id))?.id ?? null
    },
  ],
])

export const registerImageSource = (name: 'pool' | 'tag', source: ImageSource) => void sources.set(name, source)
export const nextImageFor = (payload: Payload, schedule: Doc) => (sources.get(schedule.imageSource ?? 'pool') ?? sources.get('pool')!)(payload, schedule)
