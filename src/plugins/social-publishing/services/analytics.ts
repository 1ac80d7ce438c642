/** Analytics: one reading per published target per sync, pulled from the platforms; statistics per account and per day. */
import type { Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'

import { logger } from '../../../lib/logger'
import { userIsAdmin } from '../../../access'
import { ANALYTICS, type Platform, POSTS } from '../constants'
import { PlatformError, publisherFor } from '../publishers'
import { credentialsOf, loadAccount, markReconnectNeeded } from './accounts'

type Doc = Record<string, any>
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))

/** Syncs the metrics of one post's published targets; returns the readings stored. */
export async function syncPostAnalytics(payload: Payload, post: Doc, now = new Date()): Promise<Doc[]> {
  const stored: Doc[] = []
  for (const target of post.targets ?? []) {
    if (target.state !== 'published' || !target.platformPostId) continue
    const account = await loadAccount(payload, idOf(target.account))
    if (!account || account.status === 'reconnect_needed') continue
    try {
      const creds = account.mode === 'live' ? credentialsOf(account) : null
      if (account.mode === 'live' && !creds) continue
      const ctx = { platform: account.platform as Platform, accountId: account.id, ownerId: idOf(post.owner), postId: post.id, externalId: account.externalId, accessToken: creds?.accessToken ?? '' }
      const m = await publisherFor(payload, account as never).metrics(ctx, target.platformPostId)
      stored.push(
        await payload.create({
          collection: ANALYTICS,
          data: { owner: idOf(post.owner), post: post.id, account: account.id, platform: account.platform, syncedAt: now.toISOString(), ...m } as never,
          req: await createLocalReq({}, payload),
          depth: 0,
          context: { skipAudit: true },
        }),
      )
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'auth') await markReconnectNeeded(payload, account, `${account.platform} refused the token: ${error.message}`)
      else logger.warn({ err: error, post: post.id }, 'social: analytics sync failed for one target')
    }
  }
  return stored
}

/** The sync job: every post published in the last SOCIAL_ANALYTICS_DAYS (default 30) days. */
export async function syncRecentAnalytics(payload: Payload, days = 30): Promise<number> {
  const since = new Date(Date.now() - days * 86_400_000).toISOString()
  const posts = await payload.find({ collection: POSTS, where: { and: [{ status: { equals: 'published' } }, { publishedAt: { greater_than_equal: since } }] }, limit: 500, depth: 0, pagination: false })
  let n = 0
  for (const post of posts.docs) n += (await syncPostAnalytics(payload, post as Doc)).length
  return n
}

/** The latest reading per target of a post, and the history. */
export async function postAnalytics(req: PayloadRequest, post: Doc) {
  const rows = await req.payload.find({ collection: ANALYTICS, where: { post: { equals: post.id } }, sort: '-syncedAt', limit: 500, depth: 0, req, overrideAccess: false, user: req.user })
  const latest = new Map<number, Doc>()
  for (const r of rows.docs as Doc[]) if (!latest.has(idOf(r.account))) latest.set(idOf(r.account), r)
  return { post: post.id, latest: [...latest.values()], history: rows.docs }
}

const METRICS = ['likes', 'comments', 'shares', 'reach', 'impressions'] as const
const zero = () => Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<(typeof METRICS)[number], number>

/** Statistics of the user's posts (all posts for admins): per account and per day (UTC, by publication day). */
export async function statistics(req: PayloadRequest, range: { from?: string; to?: string }) {
  const and: Where[] = []
  if (!userIsAdmin(req.user)) and.push({ owner: { equals: req.user!.id } })
  if (range.from) and.push({ scheduledAt: { greater_than_equal: range.from } })
  if (range.to) and.push({ scheduledAt: { less_than: range.to } })
  const posts = await req.payload.find({ collection: POSTS, where: { and }, limit: 5000, depth: 0, pagination: false, req, overrideAccess: false, user: req.user })
  const ids = posts.docs.map((p) => p.id)
  const readings = ids.length
    ? await req.payload.find({ collection: ANALYTICS, where: { post: { in: ids } }, sort: '-syncedAt', limit: 20000, depth: 0, pagination: false, req, overrideAccess: false, user: req.user })
    : { docs: [] }
  const latest = new Map<string, Doc>()
  for (const r of readings.docs as Doc[]) {
    const key = `${idOf(r.post)}:${idOf(r.account)}`
    if (!latest.has(key)) latest.set(key, r)
  }
  const byStatus: Record<string, number> = {}
  const accounts = new Map<number, Doc>()
  const days = new Map<string, Doc>()
  for (const p of posts.docs as Doc[]) {
    byStatus[p.status] = (byStatus[p.status] ?? 0) + 1
    for (const t of p.targets ?? []) {
      const aid = idOf(t.account)
      const acc = accounts.get(aid) ?? { account: aid, platform: t.platform, posts: 0, published: 0, failed: 0, ...zero() }
      acc.posts++
      if (t.state === 'published') acc.published++
      if (t.state === 'failed') acc.failed++
      const reading = latest.get(`${p.id}:${aid}`)
      if (reading) for (const m of METRICS) acc[m] += reading[m] ?? 0
      accounts.set(aid, acc)
      if (t.state === 'published' && t.publishedAt) {
        const day = String(t.publishedAt).slice(0, 10)
        const d = days.get(day) ?? { day, published: 0, ...zero() }
        d.published++
        if (reading) for (const m of METRICS) d[m] += reading[m] ?? 0
        days.set(day, d)
      }
    }
  }
  return { posts: posts.docs.length, byStatus, perAccount: [...accounts.values()], perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)) }
}
