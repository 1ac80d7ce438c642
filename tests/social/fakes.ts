/**
 * A local fake of the three platforms, on 127.0.0.1, speaking the documented protocols:
 * - Meta Graph API under /graph (Instagram content publishing: content_publishing_limit, media
 *   containers with status_code, media_publish, media list, insights; Facebook Pages: /photos, /feed,
 *   permalink_url, reactions/comments/shares, insights), Bearer tokens, Graph error shapes (code 190…);
 * - X API v2 under /x (POST /2/media/upload multipart, POST /2/tweets, user timeline, public_metrics).
 * It records every publication and can be told to fail the next publish calls.
 */
import type { AddressInfo } from 'node:net'

import http from 'node:http'

export type FakePost = { platform: 'instagram' | 'facebook' | 'x'; id: string; account: string; caption: string; imageUrl?: string; mediaIds?: string[]; at: string }

export async function startFakePlatforms() {
  const tokens = new Set<string>()
  const posts: FakePost[] = []
  const containers = new Map<string, { account: string; imageUrl: string; caption: string; status: string; polls: number; mediaId?: string }>()
  const uploads = new Map<string, number>()
  const requests: { method: string; path: string; body: string }[] = []
  /** Answers to give to the next publish calls (IG media/media_publish, FB photos/feed, X tweets). */
  const failNext: { status: number; body: unknown; headers?: Record<string, string> }[] = []
  const state = { igQuotaUsage: 0, igPollsBeforeFinished: 1 }
  let seq = 1000

  const graphError = (code: number, message: string, type = 'OAuthException') => ({ error: { message, type, code, fbtrace_id: 'AbC' } })

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', 'http://fake')
    const path = url.pathname
    requests.push({ method: req.method ?? '', path, body: raw.toString('latin1').slice(0, 2000) })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const isX = path.startsWith('/x/')
    if (!token || !tokens.has(token)) {
      return isX
        ? send(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' })
        : send(401, { error: { message: 'Error validating access token: Session has expired.', type: 'OAuthException', code: 190, error_subcode: 463 } })
    }
    const form = new URLSearchParams(req.headers['content-type']?.includes('x-www-form-urlencoded') ? raw.toString('utf8') : '')
    const publishCall = (req.method === 'POST' && /\/(media|media_publish|photos|feed)$/.test(path)) || path === '/x/2/tweets'
    if (publishCall && failNext.length) {
      const f = failNext.shift()!
      return send(f.status, f.body, f.headers)
    }
    const now = new Date().toISOString()

    if (isX) {
      const xPath = path.slice(2)
      if (req.method === 'POST' && xPath === '/2/media/upload') {
        if (!req.headers['content-type']?.startsWith('multipart/form-data') || !raw.includes('name="media"') || !raw.includes('tweet_image')) {
          return send(400, { title: 'Invalid Request', detail: 'media and media_category are required', status: 400 })
        }
        const id = String(++seq)
        uploads.set(id, raw.length)
        return send(200, { data: { id, media_key: `3_${id}`, size: raw.length, expires_after_secs: 86400 } })
      }
      if (req.method === 'POST' && xPath === '/2/tweets') {
        const body = JSON.parse(raw.toString('utf8') || '{}') as { text?: string; media?: { media_ids?: string[] } }
        for (const m of body.media?.media_ids ?? []) if (!uploads.has(m)) return send(400, { title: 'Invalid Request', detail: `media id ${m} not found`, status: 400 })
        const id = String(++seq)
        posts.push({ platform: 'x', id, account: 'x', caption: body.text ?? '', mediaIds: body.media?.media_ids, at: now })
        return send(201, { data: { id, text: body.text, edit_history_tweet_ids: [id] } })
      }
      const timeline = /^\/2\/users\/([^/]+)\/tweets$/.exec(xPath)
      if (req.method === 'GET' && timeline) {
        return send(200, { data: posts.filter((p) => p.platform === 'x').map((p) => ({ id: p.id, text: p.caption, created_at: p.at })), meta: {} })
      }
      const tweet = /^\/2\/tweets\/(\d+)$/.exec(xPath)
      if (req.method === 'GET' && tweet) {
        const p = posts.find((q) => q.platform === 'x' && q.id === tweet[1])
        if (!p) return send(404, { title: 'Not Found Error', detail: 'Could not find tweet', status: 404 })
        return send(200, { data: { id: p.id, text: p.caption, public_metrics: { retweet_count: 2, reply_count: 3, like_count: 11, quote_count: 1, impression_count: 250 } } })
      }
      return send(404, { title: 'Not Found Error', status: 404 })
    }

    const parts = path.replace(/^\/graph\//, '').split('/')
    const [node, edge] = parts
    if (req.method === 'GET' && edge === 'content_publishing_limit') {
      return send(200, { data: [{ quota_usage: state.igQuotaUsage, config: { quota_total: 100, quota_duration: 86400 } }] })
    }
    if (req.method === 'POST' && edge === 'media') {
      const imageUrl = form.get('image_url')
      if (!imageUrl || !/^https?:\/\//.test(imageUrl)) return send(400, graphError(100, 'The parameter image_url is required', 'OAuthException'))
      const id = `c${++seq}`
      containers.set(id, { account: node, imageUrl, caption: form.get('caption') ?? '', status: 'IN_PROGRESS', polls: 0 })
      return send(200, { id })
    }
    if (req.method === 'POST' && edge === 'media_publish') {
      const c = containers.get(form.get('creation_id') ?? '')
      if (!c) return send(400, graphError(100, 'Invalid parameter'))
      if (c.status !== 'FINISHED') return send(400, graphError(9007, 'Media ID is not available', 'OAuthException'))
      const id = `17${++seq}`
      c.status = 'PUBLISHED'
      c.mediaId = id
      state.igQuotaUsage++
      posts.push({ platform: 'instagram', id, account: node, caption: c.caption, imageUrl: c.imageUrl, at: now })
      return send(200, { id })
    }
    if (req.method === 'GET' && edge === 'media') {
      return send(200, {
        data: posts.filter((p) => p.platform === 'instagram' && p.account === node).map((p) => ({ id: p.id, caption: p.caption, permalink: `https://www.instagram.com/p/${p.id}/`, timestamp: p.at })),
      })
    }
    if (req.method === 'POST' && (edge === 'photos' || edge === 'feed')) {
      const caption = edge === 'photos' ? (form.get('caption') ?? '') : (form.get('message') ?? '')
      if (edge === 'photos' && !/^https?:\/\//.test(form.get('url') ?? '')) return send(400, graphError(324, 'Requires upload file'))
      const postId = `${node}_${++seq}`
      posts.push({ platform: 'facebook', id: postId, account: node, caption, imageUrl: form.get('url') ?? undefined, at: now })
      return send(200, edge === 'photos' ? { id: String(seq), post_id: postId } : { id: postId })
    }
    if (req.method === 'GET' && edge === 'feed') {
      return send(200, {
        data: posts.filter((p) => p.platform === 'facebook' && p.account === node).map((p) => ({ id: p.id, message: p.caption, created_time: p.at, permalink_url: `https://www.facebook.com/${p.id}` })),
      })
    }
    if (req.method === 'GET' && edge === 'insights') {
      if (node.includes('_')) return send(200, { data: [{ name: 'post_impressions', period: 'lifetime', values: [{ value: 400 }] }, { name: 'post_impressions_unique', period: 'lifetime', values: [{ value: 300 }] }] })
      const v = (name: string, value: number) => ({ name, period: 'lifetime', values: [{ value }], id: `${node}/insights/${name}/lifetime` })
      return send(200, { data: [v('likes', 42), v('comments', 7), v('shares', 5), v('reach', 900), v('impressions', 1200)] })
    }
    if (req.method === 'GET' && !edge) {
      const c = containers.get(node)
      if (c) {
        if (c.status === 'IN_PROGRESS' && ++c.polls > state.igPollsBeforeFinished) c.status = 'FINISHED'
        return send(200, { status_code: c.status, status: c.status === 'ERROR' ? 'Error: unsupported image' : c.status, id: node })
      }
      const p = posts.find((q) => q.id === node)
      if (!p) return send(404, graphError(100, 'Unsupported get request.', 'GraphMethodException'))
      if (p.platform === 'instagram') return send(200, { id: p.id, permalink: `https://www.instagram.com/p/${p.id}/` })
      return send(200, { id: p.id, permalink_url: `https://www.facebook.com/${p.id}`, reactions: { data: [], summary: { total_count: 13 } }, comments: { data: [], summary: { total_count: 4 } }, shares: { count: 2 } })
    }
    return send(404, graphError(100, `Unknown path ${path}`))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    graphUrl: `${url}/graph`,
    xUrl: `${url}/x`,
    tokens,
    posts,
    containers,
    requests,
    failNext,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
