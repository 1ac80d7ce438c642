/**
 * Social publishing over real HTTP: cross-user access refused (REST and GraphQL, incl. where
 * filters and versions-less reads), bad input answered 4xx (never 5xx), the transition table,
 * edits only while scheduled, recurring schedules across a DST change, and the slot queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestServer } from '../helpers/server'

import { runPostingSchedules } from '../../src/plugins/social-publishing/services/schedules'
import { runPublishing } from '../../src/plugins/social-publishing/services/publishing'
import { userSession } from '../helpers/fixtures'
import { startTestServer } from '../helpers/server'
import { inSeconds, uploadImage } from './helpers'

let t: TestServer
type Session = Awaited<ReturnType<typeof userSession>>
let alice: Session
let bob: Session
let student: Session
let aliceAccount: any
let bobAccount: any
let alicePost: any
let aliceImage: any

beforeAll(async () => {
  t = await startTestServer({ env: { SOCIAL_TOKEN_KEY: 'b'.repeat(64) } })
  alice = await userSession(t.payload, t.api, ['marketer'])
  bob = await userSession(t.payload, t.api, ['marketer'])
  student = await userSession(t.payload, t.api, ['student'])
  aliceAccount = (await t.api.post('/api/social/accounts', { platform: 'instagram', name: 'Alice IG', externalId: 'alice-ig' }, alice.auth)).body
  bobAccount = (await t.api.post('/api/social/accounts', { platform: 'x', name: 'Bob X', externalId: 'bob-x' }, bob.auth)).body
  aliceImage = await uploadImage(t.payload, alice.user.id)
  alicePost = (
    await t.api.post('/api/social/schedule', { caption: 'Alice secret launch', imageIds: [aliceImage.id], accountIds: [aliceAccount.id], scheduledAt: inSeconds(3600) }, alice.auth)
  ).body
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('cross-user access', () => {
  it('a sandbox account is connected without a token', () => {
    expect(aliceAccount).toMatchObject({ mode: 'sandbox', status: 'connected', platform: 'instagram' })
    expect(alicePost.status).toBe('scheduled')
  })

  it('REST: another marketer cannot read, change or act on a post or account', async () => {
    for (const path of [`/api/social/posts/${alicePost.id}`, `/api/scheduled-posts/${alicePost.id}`, `/api/social-accounts/${aliceAccount.id}`, `/api/social/accounts/${aliceAccount.id}`, `/api/social/posts/${alicePost.id}/analytics`]) {
      const res = await t.api.get(path, bob.auth)
      expect([403, 404], `${path}: ${res.status}`).toContain(res.status)
      expect(res.text).not.toContain('Alice secret')
    }
    for (const [method, path] of [
      ['PATCH', `/api/social/posts/${alicePost.id}`],
      ['POST', `/api/social/posts/${alicePost.id}/cancel`],
      ['POST', `/api/social/posts/${alicePost.id}/publish-now`],
      ['POST', `/api/social/posts/${alicePost.id}/sync-analytics`],
      ['DELETE', `/api/social/posts/${alicePost.id}`],
      ['PATCH', `/api/scheduled-posts/${alicePost.id}`],
      ['DELETE', `/api/scheduled-posts/${alicePost.id}`],
      ['POST', `/api/social/accounts/${aliceAccount.id}/reconnect`],
      ['DELETE', `/api/social-accounts/${aliceAccount.id}`],
    ] as const) {
      const res = await t.api.request(method, path, { auth: bob.auth, body: method === 'DELETE' ? undefined : path.endsWith('/reconnect') ? {} : path.includes('/api/social/posts/') && method === 'POST' ? {} : { caption: 'hacked' } })
      expect([403, 404], `${method} ${path}: ${res.status} ${res.text}`).toContain(res.status)
    }
    const still = await t.api.get(`/api/social/posts/${alicePost.id}`, alice.auth)
    expect(still.body).toMatchObject({ status: 'scheduled', caption: 'Alice secret launch' })
    // lists and where filters only ever show one's own
    const list = await t.api.get(`/api/scheduled-posts?where[caption][like]=Alice`, bob.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(0)
    expect((await t.api.get('/api/social/posts', bob.auth)).body.docs).toHaveLength(0)
    expect((await t.api.get('/api/social-accounts', bob.auth)).body.docs.map((a: any) => a.id)).toEqual([bobAccount.id])
    // scheduling on someone else's account or with their image is refused
    const onHers = await t.api.post('/api/social/schedule', { caption: 'x', accountIds: [aliceAccount.id], scheduledAt: inSeconds(60) }, bob.auth)
    expect(onHers.status).toBe(422)
  })

  it('GraphQL: the same refusals', async () => {
    const one = await t.api.graphql(`{ ScheduledPost(id: ${alicePost.id}) { id caption } }`, {}, bob.auth)
    expect(one.body.data?.ScheduledPost ?? null).toBeNull()
    expect(one.text).not.toContain('Alice secret')
    const many = await t.api.graphql(`{ ScheduledPosts(where: { caption: { like: "Alice" } }) { docs { id caption } } }`, {}, bob.auth)
    expect(many.body.data.ScheduledPosts.docs).toHaveLength(0)
    const accounts = await t.api.graphql(`{ SocialAccounts { docs { id name } } }`, {}, bob.auth)
    expect(accounts.body.data.SocialAccounts.docs.map((a: any) => a.id)).toEqual([bobAccount.id])
    const update = await t.api.graphql(`mutation { updateScheduledPost(id: ${alicePost.id}, data: { caption: "hacked" }) { id } }`, {}, bob.auth)
    expect(update.body.errors?.length).toBeGreaterThan(0)
    const mine = await t.api.graphql(`{ ScheduledPost(id: ${alicePost.id}) { id caption status } }`, {}, alice.auth)
    expect(mine.body.data.ScheduledPost).toMatchObject({ caption: 'Alice secret launch', status: 'scheduled' })
  })

  it('users without a social role cannot schedule or connect', async () => {
    expect((await t.api.post('/api/social/accounts', { platform: 'x', name: 'n', externalId: 'e' }, student.auth)).status).toBe(403)
    expect((await t.api.get('/api/social/posts', student.auth)).status).toBe(403)
    expect((await t.api.get('/api/social/posts')).status).toBe(401)
  })
})

describe('bad input → 4xx, never 5xx', () => {
  const cases: [string, string, unknown][] = [
    ['POST', '/api/social/schedule', {}],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [], scheduledAt: 'soon' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: ['abc'], scheduledAt: '2027-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [999999], scheduledAt: '2027-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], scheduledAt: '2027-02-30T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], scheduledAt: '2027-01-15T10:00', timezone: 'Mars/Base' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], scheduledAt: '2020-01-01T10:00:00Z' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], scheduledAt: '2027-01-15T10:00', extra: true }],
    ['POST', '/api/social/schedule', { caption: 12, accountIds: [1], scheduledAt: '2027-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], imageIds: [99999999], scheduledAt: '2027-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [1], scheduledAt: '2031-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', accountIds: [99999999999999], scheduledAt: '2027-01-15T10:00' }],
    ['POST', '/api/social/schedule', { caption: 'x', variants: [{ platform: 'myspace', caption: 'y' }], accountIds: [1], scheduledAt: '2027-01-15T10:00' }],
    ['GET', '/api/social/posts/abc', undefined],
    ['GET', '/api/social/posts/99999999999999', undefined],
    ['GET', '/api/social/posts?status=nope', undefined],
    ['GET', '/api/social/posts?limit=100000', undefined],
    ['GET', '/api/social/statistics?from=yesterday', undefined],
    ['GET', '/api/social/calendar?from=2027-01-01', undefined],
    ['GET', '/api/social/calendar?from=2027-01-01&to=2027-12-31', undefined],
    ['GET', '/api/social/calendar?from=2027-01-05&to=2027-01-01', undefined],
    ['GET', '/api/social/calendar?from=2027-01-01&to=2027-01-02&timezone=Nope/Nope', undefined],
    ['PATCH', '/api/social/posts/1', { status: 'published' }],
    ['POST', '/api/social/accounts', { platform: 'instagram', name: '', externalId: 'a b' }],
    ['POST', '/api/social/accounts', { platform: 'x', name: 'n', externalId: 'e', expiresAt: 'never' }],
    ['POST', '/api/social/queue', { queueId: 'x' }],
    ['POST', '/api/social/queue', { queueId: 99999, caption: 'c' }],
    ['POST', '/api/posting-schedules', { name: 'bad', accounts: [1], timezone: 'Europe/Paris', times: [{ time: '25:99' }], weekdays: ['MO'] }],
    ['POST', '/api/posting-schedules', { name: 'bad', accounts: [1], timezone: 'Nowhere/City', times: [{ time: '10:00' }], weekdays: ['MO'] }],
    ['POST', '/api/posting-schedules', { name: 'bad', accounts: [1], timezone: 'Europe/Paris', rrule: 'FREQ=SECONDLY' }],
    ['POST', '/api/scheduled-posts', { caption: 'direct' }],
  ]
  it.each(cases)('%s %s', async (method, path, body) => {
    const res = await t.api.request(method, path, { auth: alice.auth, body })
    expect(res.status, res.text).toBeGreaterThanOrEqual(400)
    expect(res.status, res.text).toBeLessThan(500)
  })

  it('malformed JSON and platform limits answer 4xx with the reason', async () => {
    const raw = await t.api.request('POST', '/api/social/schedule', { auth: alice.auth, raw: '{"caption":', headers: { 'content-type': 'application/json' } })
    expect(raw.status).toBe(400)
    const x = (await t.api.post('/api/social/accounts', { platform: 'x', name: 'Alice X', externalId: 'alice-x' }, alice.auth)).body
    const long = await t.api.post('/api/social/schedule', { caption: 'y'.repeat(281), accountIds: [x.id], scheduledAt: inSeconds(600) }, alice.auth)
    expect(long.status).toBe(422)
    expect(long.text).toMatch(/X accepts at most 280 characters \(this one has 281\)/)
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ')
    const many = await t.api.post('/api/social/schedule', { caption: tags, accountIds: [aliceAccount.id], imageIds: [aliceImage.id], scheduledAt: inSeconds(600) }, alice.auth)
    expect(many.status).toBe(422)
    expect(many.text).toMatch(/Instagram accepts at most 30 hashtags/)
    const noImage = await t.api.post('/api/social/schedule', { caption: 'hello', accountIds: [aliceAccount.id], scheduledAt: inSeconds(600) }, alice.auth)
    expect(noImage.status).toBe(422)
    expect(noImage.text).toMatch(/Instagram needs at least 1 image/)
    const variant = await t.api.post('/api/social/schedule', { caption: 'y'.repeat(281), variants: [{ platform: 'x', caption: 'short for X' }], accountIds: [x.id], scheduledAt: inSeconds(600) }, alice.auth)
    expect(variant.status, variant.text).toBe(201)
  })
})

describe('workflow', () => {
  it('edits only while scheduled; cancel, delete and moves outside the table answer 409 with a reason', async () => {
    const created = (await t.api.post('/api/social/schedule', { caption: 'edit me', imageIds: [aliceImage.id], accountIds: [aliceAccount.id], scheduledAt: '2027-06-01T18:00', timezone: 'Europe/Paris' }, alice.auth)).body
    expect(created.scheduledAt).toBe('2027-06-01T16:00:00.000Z')
    const edited = await t.api.patch(`/api/social/posts/${created.id}`, { caption: 'edited', scheduledAt: '2027-06-02T09:00' }, alice.auth)
    expect(edited.status, edited.text).toBe(200)
    expect(edited.body).toMatchObject({ caption: 'edited', scheduledAt: '2027-06-02T07:00:00.000Z', scheduledLocal: '2027-06-02 09:00 (Europe/Paris)' })
    const cancelled = await t.api.post(`/api/social/posts/${created.id}/cancel`, {}, alice.auth)
    expect(cancelled.body.status).toBe('cancelled')
    const edit2 = await t.api.patch(`/api/social/posts/${created.id}`, { caption: 'again' }, alice.auth)
    expect(edit2.status).toBe(409)
    expect(edit2.text).toMatch(/cancelled cannot be edited/)
    const cancel2 = await t.api.post(`/api/social/posts/${created.id}/cancel`, {}, alice.auth)
    expect(cancel2.status).toBe(409)
    expect(cancel2.text).toMatch(/already cancelled/)
    expect((await t.api.post(`/api/social/posts/${created.id}/publish-now`, {}, alice.auth)).status).toBe(409)
    expect((await t.api.delete(`/api/social/posts/${created.id}`, alice.auth)).status).toBe(200)
    expect((await t.api.get(`/api/social/posts/${created.id}`, alice.auth)).status).toBe(404)
    // a published post cannot be edited; the sandbox recorded what would have been sent
    const pub = (await t.api.post('/api/social/schedule', { caption: 'sandbox pub', imageIds: [aliceImage.id], accountIds: [aliceAccount.id], scheduledAt: inSeconds(3600) }, alice.auth)).body
    const now = await t.api.post(`/api/social/posts/${pub.id}/publish-now`, {}, alice.auth)
    expect(now.status, now.text).toBe(200)
    expect(now.body.post.status).toBe('published')
    expect(now.body.post.targets[0].platformPostId).toMatch(/^sandbox-\d+$/)
    const log = await t.api.get(`/api/social-sandbox-log?where[post][equals]=${pub.id}`, alice.auth)
    expect(log.body.docs[0]).toMatchObject({ platform: 'instagram', caption: 'sandbox pub' })
    expect((await t.api.get(`/api/social-sandbox-log?where[post][equals]=${pub.id}`, bob.auth)).body.docs).toHaveLength(0)
    expect((await t.api.patch(`/api/social/posts/${pub.id}`, { caption: 'late' }, alice.auth)).status).toBe(409)
    // the calendar shows it on its local day, to its owner only
    const day = now.body.post.scheduledAt.slice(0, 10)
    const cal = await t.api.get(`/api/social/calendar?from=${day}&to=${day}&timezone=UTC`, alice.auth)
    expect(cal.status, cal.text).toBe(200)
    expect(cal.body.days.flatMap((d: any) => d.posts).some((p: any) => p.id === pub.id && p.status === 'published')).toBe(true)
    const bobs = await t.api.get(`/api/social/calendar?from=${day}&to=${day}&timezone=UTC`, bob.auth)
    expect(bobs.body.days).toEqual([])
  })
})

describe('recurring schedules and the queue', () => {
  it('every Tuesday and Friday 18:00 Europe/Paris creates the right posts across the March DST change, once', async () => {
    const pool = [await uploadImage(t.payload, alice.user.id), await uploadImage(t.payload, alice.user.id), await uploadImage(t.payload, alice.user.id)]
    const res = await t.api.post(
      '/api/posting-schedules',
      {
        name: 'Tue/Fri 18h',
        kind: 'recurring',
        accounts: [aliceAccount.id],
        timezone: 'Europe/Paris',
        frequency: 'weekly',
        weekdays: ['TU', 'FR'],
        times: [{ time: '18:00' }],
        startsAt: '2027-03-01T00:00:00.000Z',
        captionTemplate: 'Ce soir on danse #vibe',
        imageSource: 'pool',
        imagePool: pool.map((p) => p.id),
      },
      alice.auth,
    )
    expect(res.status, res.text).toBe(201)
    const schedule = res.body.doc
    expect(schedule.owner.id ?? schedule.owner).toBe(alice.user.id)
    const now = new Date('2027-03-21T12:00:00Z')
    expect(await runPostingSchedules(t.payload, { now, horizonHours: 14 * 24 })).toBe(3)
    expect(await runPostingSchedules(t.payload, { now, horizonHours: 14 * 24 })).toBe(0) // idempotent
    const posts = await t.payload.find({ collection: 'scheduled-posts', where: { schedule: { equals: schedule.id } }, sort: 'scheduledAt', depth: 0 })
    expect(posts.docs.map((p: any) => p.scheduledAt)).toEqual([
      '2027-03-23T17:00:00.000Z', // Tue, CET (+1)
      '2027-03-26T17:00:00.000Z', // Fri, CET
      '2027-03-30T16:00:00.000Z', // Tue, CEST (+2) after 28 March
    ])
    expect(posts.docs.map((p: any) => p.scheduledLocal)).toEqual(['2027-03-23 18:00 (Europe/Paris)', '2027-03-26 18:00 (Europe/Paris)', '2027-03-30 18:00 (Europe/Paris)'])
    expect(posts.docs.map((p: any) => p.images[0])).toEqual(pool.map((p) => p.id)) // the next image each time
    const after = (await t.api.get(`/api/posting-schedules/${schedule.id}`, alice.auth)).body
    expect(after.lastMessage).toMatch(/No image left .*2027-04-02 18:00/)
    // other users cannot see the schedule
    expect([403, 404]).toContain((await t.api.get(`/api/posting-schedules/${schedule.id}`, bob.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/posting-schedules/${schedule.id}`, { name: 'mine' }, bob.auth)).status)
    expect((await t.api.graphql(`{ PostingSchedule(id: ${schedule.id}) { id name } }`, {}, bob.auth)).body.data?.PostingSchedule ?? null).toBeNull()
    // scheduling on someone else's account is refused
    const theirs = await t.api.post('/api/posting-schedules', { name: 'x', accounts: [aliceAccount.id], timezone: 'UTC', times: [{ time: '10:00' }], frequency: 'daily' }, bob.auth)
    expect(theirs.status).toBe(422)
  })

  it('"add to queue" takes the next free slot, never the same slot twice', async () => {
    const queue = (
      await t.api.post('/api/posting-schedules', { name: 'Queue', kind: 'queue', accounts: [aliceAccount.id], timezone: 'Europe/Paris', frequency: 'daily', times: [{ time: '09:00' }, { time: '19:00' }] }, alice.auth)
    ).body.doc
    const adds = await Promise.all(
      [1, 2, 3].map((i) => t.api.post('/api/social/queue', { queueId: queue.id, caption: `queued ${i}`, imageIds: [aliceImage.id] }, alice.auth)),
    )
    for (const a of adds) expect(a.status, a.text).toBe(201)
    const times = adds.map((a) => a.body.scheduledAt).sort()
    expect(new Set(times).size).toBe(3)
    for (const at of times) expect(['09:00', '19:00']).toContain(adds.find((a) => a.body.scheduledAt === at)!.body.scheduledLocal.slice(11, 16))
    const gaps = [new Date(times[1]).getTime() - new Date(times[0]).getTime(), new Date(times[2]).getTime() - new Date(times[1]).getTime()]
    for (const g of gaps) expect(g).toBeLessThanOrEqual(15 * 3_600_000) // consecutive slots
    // cancelling frees the slot for the next add
    await t.api.post(`/api/social/posts/${adds[0].body.id}/cancel`, {}, alice.auth)
    const first = times[0]
    const again = await t.api.post('/api/social/queue', { queueId: queue.id, caption: 'takes the freed slot', imageIds: [aliceImage.id] }, alice.auth)
    expect(again.body.scheduledAt).toBe(first)
    expect((await t.api.post('/api/social/queue', { queueId: queue.id, caption: 'x' }, bob.auth)).status).toBe(404)
  })

  it('the publishing run leaves future recurring posts alone', async () => {
    const report = await runPublishing(t.payload)
    expect(report.failed).toBe(0)
  })
})
