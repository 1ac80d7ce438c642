/**
 * Instagram Graph API content publishing (business/creator accounts):
 * 1. `GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config` — the rolling 24-hour
 *    limit; at the limit the post waits (transient error with a retry delay) instead of failing;
 * 2. `POST /{ig-user-id}/media` with `image_url` (a public URL) and `caption` → a container id,
 *    committed at once so a later attempt reuses it instead of making another;
 * 3. `GET /{container-id}?fields=status_code` until FINISHED (ERROR/EXPIRED → a new container next time);
 * 4. `POST /{ig-user-id}/media_publish` with `creation_id` → the media id;
 * 5. `GET /{media-id}?fields=permalink`.
 * Base URL: INSTAGRAM_GRAPH_URL (default https://graph.facebook.com/v21.0).
 */
import { env } from '../../../lib/env'
import { bearer, call, classifyGraphError, form } from './http'
import { type Metrics, type PublishContext, type Published, type Publisher, PlatformError } from './types'

const base = () => (env.str('INSTAGRAM_GRAPH_URL', 'https://graph.facebook.com/v21.0') as string).replace(/\/$/, '')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Insight = { name: string; values?: { value: number }[]; total_value?: { value: number } }

async function get<T>(ctx: PublishContext, path: string, query: Record<string, string> = {}): Promise<T> {
  const qs = new URLSearchParams(query).toString()
  return call<T>(`${base()}/${path}${qs ? `?${qs}` : ''}`, { headers: bearer(ctx.accessToken) }, classifyGraphError)
}
const post = <T>(ctx: PublishContext, path: string, fields: Record<string, string | undefined>) =>
  call<T>(`${base()}/${path}`, { method: 'POST', headers: bearer(ctx.accessToken), body: form(fields) }, classifyGraphError)

async function permalinkOf(ctx: PublishContext, mediaId: string): Promise<string | null> {
  const media = await get<{ permalink?: string }>(ctx, mediaId, { fields: 'permalink' }).catch(() => ({ permalink: undefined }))
  return media.permalink ?? null
}

export const instagramPublisher: Publisher = {
  name: 'instagram-graph',
  async publish(ctx, input) {
    const image = input.images[0]
    if (!image) throw new PlatformError('permanent', 'Instagram needs an image.')
    let containerId = input.containerId ?? null
    if (containerId) {
      const { status_code } = await get<{ status_code?: string }>(ctx, containerId, { fields: 'status_code' })
      if (status_code === 'PUBLISHED') {
        const found = await this.findPublished(ctx, { caption: input.caption, since: new Date(0), containerId })
        if (found) return found
      }
      if (status_code !== 'FINISHED' && status_code !== 'IN_PROGRESS') containerId = null
    }
    if (!containerId) {
      const limit = await get<{ data?: { quota_usage?: number; config?: { quota_total?: number; quota_duration?: number } }[] }>(ctx, `${ctx.externalId}/content_publishing_limit`, {
        fields: 'quota_usage,config',
      })
      const row = limit.data?.[0]
      const total = row?.config?.quota_total ?? 100
      if ((row?.quota_usage ?? 0) >= total) {
        throw new PlatformError('transient', `Instagram's 24-hour publishing limit is reached (${row?.quota_usage}/${total}); the post waits.`, 60 * 60_000)
      }
      const created = await post<{ id: string }>(ctx, `${ctx.externalId}/media`, { image_url: image.url, caption: input.caption })
      containerId = created.id
      await input.progress({ containerId })
    }
    const interval = env.int('SOCIAL_IG_POLL_INTERVAL_MS', 2000) as number
    const tries = env.int('SOCIAL_IG_POLL_MAX', 30) as number
    for (let i = 0; ; i++) {
      const { status_code, status } = await get<{ status_code?: string; status?: string }>(ctx, containerId, { fields: 'status_code,status' })
      if (status_code === 'FINISHED') break
      if (status_code === 'ERROR' || status_code === 'EXPIRED') {
        await input.progress({ containerId: null })
        throw new PlatformError(status_code === 'EXPIRED' ? 'transient' : 'permanent', `Instagram could not process the image: ${status ?? status_code}.`)
      }
      if (i >= tries) throw new PlatformError('transient', 'Instagram is still processing the image; trying again later.')
      await sleep(interval)
    }
    const published = await post<{ id: string }>(ctx, `${ctx.externalId}/media_publish`, { creation_id: containerId })
    return { platformPostId: published.id, permalink: await permalinkOf(ctx, published.id) }
  },

  async findPublished(ctx, { caption, since, containerId }) {
    if (!containerId) return null // no container: that attempt never reached media_publish
    const { status_code } = await get<{ status_code?: string }>(ctx, containerId, { fields: 'status_code' })
    if (status_code !== 'PUBLISHED') return null
    const list = await get<{ data?: { id: string; caption?: string; permalink?: string; timestamp?: string }[] }>(ctx, `${ctx.externalId}/media`, {
      fields: 'id,caption,permalink,timestamp',
      limit: '25',
    })
    const hit = list.data?.find((m) => (m.caption ?? '') === caption && (!m.timestamp || new Date(m.timestamp).getTime() >= since.getTime() - 60_000))
    return hit ? { platformPostId: hit.id, permalink: hit.permalink ?? null } : null
  },

  async metrics(ctx, id): Promise<Metrics> {
    const res = await get<{ data?: Insight[] }>(ctx, `${id}/insights`, { metric: 'likes,comments,shares,reach,impressions' })
    const value = (name: string) => {
      const m = res.data?.find((d) => d.name === name)
      return m ? (m.total_value?.value ?? m.values?.[0]?.value ?? 0) : null
    }
    return { likes: value('likes') ?? 0, comments: value('comments') ?? 0, shares: value('shares') ?? 0, reach: value('reach'), impressions: value('impressions') }
  },
}

export type { Published }
