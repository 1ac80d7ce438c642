/** The demo seed works offline (local renderer, even with OPENAI_API_KEY set) and leaves images in every state. */
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { mediaDir } from '../../src/collections/media'
import { seedAiImages } from '../../src/plugins/ai-images'
import { seedCore } from '../../src/seed/core'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  // a key for an unreachable provider: the seed must not call it
  t = await startTestServer({ env: { OPENAI_API_KEY: 'sk-unused', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } })
})
afterAll(async () => {
  await t?.close()
})

it('seeds tags and images in each state with real files', async () => {
  const context = await seedCore(t.payload)
  await seedAiImages(t.payload, context)
  expect((await t.payload.count({ collection: 'image-tags', overrideAccess: true })).totalDocs).toBe(3)
  const docs = (await t.payload.find({ collection: 'generated-images', depth: 1, overrideAccess: true, limit: 20, sort: 'id' })).docs as any[]
  expect(docs.map((d) => d.status).sort()).toEqual(['approved', 'failed', 'generated', 'pending', 'rejected'])
  for (const d of docs.filter((x) => ['approved', 'generated', 'rejected'].includes(x.status))) {
    expect(d.provider).toBe('local-renderer')
    expect(d.providerNote).toMatch(/Rendered locally/)
    for (const { media } of d.images) await expect(fs.stat(path.join(mediaDir(), media.filename))).resolves.toBeTruthy()
  }
  expect(docs.find((d) => d.status === 'rejected').rejectionReason).toBeTruthy()
  expect(docs.find((d) => d.status === 'failed').errorCode).toBe('moderation_blocked')
})
