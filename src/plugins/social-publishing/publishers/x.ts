/**
 * X API v2 with a user-context OAuth 2.0 token: each image is uploaded with
 * `POST /2/media/upload` (multipart `media`, `media_category=tweet_image`) → `data.id`, then the
 * post is created with `POST /2/tweets` `{ text, media: { media_ids } }` → `data.id`. Metrics:
 * `GET /2/tweets/:id?tweet.fields=public_metrics`. Base URL: X_API_URL (default https://api.x.com).
 */
import { env } from '../../../lib/env'
import { bearer, call, classifyXError } from './http'
import type { Metrics, PublishContext, Publisher } from './types'

const base = () => (env.str('X_API_URL', 'https://api.x.com') as string).replace(/\/$/, '')
const permalink = (id: string) => `https://x.com/i/web/status/${id}`

export const xPublisher: Publisher = {
  name: 'x-api-v2',
  async publish(ctx: PublishContext, input) {
    const mediaIds: string[] = []
    for (const image of input.images) {
      const { bytes, mimeType } = await input.readImage(image)
      const body = new FormData()
      body.set('media', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), image.filename ?? 'image')
      body.set('media_category', 'tweet_image')
      const res = await call<{ data?: { id: string } }>(`${base()}/2/media/upload`, { method: 'POST', headers: bearer(ctx.accessToken), body }, classifyXError)
      if (!res.data?.id) throw new Error('X media upload answered without an id')
      mediaIds.push(res.data.id)
    }
    const res = await call<{ data?: { id: string } }>(
      `${base()}/2/tweets`,
      {
        method: 'POST',
        headers: { ...bearer(ctx.accessToken), 'content-type': 'application/json' },
        body: JSON.stringify({ text: input.caption, ...(mediaIds.length ? { media: { media_ids: mediaIds } } : {}) }),
      },
      classifyXError,
    )
    if (!res.data?.id) throw new Error('X answered without a post id')
    return { platformPostId: res.data.id, permalink: permalink(res.data.id) }
  },

  async findPublished(ctx, { caption, since }) {
    const qs = new URLSearchParams({ max_results: '10', 'tweet.fields': 'created_at,text', start_time: new Date(since.getTime() - 60_000).toISOString() })
    const res = await call<{ data?: { id: string; text: string }[] }>(`${base()}/2/users/${ctx.externalId}/tweets?${qs}`, { headers: bearer(ctx.accessToken) }, classifyXError)
    // X appends the media link to the text of a post with media
    const hit = res.data?.find((t) => t.text === caption || t.text.startsWith(`${caption} https://t.co/`))
    return hit ? { platformPostId: hit.id, permalink: permalink(hit.id) } : null
  },

  async metrics(ctx, id): Promise<Metrics> {
    const res = await call<{ data?: { public_metrics?: Record<string, number> } }>(`${base()}/2/tweets/${id}?tweet.fields=public_metrics`, { headers: bearer(ctx.accessToken) }, classifyXError)
    const m = res.data?.public_metrics ?? {}
    return { likes: m.like_count ?? 0, comments: m.reply_count ?? 0, shares: (m.retweet_count ?? 0) + (m.quote_count ?? 0), reach: null, impressions: m.impression_count ?? null }
  },
}
