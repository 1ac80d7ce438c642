/** The demo seed: a connected sandbox account, scheduled / published (with analytics) / failed posts, a recurring schedule. */
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestServer } from '../helpers/server'

import { seedOnce } from '../../src/seed'
import { startTestServer } from '../helpers/server'

let t: TestServer
beforeAll(async () => {
  t = await startTestServer({ disabledPlugins: ['learning', 'delivery', 'payments'] })
}, 120_000)
afterAll(async () => {
  await t?.close()
})

it('seeds the social demo through the sandbox publisher', async () => {
  expect(await seedOnce(t.payload)).toBe(true)
  const accounts = await t.payload.find({ collection: 'social-accounts', depth: 0 })
  expect(accounts.docs[0]).toMatchObject({ mode: 'sandbox', status: 'connected' })
  const posts = await t.payload.find({ collection: 'scheduled-posts', depth: 0, sort: 'scheduledAt' })
  expect(posts.docs.map((p) => p.status).sort()).toEqual(['failed', 'published', 'scheduled'])
  const published = posts.docs.find((p) => p.status === 'published')!
  expect(published.targets?.[0].platformPostId).toMatch(/^sandbox-/)
  const analytics = await t.payload.find({ collection: 'post-analytics', where: { post: { equals: published.id } }, depth: 0 })
  expect(analytics.totalDocs).toBe(1)
  expect(analytics.docs[0].impressions).toBeGreaterThan(0)
  const schedules = await t.payload.find({ collection: 'posting-schedules', depth: 0 })
  expect(schedules.docs.map((s) => s.kind).sort()).toEqual(['queue', 'recurring'])
}, 120_000)
