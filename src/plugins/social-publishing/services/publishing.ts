/**
 * The publishing run: claims due posts atomically and publishes each on its accounts exactly once.
 *
 * - Claim: one `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` moves due posts from a
 *   claimable status (from the transition table) to `publishing` with a fresh claim token; two
 *   workers never get the same post. A post left in `publishing` by a worker that died is taken
 *   over after the lease (SOCIAL_PUBLISH_LEASE_SECONDS, default 600).
 * - Before calling a platform, the target's `attemptStartedAt` is committed; after the platform's
 *   answer its post id and permalink are committed before anything else. A run that finds an
 *   attempt without a post id (the process died between the platform's answer and our write) first
 *   asks the platform for what that attempt published (`findPublished`) and records it instead of
 *   posting again. Instagram's container id is committed as soon as it exists and reused.
 * - Errors: token refused → the account becomes "reconnect needed" (owner notified) and the post
 *   waits; transient (5xx, rate limit, network) → `retry` with exponential backoff
 *   (SOCIAL_RETRY_BASE_SECONDS × 2^n, at most SOCIAL_MAX_ATTEMPTS tries) → then `failed`;
 *   refused by the platform → that account failed.
 * Every write here commits by itself (a fresh request per write), never inside a caller's transaction.
 */
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { createLocalReq } from 'payload'

import { sql, txDb } from '../../../db/transaction'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { type Platform, POSTS } from '../constants'
import { PlatformError, type Publisher, publisherFor } from '../publishers'
import { credentialsOf, loadAccount, markReconnectNeeded } from './accounts'
import { collectPostImages, readImage } from './images'
import { captionFor } from './limits'
import { CLAIMABLE, checkTransition, type PostStatus } from './transitions'

type Doc = Record<string, any>

/** Test seams: a simulated process death right after a platform answered, and the unlocked claim (control of the race test). */
export const publishingHooks: {
  afterPlatformAnswer?: (info: { postId: number | string; platform: Platform; platformPostId: string }) => void | Promise<void>
  unsafeClaim?: { delayMs: number }
  skipRecovery?: boolean
} = {}

/** Thrown by a test seam to stop a run the way a killed process would: nothing after it runs. */
export class ProcessCrash extends Error {}

const leaseSeconds = () => env.int('SOCIAL_PUBLISH_LEASE_SECONDS', 600) as number
export const maxAttempts = () => env.int('SOCIAL_MAX_ATTEMPTS', 5) as number
export const backoffMs = (attempt: number) => Math.min(6 * 3_600_000, (env.int('SOCIAL_RETRY_BASE_SECONDS', 60) as number) * 1000 * 2 ** Math.max(0, attempt - 1))

const claimableSql = sql.raw(CLAIMABLE.map((s) => `'${s}'`).join(','))

/** Claims due posts (or the one given, whatever its time: publish-now). Returns the claimed ids and the token. */
export async function claimDuePosts(payload: Payload, opts: { postId?: number | string; limit?: number; now?: Date } = {}) {
  const db = await txDb(await createLocalReq({}, payload))
  const token = randomUUID()
  const now = (opts.now ?? new Date()).toISOString()
  const lease = leaseSeconds()
  const limit = opts.limit ?? 20
  const due = opts.postId
    ? sql`id = ${Number(opts.postId)} AND (status IN (${claimableSql}) OR (status = 'publishing' AND claimed_at < ${now}::timestamptz - make_interval(secs => ${lease})))`
    : sql`((status IN (${claimableSql}) AND scheduled_at <= ${now}::timestamptz AND (next_attempt_at IS NULL OR next_attempt_at <= ${now}::timestamptz))
           OR (status = 'publishing' AND claimed_at < ${now}::timestamptz - make_interval(secs => ${lease})))`
  if (publishingHooks.unsafeClaim) {
    // CONTROL ONLY (tests): read, wait, then write without re-checking, and no claim-token check: two runs both take the post
    const found = await db.execute(sql`SELECT id FROM scheduled_posts WHERE ${due} ORDER BY scheduled_at LIMIT ${limit}`)
    await new Promise((r) => setTimeout(r, publishingHooks.unsafeClaim!.delayMs))
    const ids = found.rows.map((r) => Number(r.id))
    if (!ids.length) return { token, ids: [] as number[] }
    await db.execute(sql`UPDATE scheduled_posts SET status = 'publishing', claim_token = ${token}, claimed_at = now(), attempts = COALESCE(attempts, 0) + 1 WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
    return { token, ids }
  }
  const res = await db.execute(sql`
    UPDATE scheduled_posts
       SET status = 'publishing', claim_token = ${token}, claimed_at = now(), attempts = COALESCE(attempts, 0) + 1, updated_at = now()
     WHERE id IN (SELECT id FROM scheduled_posts WHERE ${due} ORDER BY scheduled_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
       AND ${due}
     RETURNING id`)
  return { token, ids: res.rows.map((r) => Number(r.id)) }
}

export type RunReport = { claimed: number; published: number; retry: number; failed: number; waiting: number }

/** One publishing pass (the job, the admin endpoint and publish-now call it). */
export async function runPublishing(payload: Payload, opts: { postId?: number | string; limit?: number; now?: Date } = {}): Promise<RunReport> {
  const { token, ids } = await claimDuePosts(payload, opts)
  const report: RunReport = { claimed: ids.length, published: 0, retry: 0, failed: 0, waiting: 0 }
  for (const id of ids) {
    try {
      const status = await publishPost(payload, id, token)
      if (status === 'published' || status === 'retry' || status === 'failed' || status === 'waiting') report[status]++
    } catch (error) {
      if (error instanceof ProcessCrash) throw error
      logger.error({ err: error, post: id }, 'social: publishing a post failed unexpectedly; it is retried after the lease')
    }
  }
  return report
}

async function publishPost(payload: Payload, postId: number, token: string): Promise<PostStatus | 'skipped'> {
  const write = async (data: Doc) =>
    payload.update({ collection: POSTS, id: postId, data: data as never, req: await createLocalReq({}, payload), overrideAccess: true, depth: 0, context: { postTransition: true, skipAudit: true } })
  const post = (await payload.findByID({ collection: POSTS, id: postId, depth: 0, overrideAccess: true, showHiddenFields: true })) as Doc
  // a later claim (after the lease) took it over; the unsafe control claim skips this check too
  if ((post.claimToken !== token && !publishingHooks.unsafeClaim) || post.status !== 'publishing') return 'skipped'
  const targets: Doc[] = post.targets.map((t: Doc) => ({ ...t }))
  const saveTargets = () => write({ targets })
  const images = await collectPostImages(payload, post)
  let retryAfter = 0

  for (const target of targets) {
    if (target.state === 'published' || target.state === 'failed') continue
    const account = await loadAccount(payload, target.account)
    if (!account) {
      Object.assign(target, { state: 'failed', lastError: 'The account was removed.' })
      continue
    }
    if (account.status === 'reconnect_needed') {
      Object.assign(target, { state: 'waiting', lastError: `Waiting for the ${account.platform} account "${account.name}" to be reconnected.` })
      continue
    }
    let accessToken = ''
    if (account.mode === 'live') {
      let creds = null
      try {
        creds = credentialsOf(account)
      } catch {
        /* unreadable: treated as missing */
      }
      const expired = creds?.expiresAt && new Date(creds.expiresAt).getTime() <= Date.now()
      if (!creds || expired) {
        const reason = !creds ? 'No usable access token is stored.' : `The access token expired on ${creds.expiresAt}.`
        await markReconnectNeeded(payload, account, reason)
        Object.assign(target, { state: 'waiting', lastError: reason })
        continue
      }
      accessToken = creds.accessToken
    }
    const publisher: Publisher = publisherFor(payload, account as never)
    const ctx = { platform: account.platform as Platform, accountId: account.id, ownerId: post.owner, postId, externalId: account.externalId, accessToken }
    const caption = captionFor(account.platform, post.caption ?? '', post.variants)
    try {
      if (target.attemptStartedAt && !target.platformPostId && !publishingHooks.skipRecovery) {
        const found = await publisher.findPublished(ctx, { caption, since: new Date(target.attemptStartedAt), containerId: target.containerId })
        if (found) {
          Object.assign(target, { state: 'published', platformPostId: found.platformPostId, permalink: found.permalink, publishedAt: new Date().toISOString(), lastError: null })
          await saveTargets()
          continue
        }
      }
      Object.assign(target, { attemptStartedAt: new Date().toISOString(), attempts: (target.attempts ?? 0) + 1 })
      await saveTargets()
      const result = await publisher.publish(ctx, {
        caption,
        images,
        readImage,
        containerId: target.containerId,
        progress: async (patch) => {
          if ('containerId' in patch) target.containerId = patch.containerId ?? null
          await saveTargets()
        },
      })
      await publishingHooks.afterPlatformAnswer?.({ postId, platform: ctx.platform, platformPostId: result.platformPostId })
      Object.assign(target, { state: 'published', platformPostId: result.platformPostId, permalink: result.permalink, publishedAt: new Date().toISOString(), lastError: null })
      await saveTargets()
    } catch (error) {
      if (error instanceof ProcessCrash) throw error
      if (error instanceof PlatformError) {
        // the platform answered with an error: this attempt published nothing
        target.attemptStartedAt = null
        if (error.kind === 'auth') {
          await markReconnectNeeded(payload, account, `${account.platform} refused the token: ${error.message}`)
          Object.assign(target, { state: 'waiting', lastError: error.message })
        } else if (error.kind === 'permanent') {
          Object.assign(target, { state: 'failed', lastError: error.message })
        } else {
          Object.assign(target, { state: 'pending', lastError: error.message })
          retryAfter = Math.max(retryAfter, error.retryAfterMs ?? 0)
        }
      } else {
        // unknown outcome (our own write failed, timeout after sending…): attemptStartedAt stays, the next run looks first
        Object.assign(target, { state: 'pending', lastError: (error as Error).message })
      }
      await saveTargets().catch(() => undefined)
    }
  }

  const states = targets.map((t) => t.state)
  const attempts = post.attempts ?? 1
  let next: PostStatus
  const data: Doc = { targets, claimToken: null }
  if (states.every((s) => s === 'published')) {
    next = 'published'
    data.publishedAt = new Date().toISOString()
    data.lastError = null
  } else if (states.includes('pending')) {
    if (attempts >= maxAttempts()) {
      next = 'failed'
      for (const t of targets) if (t.state === 'pending') t.state = 'failed'
    } else {
      next = 'retry'
      data.nextAttemptAt = new Date(Date.now() + Math.max(backoffMs(attempts), retryAfter)).toISOString()
    }
  } else if (states.includes('waiting')) {
    next = 'waiting'
  } else {
    next = 'failed'
  }
  data.lastError = next === 'published' ? null : targets.filter((t) => t.lastError).map((t) => `${t.platform}: ${t.lastError}`).join(' | ') || null
  const check = checkTransition('publishing', next, ['system'])
  if (!check.ok) throw new Error(check.message)
  data.status = next
  await write(data)
  return next
}
