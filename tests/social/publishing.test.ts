/**
 * Publishing against local fakes of Instagram Graph API, Facebook Pages and X API v2, over real
 * HTTP and Postgres: schedule → publish at the time → analytics; a crash between the platform's
 * answer and our write; two concurrent runs; an expired/refused token; transient errors and the
 * Instagram 24-hour limit.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { TestServer } from '../helpers/server'

import { publishingHooks, ProcessCrash, runPublishing } from '../../src/plugins/social-publishing/services/publishing'
import { checkExpiringTokens } from '../../src/plugins/social-publishing/services/accounts'
import { userSession } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { startTestServer } from '../helpers/server'
import { startFakePlatforms } from './fakes'
import { inSeconds, uploadImage } from './helpers'

let t: TestServer
let fake: Awaited<ReturnType<typeof startFakePlatforms>>
let db: pg.Client
let marketer: Awaited<ReturnType<typeof userSession>>
let admin: Awaited<ReturnType<typeof userSession>>
let image: { id: number }

const TOKEN = 'EAAB-valid-token-123'

beforeAll(async () => {
  fake = await startFakePlatforms()
  fake.tokens.add(TOKEN)
  t = await startTestServer({
    env: {
      INSTAGRAM_GRAPH_URL: fake.graphUrl,
      FACEBOOK_GRAPH_URL: fake.graphUrl,
      X_API_URL: fake.xUrl,
      SOCIAL_IG_POLL_INTERVAL_MS: '10',
      SOCIAL_TOKEN_KEY: randomBytes(32).toString('hex'),
    },
  })
  db = new pg.Client({ connectionString: t.databaseUrl })
  await db.connect()
  marketer = await userSession(t.payload, t.api, ['marketer'])
  admin = await userSession(t.payload, t.api, ['admin'])
  image = (await uploadImage(t.payload, marketer.user.id)) as { id: number }
}, 120_000)

afterAll(async () => {
  await db?.end()
  await t?.close()
  await fake?.close()
})

afterEach(() => {
  delete publishingHooks.afterPlatformAnswer
  delete publishingHooks.unsafeClaim
  delete publishingHooks.skipRecovery
  delete process.env.SOCIAL_PUBLISH_LEASE_SECONDS
})

async function connect(platform: 'instagram' | 'facebook' | 'x', extra: Record<string, unknown> = {}, who = marketer) {
  const res = await t.api.post('/api/social/accounts', { platform, name: `${platform} acc`, externalId: `${platform}-${randomBytes(3).toString('hex')}`, accessToken: TOKEN, ...extra }, who.auth)
  expect(res.status, res.text).toBe(201)
  return res.body
}

const schedule = async (body: Record<string, unknown>, who = marketer) => t.api.post('/api/social/schedule', body, who.auth)
const getPost = async (id: number) => (await t.api.get(`/api/social/posts/${id}`, marketer.auth)).body
const postsFor = (caption: string) => fake.posts.filter((p) => p.caption === caption)

describe('social publishing', () => {
  it('connects accounts without ever returning the token, and stores it encrypted', async () => {
    const acc = await connect('instagram', { expiresAt: inSeconds(30 * 86400) })
    expect(acc.mode).toBe('live')
    expect(JSON.stringify(acc)).not.toContain(TOKEN)
    expect(acc.credentials).toBeUndefined()
    for (const path of [`/api/social-accounts/${acc.id}`, `/api/social-accounts?depth=0`, `/api/social/accounts/${acc.id}`]) {
      const res = await t.api.get(path, marketer.auth)
      expect(res.status).toBe(200)
      expect(res.text).not.toContain(TOKEN)
      expect(res.text).not.toContain('credentials')
    }
    const admins = await t.api.get(`/api/social-accounts/${acc.id}`, admin.auth)
    expect(admins.text).not.toContain('credentials')
    const gql = await t.api.graphql(`{ SocialAccount(id: ${acc.id}) { id name } }`, {}, marketer.auth)
    expect(gql.body.data.SocialAccount.name).toBe('instagram acc')
    const gqlCreds = await t.api.graphql(`{ SocialAccount(id: ${acc.id}) { id credentials } }`, {}, admin.auth)
    // unreadable even for admins
    expect(gqlCreds.body.data?.SocialAccount?.credentials ?? null).toBeNull()
    expect(gqlCreds.text).not.toContain('v1.')
    // filtering or sorting on the hidden field is refused, not an oracle
    const probe = await t.api.get(`/api/social-accounts?where[credentials][like]=v1`, marketer.auth)
    expect(probe.status).toBeGreaterThanOrEqual(400)
    expect(probe.status).toBeLessThan(500)
    const row = await db.query('SELECT credentials FROM social_accounts WHERE id = $1', [acc.id])
    expect(row.rows[0].credentials).toMatch(/^v1\./)
    expect(row.rows[0].credentials).not.toContain(TOKEN)
    expect(row.rows[0].credentials).not.toContain(acc.expiresAt ?? '20')
  })

  it('schedules → publishes at the time on Instagram, Facebook and X with their protocols → syncs analytics', async () => {
    const ig = await connect('instagram')
    const fb = await connect('facebook')
    const x = await connect('x')
    const caption = `Soirée bachata ${randomBytes(3).toString('hex')} #bachata #vibe`
    const res = await schedule({
      caption,
      variants: [{ platform: 'x', caption: `${caption} (X)` }],
      imageIds: [image.id],
      accountIds: [ig.id, fb.id, x.id],
      scheduledAt: inSeconds(2),
      timezone: 'Europe/Paris',
    })
    expect(res.status, res.text).toBe(201)
    expect(res.body.status).toBe('scheduled')
    expect(res.body.scheduledLocal).toMatch(/\(Europe\/Paris\)$/)
    const id = res.body.id

    expect((await runPublishing(t.payload)).claimed).toBe(0) // not yet due
    expect(postsFor(caption)).toHaveLength(0)
    const post = await eventually(
      async () => {
        await runPublishing(t.payload)
        return getPost(id)
      },
      (p) => p.status === 'published',
      15_000,
      300,
    )
    expect(post.status).toBe('published')
    const igPost = fake.posts.find((p) => p.platform === 'instagram' && p.caption === caption)!
    expect(igPost.imageUrl).toMatch(new RegExp(`^${t.url}/api/media/file/img-`)) // a public URL Instagram can fetch
    expect(fake.requests.some((r) => r.path.endsWith(`/${ig.externalId}/content_publishing_limit`))).toBe(true)
    expect(fake.posts.find((p) => p.platform === 'facebook' && p.caption === caption)?.imageUrl).toBe(igPost.imageUrl)
    const tweet = fake.posts.find((p) => p.platform === 'x' && p.caption === `${caption} (X)`)!
    expect(tweet.mediaIds).toHaveLength(1)
    const targets = Object.fromEntries(post.targets.map((tg: any) => [tg.platform, tg]))
    expect(targets.instagram).toMatchObject({ state: 'published', platformPostId: igPost.id, permalink: `https://www.instagram.com/p/${igPost.id}/` })
    expect(targets.facebook.permalink).toMatch(/^https:\/\/www\.facebook\.com\//)
    expect(targets.x).toMatchObject({ platformPostId: tweet.id, permalink: `https://x.com/i/web/status/${tweet.id}` })

    // a second run publishes nothing again
    await runPublishing(t.payload)
    expect(fake.posts.filter((p) => p.caption.startsWith(caption))).toHaveLength(3)

    const sync = await t.api.post(`/api/social/posts/${id}/sync-analytics`, {}, marketer.auth)
    expect(sync.status, sync.text).toBe(200)
    expect(sync.body.synced).toBe(3)
    const analytics = await t.api.get(`/api/social/posts/${id}/analytics`, marketer.auth)
    const byPlatform = Object.fromEntries(analytics.body.latest.map((r: any) => [r.platform, r]))
    expect(byPlatform.instagram).toMatchObject({ likes: 42, comments: 7, shares: 5, reach: 900, impressions: 1200 })
    expect(byPlatform.facebook).toMatchObject({ likes: 13, comments: 4, shares: 2, reach: 300, impressions: 400 })
    expect(byPlatform.x).toMatchObject({ likes: 11, comments: 3, shares: 3, impressions: 250 })

    const stats = await t.api.get('/api/social/statistics', marketer.auth)
    expect(stats.status).toBe(200)
    const igStats = stats.body.perAccount.find((a: any) => a.account === ig.id)
    expect(igStats).toMatchObject({ published: 1, likes: 42, impressions: 1200 })
    const today = new Date().toISOString().slice(0, 10)
    expect(stats.body.perDay.find((d: any) => d.day === today).published).toBeGreaterThanOrEqual(3)
  })

  it('a crash between the platform’s answer and our write does not publish twice (control: without the lookup it does)', async () => {
    const x = await connect('x')
    for (const recover of [true, false]) {
      const caption = `crash test ${recover} ${randomBytes(3).toString('hex')}`
      const res = await schedule({ caption, accountIds: [x.id], scheduledAt: inSeconds(0) })
      expect(res.status, res.text).toBe(201)
      publishingHooks.afterPlatformAnswer = () => {
        throw new ProcessCrash('killed after the platform answered')
      }
      await expect(runPublishing(t.payload, { postId: res.body.id })).rejects.toThrow(ProcessCrash)
      delete publishingHooks.afterPlatformAnswer
      expect(postsFor(caption)).toHaveLength(1)
      const stuck = await getPost(res.body.id)
      expect(stuck.status).toBe('publishing') // the dead worker's claim
      expect(stuck.targets[0].platformPostId ?? null).toBeNull()
      // another worker before the lease ends: nothing
      expect((await runPublishing(t.payload)).claimed).toBe(0)
      process.env.SOCIAL_PUBLISH_LEASE_SECONDS = '0'
      if (!recover) publishingHooks.skipRecovery = true
      await runPublishing(t.payload, { postId: res.body.id })
      const after = await getPost(res.body.id)
      expect(after.status).toBe('published')
      if (recover) {
        expect(postsFor(caption)).toHaveLength(1)
        expect(after.targets[0].platformPostId).toBe(postsFor(caption)[0].id)
      } else {
        expect(postsFor(caption)).toHaveLength(2) // the control shows the duplicate the lookup prevents
      }
      delete publishingHooks.skipRecovery
      delete process.env.SOCIAL_PUBLISH_LEASE_SECONDS
    }
  })

  it('the Instagram container made before a crash is reused, not made again', async () => {
    const ig = await connect('instagram')
    const caption = `ig crash ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [ig.id], imageIds: [image.id], scheduledAt: inSeconds(0) })
    publishingHooks.afterPlatformAnswer = () => {
      throw new ProcessCrash('killed')
    }
    await expect(runPublishing(t.payload, { postId: res.body.id })).rejects.toThrow(ProcessCrash)
    delete publishingHooks.afterPlatformAnswer
    process.env.SOCIAL_PUBLISH_LEASE_SECONDS = '0'
    await runPublishing(t.payload, { postId: res.body.id })
    const after = await getPost(res.body.id)
    expect(after.status).toBe('published')
    expect(postsFor(caption)).toHaveLength(1)
    expect([...fake.containers.values()].filter((c) => c.caption === caption)).toHaveLength(1)
  })

  it('two concurrent job runs never publish one post twice (control: an unlocked claim does)', async () => {
    const x = await connect('x')
    for (const locked of [true, false]) {
      const tag = `race ${locked} ${randomBytes(3).toString('hex')}`
      const ids: number[] = []
      for (let i = 0; i < 4; i++) {
        const r = await schedule({ caption: `${tag} #${i}`, accountIds: [x.id], scheduledAt: inSeconds(0) })
        ids.push(r.body.id)
      }
      if (!locked) publishingHooks.unsafeClaim = { delayMs: 1500 }
      const runs = await Promise.all([0, 1, 2].map(() => t.api.post('/api/social/run-publishing', {}, admin.auth)))
      for (const r of runs) expect(r.status, r.text).toBe(200)
      delete publishingHooks.unsafeClaim
      const published = fake.posts.filter((p) => p.caption.startsWith(tag))
      if (locked) {
        expect(published).toHaveLength(4)
        expect(runs.reduce((n, r) => n + r.body.claimed, 0)).toBe(4)
      } else {
        expect(published.length).toBeGreaterThan(4)
      }
    }
  })

  it('publishing needs an admin for the manual run', async () => {
    expect((await t.api.post('/api/social/run-publishing', {}, marketer.auth)).status).toBe(403)
  })

  it('a token refused by the platform → reconnect needed, owner notified, the post waits; reconnecting publishes it', async () => {
    const badToken = 'EAAB-revoked-token'
    const fb = await connect('facebook', { accessToken: badToken })
    const caption = `refused token ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [fb.id], imageIds: [image.id], scheduledAt: inSeconds(0) })
    await runPublishing(t.payload, { postId: res.body.id })
    const waiting = await getPost(res.body.id)
    expect(waiting.status).toBe('waiting')
    expect(waiting.lastError).toMatch(/code 190/)
    const account = (await t.api.get(`/api/social/accounts/${fb.id}`, marketer.auth)).body
    expect(account.status).toBe('reconnect_needed')
    const notes = await t.payload.find({ collection: 'notifications', where: { user: { equals: marketer.user.id } }, depth: 0 })
    expect(notes.docs.some((n: any) => n.type === 'social.reconnect_needed')).toBe(true)
    // the job leaves it alone while it waits
    expect((await runPublishing(t.payload)).claimed).toBe(0)
    expect(postsFor(caption)).toHaveLength(0)
    const re = await t.api.post(`/api/social/accounts/${fb.id}/reconnect`, { accessToken: TOKEN }, marketer.auth)
    expect(re.status, re.text).toBe(200)
    expect(re.body.releasedPosts).toBe(1)
    expect(re.text).not.toContain(TOKEN)
    await runPublishing(t.payload)
    expect((await getPost(res.body.id)).status).toBe('published')
    expect(postsFor(caption)).toHaveLength(1)
  })

  it('an expired or soon-expiring token → reconnect needed before any call, nothing lost', async () => {
    const soon = await connect('x', { expiresAt: inSeconds(3600) })
    expect(await checkExpiringTokens(t.payload)).toBeGreaterThanOrEqual(1)
    expect((await t.api.get(`/api/social/accounts/${soon.id}`, marketer.auth)).body.status).toBe('reconnect_needed')

    const expired = await connect('instagram', { expiresAt: new Date(Date.now() - 1000).toISOString() })
    const caption = `expired ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [expired.id], imageIds: [image.id], scheduledAt: inSeconds(0) })
    const before = fake.requests.length
    await runPublishing(t.payload, { postId: res.body.id })
    expect(fake.requests.length).toBe(before) // the platform was not called
    const post = await getPost(res.body.id)
    expect(post.status).toBe('waiting')
    expect(post.lastError).toMatch(/expired/)
  })

  it('retries transient errors with backoff and fails after the limit; permanent refusals fail at once', async () => {
    const x = await connect('x')
    const caption = `transient ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [x.id], scheduledAt: inSeconds(0) })
    fake.failNext.push({ status: 503, body: { title: 'Service Unavailable', status: 503 } })
    await runPublishing(t.payload, { postId: res.body.id })
    const retry = await getPost(res.body.id)
    expect(retry.status).toBe('retry')
    expect(new Date(retry.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30_000) // backoff (base 60 s)
    expect((await runPublishing(t.payload)).claimed).toBe(0) // not before the backoff
    await runPublishing(t.payload, { now: new Date(Date.now() + 120_000) })
    expect((await getPost(res.body.id)).status).toBe('published')
    expect(postsFor(caption)).toHaveLength(1)

    const dup = `permanent ${randomBytes(3).toString('hex')}`
    const res2 = await schedule({ caption: dup, accountIds: [x.id], scheduledAt: inSeconds(0) })
    fake.failNext.push({ status: 403, body: { title: 'Forbidden', detail: 'You are not allowed to create a Tweet with duplicate content.', status: 403 } })
    await runPublishing(t.payload, { postId: res2.body.id })
    const failed = await getPost(res2.body.id)
    expect(failed.status).toBe('failed')
    expect(failed.lastError).toMatch(/duplicate content/)
    // the owner may retry a failed post
    const again = await t.api.post(`/api/social/posts/${res2.body.id}/retry`, {}, marketer.auth)
    expect(again.status, again.text).toBe(200)
    expect(again.body.status).toBe('retry')
  })

  it('waits when Instagram’s 24-hour publishing limit is reached', async () => {
    const ig = await connect('instagram')
    fake.state.igQuotaUsage = 100
    const caption = `limit ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [ig.id], imageIds: [image.id], scheduledAt: inSeconds(0) })
    await runPublishing(t.payload, { postId: res.body.id })
    fake.state.igQuotaUsage = 0
    const post = await getPost(res.body.id)
    expect(post.status).toBe('retry')
    expect(post.lastError).toMatch(/24-hour publishing limit/)
    expect(new Date(post.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000)
    expect([...fake.containers.values()].some((c) => c.caption === caption)).toBe(false)
  })

  it('publish-now publishes at once, once', async () => {
    const x = await connect('x')
    const caption = `now ${randomBytes(3).toString('hex')}`
    const res = await schedule({ caption, accountIds: [x.id], scheduledAt: inSeconds(3600) })
    const [a, b] = await Promise.all([t.api.post(`/api/social/posts/${res.body.id}/publish-now`, {}, marketer.auth), t.api.post(`/api/social/posts/${res.body.id}/publish-now`, {}, marketer.auth)])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    expect(postsFor(caption)).toHaveLength(1)
  })
})
