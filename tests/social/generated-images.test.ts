/**
 * Social publishing with the ai-images plugin on: a post carries approved generated images by id
 * (`generatedImageIds`), their files are what the platform receives; images not approved are
 * refused at scheduling. Sandbox accounts, real HTTP and Postgres.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestServer } from '../helpers/server'

import { runPublishing } from '../../src/plugins/social-publishing/services/publishing'
import { userSession } from '../helpers/fixtures'
import { startTestServer } from '../helpers/server'
import { inSeconds, uploadImage } from './helpers'

let t: TestServer
let marketer: Awaited<ReturnType<typeof userSession>>

beforeAll(async () => {
  t = await startTestServer({ env: { SOCIAL_TOKEN_KEY: randomBytes(32).toString('hex') } })
  marketer = await userSession(t.payload, t.api, ['marketer'])
}, 120_000)

afterAll(async () => {
  await t?.close()
})

async function generatedImage(status: 'approved' | 'generated') {
  const media = (await uploadImage(t.payload, marketer.user.id)) as { id: number; filename: string }
  const doc = await t.payload.create({
    collection: 'generated-images',
    data: { prompt: `A ${status} image`, status, requester: marketer.user.id, n: 1, style: 'pop-art', images: [{ media: media.id }] } as never,
    overrideAccess: true,
    context: { aiImagesSystem: true },
  })
  return { id: doc.id as number, media }
}

describe('posts with generated images', () => {
  it('publishes the files of approved generated images and refuses the others', async () => {
    const account = await t.payload.create({
      collection: 'social-accounts',
      data: { owner: marketer.user.id, name: 'Sandbox X', platform: 'x', mode: 'sandbox', externalId: `sb-${randomBytes(3).toString('hex')}`, status: 'connected' } as never,
      overrideAccess: true,
    })
    const approved = await generatedImage('approved')
    const pending = await generatedImage('generated')

    const refused = await t.api.post('/api/social/schedule', { caption: 'not yet', accountIds: [account.id], generatedImageIds: [pending.id], scheduledAt: inSeconds(0) }, marketer.auth)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(JSON.stringify(refused.body)).toMatch(/approved/)
    const unknown = await t.api.post('/api/social/schedule', { caption: 'unknown', accountIds: [account.id], generatedImageIds: [99_999_999], scheduledAt: inSeconds(0) }, marketer.auth)
    expect(unknown.status).toBeGreaterThanOrEqual(400)
    expect(unknown.status).toBeLessThan(500)

    const caption = `ai ${randomBytes(3).toString('hex')}`
    const res = await t.api.post('/api/social/schedule', { caption, accountIds: [account.id], generatedImageIds: [approved.id], scheduledAt: inSeconds(0) }, marketer.auth)
    expect(res.status, res.text).toBe(201)
    await runPublishing(t.payload, { postId: res.body.id })
    const post = (await t.api.get(`/api/social/posts/${res.body.id}`, marketer.auth)).body
    expect(post.status).toBe('published')
    const logs = await t.payload.find({ collection: 'social-sandbox-log', where: { post: { equals: res.body.id } }, overrideAccess: true, depth: 0 })
    expect(logs.docs).toHaveLength(1)
    const urls = (logs.docs[0] as { imageUrls: { url: string }[] }).imageUrls.map((i) => i.url)
    expect(urls).toHaveLength(1)
    expect(urls[0]).toContain(approved.media.filename)
  })
})
