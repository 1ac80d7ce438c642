/**
 * Facebook Pages: a photo post is `POST /{page-id}/photos` with `url` (public image URL) and
 * `caption` → `{ id, post_id }`; a text post is `POST /{page-id}/feed` with `message`. The
 * permalink comes from `GET /{post-id}?fields=permalink_url`. Base URL: FACEBOOK_GRAPH_URL.
 */
import { env } from '../../../lib/env'
import { bearer, call, classifyGraphError, form } from './http'
import type { Metrics, PublishContext, Publisher } from './types'

const base = () => (env.str('FACEBOOK_GRAPH_URL', 'https://graph.facebook.com/v21.0') as string).replace(/\/$/, '')

const get = <T>(ctx: PublishContext, path: string, query: Record<string, string> = {}) =>
  call<T>(`${base()}/${path}?${new URLSearchParams(query)}`, { headers: bearer(ctx.accessToken) }, classifyGraphError)

async function permalinkOf(ctx: PublishContext, postId: string): Promise<string | null> {
  const res = await get<{ permalink_url?: string }>(ctx, postId, { fields: 'permalink_url' }).catch(() => ({ permalink_url: undefined }))
  return res.permalink_url ?? null
}

export const facebookPublisher: Publisher = {
  name: 'facebook-pages',
  async publish(ctx, input) {
    const image = input.images[0]
    const res = image
      ? await call<{ id: string; post_id?: string }>(
          `${base()}/${ctx.externalId}/photos`,
          { method: 'POST', headers: bearer(ctx.accessToken), body: form({ url: image.url, caption: input.caption, published: 'true' }) },
          classifyGraphError,
        )
      : await call<{ id: string }>(`${base()}/${ctx.externalId}/feed`, { method: 'POST', headers: bearer(ctx.accessToken), body: form({ message: input.caption }) }, classifyGraphError)
    const postId = (res as { post_id?: string }).post_id ?? res.id
    return { platformPostId: postId, permalink: await permalinkOf(ctx, postId) }
  },

  async findPublished(ctx, { caption, since }) {
    const res = await get<{ data?: { id: string; message?: string; created_time?: string; permalink_url?: string }[] }>(ctx, `${ctx.externalId}/feed`, {
      fields: 'id,message,created_time,permalink_url',
      since: String(Math.floor(since.getTime() / 1000) - 60),
      limit: '25',
    })
    const hit = res.data?.find((p) => (p.message ?? '') === caption)
    return hit ? { platformPostId: hit.id, permalink: hit.permalink_url ?? null } : null
  },

  async metrics(ctx, id): Promise<Metrics> {
    const post = await get<{ reactions?: { summary?: { total_count?: number } }; comments?: { summary?: { total_count?: number } }; shares?: { count?: number } }>(ctx, id, {
      fields: 'reactions.summary(total_count),comments.summary(total_count),shares',
    })
    const insights = await get<{ data?: { name: string; values?: { value: number }[] }[] }>(ctx, `${id}/insights`, { metric: 'post_impressions,post_impressions_unique' }).catch(() => ({ data: [] }))
    const insight = (name: string) => insights.data?.find((d) => d.name === name)?.values?.[0]?.value ?? null
    return {
      likes: post.reactions?.summary?.total_count ?? 0,
      comments: post.comments?.summary?.total_count ?? 0,
      shares: post.shares?.count ?? 0,
      reach: insight('post_impressions_unique'),
      impressions: insight('post_impressions'),
    }
  },
}
