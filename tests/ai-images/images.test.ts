/**
 * AI images over real HTTP and Postgres, with the openai SDK pointed at a local fake of the
 * Images API: generate → job → stored files (and sizes) → review; 429 then success; 5xx retried,
 * other 4xx not; moderation refusal; quota and concurrency cap under concurrent requests (with
 * the lock-off control); cleanup with files; cross-user access over REST and GraphQL; bad input.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { cleanupImages } from '../../src/plugins/ai-images/services/cleanup'
import { setRequestLockForTests } from '../../src/plugins/ai-images/services/generate'
import { isApprovedImage, mediaIdsOfImage } from '../../src/plugins/ai-images'
import { mediaDir } from '../../src/collections/media'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { FAKE_KEY, fakeOpenAI, type FakeOpenAI, MODERATION_MESSAGE, MODERATION_WORD } from './fake-openai'

vi.setConfig({ testTimeout: 240_000 })

type Session = { user: any; auth: Auth }

let t: TestServer
let fake: FakeOpenAI
let editor: Session
let admin: Session

const runJobs = () => t.payload.jobs.run({ queue: 'ai-images', limit: 50 })
const generate = (auth: Auth | undefined, body: Record<string, unknown>) => t.api.post('/api/images/generate', body, auth)
const review = (id: number, auth: Auth, to: string, reason?: string) => t.api.post(`/api/images/${id}/review`, { to, ...(reason ? { reason } : {}) }, auth)
const marketer = () => userSession(t.payload, t.api, ['marketer'])
const imageDoc = async (id: number) => (await t.payload.findByID({ collection: 'generated-images', id, depth: 2, overrideAccess: true })) as any
const historyOf = async (id: number) => (await t.payload.find({ collection: 'image-generation-history', where: { image: { equals: id } }, overrideAccess: true, depth: 0 })).docs as any[]
const fileOnDisk = (filename: string) =>
  fs.stat(path.join(mediaDir(), filename)).then(
    () => true,
    () => false,
  )
const sql = async (query: string) => {
  const db = t.payload.db as unknown as { pool: { query: (q: string) => Promise<{ rows: any[] }> } }
  return (await db.pool.query(query)).rows
}

beforeAll(async () => {
  fake = await fakeOpenAI()
  t = await startTestServer({
    env: {
      OPENAI_API_KEY: FAKE_KEY,
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_IMAGE_MODEL: undefined,
      AI_IMAGES_RETRY_BASE_MS: '20',
      AI_IMAGES_MAX_ATTEMPTS: '4',
      AI_IMAGES_MAX_CONCURRENT: '2',
      AI_IMAGES_DAILY_QUOTA: '20',
      AI_IMAGES_MAX_PROMPT_LENGTH: '300',
      AI_IMAGES_CLEANUP_AFTER_DAYS: '30',
    },
  })
  editor = await userSession(t.payload, t.api, ['editor'])
  admin = await userSession(t.payload, t.api, ['admin'])
})
afterAll(async () => {
  await t?.close()
  await fake?.close()
})
beforeEach(() => {
  fake.calls.length = 0
})

describe('generate → job → stored files → review', () => {
  it('answers 202 at once, stores every image as a media file with its sizes, then an editor approves it', async () => {
    const m = await marketer()
    const tag = await t.api.post('/api/image-tags', { name: 'Été 2026', colour: '#ff8800' }, m.auth)
    expect(tag.status).toBe(201)
    expect(tag.body.doc.slug).toBe('ete-2026')

    const res = await generate(m.auth, { prompt: 'A bachata couple dancing on a beach at sunset', style: 'photographic', size: '1536x1024', quality: 'high', background: 'opaque', outputFormat: 'webp', n: 2, tags: [tag.body.doc.id] })
    expect(res.status).toBe(202)
    expect(res.body.doc).toMatchObject({ status: 'pending', n: 2, style: 'photographic', requester: m.user.id })
    expect(fake.calls).toHaveLength(0) // the provider is called by the job, not the request
    const id = res.body.doc.id

    await runJobs()
    expect(fake.calls).toHaveLength(1)
    const call = fake.calls[0]
    expect(call.authorization).toBe(`Bearer ${FAKE_KEY}`)
    expect(call.body).toMatchObject({ model: 'gpt-image-1', n: 2, size: '1536x1024', quality: 'high', background: 'opaque', output_format: 'webp', moderation: 'auto' })
    expect(call.body.prompt).toMatch(/^A bachata couple dancing on a beach at sunset\n\nStyle: Photorealistic/)
    expect(call.body.user).toMatch(/^[0-9a-f]{32}$/) // hashed, never the e-mail or id in clear

    const doc = await imageDoc(id)
    expect(doc).toMatchObject({ status: 'generated', provider: 'openai', model: 'gpt-image-1' })
    expect(doc.generationMs).toBeGreaterThanOrEqual(0)
    expect(doc.images).toHaveLength(2)
    for (const { media } of doc.images) {
      expect(media.mimeType).toBe('image/webp')
      expect(media.width).toBe(1536)
      expect(media.sizes.thumbnail.filename).toBeTruthy()
      expect(media.sizes.card.width).toBe(768)
      expect(await fileOnDisk(media.filename)).toBe(true)
      expect(await fileOnDisk(media.sizes.thumbnail.filename)).toBe(true)
      expect(media).toMatchObject({ visibility: 'private', uploadedBy: expect.objectContaining({ id: m.user.id }) })
    }
    const [history] = await historyOf(id)
    expect(history).toMatchObject({ outcome: 'success', attempts: 1, model: 'gpt-image-1', provider: 'openai', costEstimate: 50, currency: 'USD', requester: m.user.id })
    expect(history.params).toMatchObject({ style: 'photographic', size: '1536x1024', quality: 'high', n: 2 })
    const notes = await t.api.get('/api/notifications?limit=10', m.auth)
    expect(notes.body.docs.map((n: any) => n.type)).toContain('ai-images.generated')

    // the requester reads the file; another marketer and anonymous do not, until it is approved
    const fileUrl = new URL(doc.images[0].media.url, t.url).pathname
    const other = await marketer()
    expect((await fetch(`${t.url}${fileUrl}`, { headers: { authorization: `JWT ${m.auth.token}` } })).status).toBe(200)
    expect((await fetch(`${t.url}${fileUrl}`, { headers: { authorization: `JWT ${other.auth.token}` } })).status).toBeGreaterThanOrEqual(403)
    expect((await fetch(`${t.url}${fileUrl}`)).status).toBeGreaterThanOrEqual(403)

    // the review table: the marketer may not approve; rejecting needs a reason; the editor approves once
    const selfApprove = await review(id, m.auth, 'approved')
    expect(selfApprove.status).toBe(409)
    expect(selfApprove.body.errors[0].message).toMatch(/Only editor or admin may move an image from generated to approved/)
    const noReason = await review(id, editor.auth, 'rejected')
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toMatch(/reason/)
    const req = await createLocalReq({}, t.payload)
    expect(await isApprovedImage(req, id)).toBe(false)
    const ok = await review(id, editor.auth, 'approved')
    expect(ok.status).toBe(200)
    expect(ok.body.doc).toMatchObject({ status: 'approved', reviewedBy: editor.user.id })
    const again = await review(id, admin.auth, 'rejected', 'changed my mind')
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/approved is final/)
    expect(await isApprovedImage(req, id)).toBe(true)
    expect((await mediaIdsOfImage(req, id)).sort()).toEqual(doc.images.map((i: any) => i.media.id).sort())
    // approved files are public (social platforms fetch them by URL)
    expect((await fetch(`${t.url}${fileUrl}`)).status).toBe(200)

    // listing and filtering: by tag id, tag slug, status, date
    const byTag = await t.api.get(`/api/images?tag=ete-2026`, m.auth)
    expect(byTag.status).toBe(200)
    expect(byTag.body.docs.map((d: any) => d.id)).toEqual([id])
    expect((await t.api.get(`/api/images?tag=${tag.body.doc.id}&status=approved`, m.auth)).body.docs).toHaveLength(1)
    expect((await t.api.get(`/api/images?status=rejected`, m.auth)).body.docs).toHaveLength(0)
    expect((await t.api.get(`/api/images?from=2999-01-01`, m.auth)).body.docs).toHaveLength(0)
    expect((await t.api.get(`/api/images?tag=no-such-tag`, m.auth)).body.docs).toHaveLength(0)
  })

  it('says so when the local renderer made the image (no OPENAI_API_KEY), with a real file', async () => {
    const m = await marketer()
    const saved = process.env.OPENAI_API_KEY
    delete process.env.OPENAI_API_KEY
    try {
      const res = await generate(m.auth, { prompt: 'Menu du jour: poulet yassa', outputFormat: 'png', size: '1024x1536' })
      expect(res.status).toBe(202)
      await runJobs()
      const doc = await imageDoc(res.body.doc.id)
      expect(doc).toMatchObject({ status: 'generated', provider: 'local-renderer', model: 'local-renderer' })
      expect(doc.providerNote).toMatch(/Rendered locally \(no OPENAI_API_KEY\)/)
      expect(doc.images[0].media).toMatchObject({ mimeType: 'image/png', width: 1024, height: 1536 })
      expect(await fileOnDisk(doc.images[0].media.filename)).toBe(true)
      expect(fake.calls).toHaveLength(0)
      expect((await historyOf(doc.id))[0]).toMatchObject({ outcome: 'success', costEstimate: 0 })
    } finally {
      process.env.OPENAI_API_KEY = saved
    }
  })
})

describe('provider errors', () => {
  it('waits the retry-after of a 429, then succeeds', async () => {
    const m = await marketer()
    fake.script({ status: 429, headers: { 'retry-after': '1' }, error: { message: 'Rate limit reached for images per minute.', type: 'requests', code: 'rate_limit_exceeded' } })
    const res = await generate(m.auth, { prompt: 'Salsa night poster' })
    await runJobs()
    expect(fake.calls).toHaveLength(2)
    const gap = fake.calls[1].at - fake.calls[0].at
    expect(gap).toBeGreaterThanOrEqual(950)
    const doc = await imageDoc(res.body.doc.id)
    expect(doc.status).toBe('generated')
    expect((await historyOf(doc.id))[0]).toMatchObject({ outcome: 'success', attempts: 2 })
  })

  it('retries 5xx with backoff, but neither a bad request nor a 429 for lack of credit', async () => {
    const m = await marketer()
    fake.script(
      { status: 500, error: { message: 'The server had an error while processing your request.', type: 'server_error', code: null } },
      { status: 503, error: { message: 'The engine is currently overloaded.', type: 'server_error', code: null } },
    )
    const ok = await generate(m.auth, { prompt: 'Retry me please' })
    await runJobs()
    expect(fake.calls).toHaveLength(3)
    expect((await imageDoc(ok.body.doc.id)).status).toBe('generated')

    fake.calls.length = 0
    fake.script({ status: 400, error: { message: "Invalid value: 'hd'. Supported values are: 'low', 'medium', 'high', and 'auto'.", type: 'invalid_request_error', code: 'invalid_value' } })
    const bad = await generate(m.auth, { prompt: 'Not retried' })
    await runJobs()
    expect(fake.calls).toHaveLength(1)
    const failed = await imageDoc(bad.body.doc.id)
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'bad_request' })
    expect(failed.errorMessage).toMatch(/Invalid value: 'hd'/)

    fake.calls.length = 0
    fake.script({ status: 429, error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota' } })
    const broke = await generate(m.auth, { prompt: 'No credit left' })
    await runJobs()
    expect(fake.calls).toHaveLength(1)
    expect(await imageDoc(broke.body.doc.id)).toMatchObject({ status: 'failed', errorCode: 'quota_exceeded' })
  })

  it('shows a moderation refusal as such, without retrying, and tells the requester', async () => {
    const m = await marketer()
    const res = await generate(m.auth, { prompt: `A poster about a ${MODERATION_WORD}` })
    await runJobs()
    expect(fake.calls).toHaveLength(1)
    const doc = await imageDoc(res.body.doc.id)
    expect(doc).toMatchObject({ status: 'failed', errorCode: 'moderation_blocked', images: [] })
    expect(doc.errorMessage).toBe(`Refused by the provider's moderation: ${MODERATION_MESSAGE}`)
    expect((await historyOf(doc.id))[0]).toMatchObject({ outcome: 'moderation_blocked', attempts: 1, costEstimate: 0, errorCode: 'moderation_blocked' })
    const mine = await t.api.get(`/api/generated-images/${doc.id}`, m.auth)
    expect(mine.body.errorMessage).toMatch(/moderation/)
    const notes = await t.api.get('/api/notifications?limit=10', m.auth)
    expect(notes.body.docs.find((n: any) => n.type === 'ai-images.failed')?.message).toMatch(/safety system/)
    // a failed image cannot be approved
    expect((await review(doc.id, editor.auth, 'approved')).status).toBe(409)
    // the job ran again (a retry of the task) does nothing to a finished document
    const again = await t.payload.jobs.queue({ task: 'ai-images-generate', input: { imageId: doc.id }, queue: 'ai-images' })
    await t.payload.jobs.runByID({ id: again.id })
    expect(fake.calls).toHaveLength(1)
  })
})

describe('limits', () => {
  it('caps concurrent generations per user under concurrent requests; the lock off lets the race through', async () => {
    const m = await marketer()
    const burst = () => Promise.all(Array.from({ length: 6 }, (_, i) => generate(m.auth, { prompt: `Concurrent request ${i}` })))
    const statuses = (await burst()).map((r) => r.status)
    expect(statuses.filter((s) => s === 202)).toHaveLength(2)
    expect(statuses.filter((s) => s === 429)).toHaveLength(4)
    const refused = await generate(m.auth, { prompt: 'One more' })
    expect(refused.body.errors[0].message).toMatch(/already have 2 generation\(s\) running; the limit is 2/)
    await runJobs()
    expect((await generate(m.auth, { prompt: 'Now there is room' })).status).toBe(202)
    await runJobs()

    // control: without the per-user lock, concurrent requests all read the same count
    const c = await marketer()
    setRequestLockForTests(false)
    try {
      let over = 0
      for (let round = 0; round < 5 && over === 0; round++) {
        const accepted = (await Promise.all(Array.from({ length: 6 }, (_, i) => generate(c.auth, { prompt: `Race ${round}.${i}` })))).filter((r) => r.status === 202).length
        if (accepted > 2) over = accepted
        await runJobs()
      }
      console.info(`concurrency cap 2, lock off: ${over} of 6 concurrent requests accepted`)
      expect(over).toBeGreaterThan(2)
    } finally {
      setRequestLockForTests(true)
    }
  })

  it('counts a daily quota of images (failed ones excluded)', async () => {
    process.env.AI_IMAGES_DAILY_QUOTA = '5'
    try {
      const m = await marketer()
      expect((await generate(m.auth, { prompt: 'Four at once', n: 4 })).status).toBe(202)
      await runJobs()
      const over = await generate(m.auth, { prompt: 'Two more', n: 2 })
      expect(over.status).toBe(429)
      expect(over.body.errors[0].message).toBe('Daily quota reached: 4 of 5 images used today (UTC); this request asks for 2.')
      // a refusal by moderation does not use the quota
      expect((await generate(m.auth, { prompt: `Refused ${MODERATION_WORD}` })).status).toBe(202)
      await runJobs()
      expect((await generate(m.auth, { prompt: 'Last one' })).status).toBe(202)
      expect((await generate(m.auth, { prompt: 'Too many' })).status).toBe(429)
    } finally {
      process.env.AI_IMAGES_DAILY_QUOTA = '20'
    }
  })
})

describe('cleanup', () => {
  it('deletes old rejected and failed images with their files, keeps the rest and the history', async () => {
    const m = await marketer()
    const make = async (prompt: string) => {
      const r = await generate(m.auth, { prompt })
      await runJobs()
      return r.body.doc.id as number
    }
    const oldRejected = await make('Old rejected')
    expect((await review(oldRejected, editor.auth, 'rejected', 'Off brand')).status).toBe(200)
    const oldFailed = await make(`Old ${MODERATION_WORD}`)
    const oldApproved = await make('Old approved')
    expect((await review(oldApproved, editor.auth, 'approved')).status).toBe(200)
    const recentRejected = await make('Recent rejected')
    expect((await review(recentRejected, editor.auth, 'rejected', 'Blurry')).status).toBe(200)
    const rejectedDoc = await imageDoc(oldRejected)
    const files = [rejectedDoc.images[0].media.filename, rejectedDoc.images[0].media.sizes.thumbnail.filename]
    for (const f of files) expect(await fileOnDisk(f)).toBe(true)
    await sql(`UPDATE generated_images SET updated_at = now() - interval '40 days' WHERE id IN (${oldRejected}, ${oldFailed}, ${oldApproved})`)
    // a generation left running by a dead worker
    const stuck = await generate(m.auth, { prompt: 'Stuck' })
    await sql(`UPDATE generated_images SET status = 'generating', updated_at = now() - interval '2 hours' WHERE id = ${stuck.body.doc.id}`)

    const report = await cleanupImages(await createLocalReq({}, t.payload))
    expect(report).toMatchObject({ deleted: 2, interrupted: 1, errors: 0 })
    const left = (await t.payload.find({ collection: 'generated-images', where: { requester: { equals: m.user.id } }, overrideAccess: true, depth: 0, limit: 50 })).docs.map((d: any) => d.id)
    expect(left).not.toContain(oldRejected)
    expect(left).not.toContain(oldFailed)
    expect(left).toEqual(expect.arrayContaining([oldApproved, recentRejected, stuck.body.doc.id]))
    for (const f of files) expect(await fileOnDisk(f)).toBe(false)
    expect((await t.payload.find({ collection: 'media', where: { id: { equals: rejectedDoc.images[0].media.id } }, overrideAccess: true })).docs).toHaveLength(0)
    expect(await imageDoc(stuck.body.doc.id)).toMatchObject({ status: 'failed', errorCode: 'interrupted' })
    // the history outlives the images
    const history = await t.payload.find({ collection: 'image-generation-history', where: { requester: { equals: m.user.id } }, overrideAccess: true, depth: 0 })
    expect(history.docs.length).toBeGreaterThanOrEqual(4)

    // the scheduled task does the same
    const job = await t.payload.jobs.queue({ task: 'ai-images-cleanup', input: {}, queue: 'ai-images' })
    const run = await t.payload.jobs.runByID({ id: job.id })
    expect(run.jobStatus?.[job.id]?.status).toBe('success')
  })
})

describe('access', () => {
  let a: Session
  let b: Session
  let imageA: number

  beforeAll(async () => {
    a = await marketer()
    b = await marketer()
    const r = await generate(a.auth, { prompt: 'Private draft of A' })
    imageA = r.body.doc.id
    await runJobs()
    await generate(b.auth, { prompt: 'Draft of B' })
    await runJobs()
  })

  it('REST: another marketer never reads, filters into, changes or reviews my images', async () => {
    expect((await t.api.get(`/api/generated-images/${imageA}`, b.auth)).status).toBe(404)
    expect((await t.api.get(`/api/generated-images/${imageA}`)).status).toBe(403)
    const list = await t.api.get(`/api/generated-images?limit=100&where[requester][equals]=${a.user.id}`, b.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(0)
    const byPrompt = await t.api.get(`/api/generated-images?where[prompt][like]=Private`, b.auth)
    expect(byPrompt.body.docs).toHaveLength(0)
    const custom = await t.api.get('/api/images?limit=100', b.auth)
    expect(custom.body.docs.every((d: any) => d.requester === b.user.id || d.requester?.id === b.user.id)).toBe(true)
    expect(custom.body.docs.map((d: any) => d.id)).not.toContain(imageA)
    const history = await t.api.get('/api/images/history?limit=100', b.auth)
    expect(history.body.docs.every((h: any) => h.requester === b.user.id)).toBe(true)
    expect((await t.api.get(`/api/image-generation-history?where[image][equals]=${imageA}`, b.auth)).body.docs).toHaveLength(0)
    const stats = await t.api.get('/api/images/statistics', b.auth)
    expect(stats.body).toMatchObject({ scope: 'mine', requests: 1 })
    expect(stats.body.byUser).toEqual([{ user: b.user.id, email: b.user.email, count: 1 }])

    expect([403, 404]).toContain((await t.api.patch(`/api/generated-images/${imageA}`, { tags: [] }, b.auth)).status)
    expect((await review(imageA, b.auth, 'approved')).status).toBe(404)
    expect((await t.api.delete(`/api/generated-images/${imageA}`, b.auth)).status).toBeGreaterThanOrEqual(403)
    // nobody creates documents around the endpoint, nor moves the status by a plain update
    expect((await t.api.post('/api/generated-images', { prompt: 'x', requester: a.user.id, n: 1 }, a.auth)).status).toBe(403)
    const sneak = await t.api.patch(`/api/generated-images/${imageA}`, { status: 'approved' }, a.auth)
    expect(sneak.status).toBe(409)
    expect(sneak.body.errors[0].message).toMatch(/POST \/api\/images\/:id\/review/)
    const byEditor = await t.api.patch(`/api/generated-images/${imageA}`, { status: 'approved' }, editor.auth)
    expect(byEditor.status).toBe(409)
    expect((await imageDoc(imageA)).status).toBe('generated')
    // staff see everyone's
    expect((await t.api.get(`/api/generated-images/${imageA}`, editor.auth)).status).toBe(200)
    const all = await t.api.get('/api/images/statistics', admin.auth)
    expect(all.body.scope).toBe('all')
    expect(all.body.requests).toBeGreaterThan(stats.body.requests)
    expect(all.body.approvalRate).toBeGreaterThan(0)
    expect(all.body.averageGenerationMs).toBeGreaterThanOrEqual(0)
    expect(Object.keys(all.body.byStatus)).toEqual(expect.arrayContaining(['generated', 'approved', 'failed']))
    expect(all.body.perDay[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const future = await t.api.get('/api/images/statistics?from=2999-01-01', admin.auth)
    expect(future.body).toMatchObject({ requests: 0, images: 0, approvalRate: null, averageGenerationMs: null, perDay: [] })
    const window = await t.api.get(`/api/images/statistics?from=2000-01-01&to=${new Date(Date.now() + 86_400_000).toISOString()}`, admin.auth)
    expect(window.body.requests).toBe(all.body.requests)
  })

  it('GraphQL: the same', async () => {
    const one = await t.api.graphql(`{ GeneratedImage(id: ${imageA}) { id prompt status } }`, {}, b.auth)
    expect(one.body.data?.GeneratedImage ?? null).toBeNull()
    expect(one.text).not.toContain('Private draft of A')
    const list = await t.api.graphql(`{ GeneratedImages(limit: 100, where: { requester: { equals: ${a.user.id} } }) { docs { id prompt } } }`, {}, b.auth)
    expect(list.body.data.GeneratedImages.docs).toHaveLength(0)
    const mine = await t.api.graphql(`{ GeneratedImages(limit: 100) { docs { id prompt } } }`, {}, a.auth)
    expect(mine.body.data.GeneratedImages.docs.map((d: any) => d.id)).toContain(imageA)
    const upd = await t.api.graphql(`mutation { updateGeneratedImage(id: ${imageA}, data: { tags: [] }) { id } }`, {}, b.auth)
    expect(upd.body.errors?.length).toBeGreaterThan(0)
    const create = await t.api.graphql(`mutation { createGeneratedImage(data: { prompt: "x", n: 1 }) { id } }`, {}, a.auth)
    expect(create.body.errors?.length).toBeGreaterThan(0)
    const hist = await t.api.graphql(`{ ImageGenerationHistories(limit: 100) { docs { id requester { id } } } }`, {}, b.auth)
    expect(hist.body.data.ImageGenerationHistories.docs.every((h: any) => h.requester?.id === b.user.id || h.requester === null)).toBe(true)
  })
})

describe('bad input', () => {
  it('answers 4xx with a clear message, never 5xx, and writes nothing', async () => {
    const m = await marketer()
    const participant = await userSession(t.payload, t.api, ['participant'])
    const cases: [Auth | undefined, unknown, number, RegExp][] = [
      [undefined, { prompt: 'hello there' }, 401, /logged in/],
      [participant.auth, { prompt: 'hello there' }, 403, /marketers, editors and admins/],
      [m.auth, { prompt: 'x'.repeat(301) }, 400, /prompt: at most 300 characters/],
      [m.auth, { prompt: 'ok prompt', n: 5 }, 400, /^n:/],
      [m.auth, { prompt: 'ok prompt', n: 1.5 }, 400, /^n:/],
      [m.auth, { prompt: 'ok prompt', size: '4096x4096' }, 400, /size/],
      [m.auth, { prompt: 'ok prompt', background: 'transparent', outputFormat: 'jpeg' }, 400, /transparent background needs png or webp/],
      [m.auth, { prompt: 'ok prompt', style: 'cubism' }, 400, /style/],
      [m.auth, { prompt: 'ok prompt', tags: [999999] }, 400, /unknown tag id\(s\) 999999/],
      [m.auth, { prompt: 'ok prompt', tags: ['x'] }, 400, /tags/],
      [m.auth, { prompt: 'ok prompt', requester: 1 }, 400, /requester|Unrecognized/i],
      [m.auth, { prompt: 12 }, 400, /prompt/],
      [m.auth, [], 400, /./],
    ]
    for (const [auth, body, status, message] of cases) {
      const res = await generate(auth, body as never)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(res.body.errors[0].message, JSON.stringify(body)).toMatch(message)
    }
    const malformed = await t.api.request('POST', '/api/images/generate', { auth: m.auth, raw: '{"prompt": ', headers: { 'content-type': 'application/json' } })
    expect(malformed.status).toBe(400)
    const count = await t.payload.count({ collection: 'generated-images', where: { requester: { equals: m.user.id } }, overrideAccess: true })
    expect(count.totalDocs).toBe(0)

    const queries = ['/api/images?status=done', '/api/images?from=yesterday', '/api/images?limit=1000', '/api/images?page=0', '/api/images?nope=1', '/api/images/history?outcome=x', '/api/images/statistics?from=x']
    for (const q of queries) expect((await t.api.get(q, m.auth)).status, q).toBe(400)
    expect((await t.api.get('/api/images')).status).toBe(401)
    expect((await review(0, editor.auth, 'approved')).status).toBe(404)
    expect((await t.api.post('/api/images/abc/review', { to: 'approved' }, editor.auth)).status).toBe(404)
    expect((await t.api.post('/api/images/999999/review', { to: 'approved' }, editor.auth)).status).toBe(404)
    expect((await t.api.post('/api/images/1/review', { to: 'maybe' }, editor.auth)).status).toBe(400)
    const badTag = await t.api.post('/api/image-tags', { name: 'Bad', colour: 'red' }, m.auth)
    expect(badTag.status).toBe(400)
    expect((await t.api.post('/api/image-tags', { name: 'Anything' }, participant.auth)).status).toBe(403)
  })
})
