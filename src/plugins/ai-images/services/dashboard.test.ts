/**
 * The AI images dashboard widget's numbers against Postgres: a marketer counts the images they
 * requested, reviewers (editors) every image.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../../../../tests/helpers/fixtures'
import { startTestServer, type TestServer } from '../../../../tests/helpers/server'
import { aiImagesPlugin } from '..'
import { IMAGES } from '../constants'
import { imagesDashboard } from './dashboard'

let t: TestServer
const reqFor = (payload: Payload, user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) as Promise<PayloadRequest>
const total = (series: { points: Record<string, number | string>[] }, key: string) => series.points.reduce((sum, p) => sum + Number(p[key] ?? 0), 0)
const image = (requester: number, status: string) => t.payload.create({ collection: IMAGES, data: { prompt: `a ${status} image`, requester, status, n: 1 } as never, overrideAccess: true })

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('AI images dashboard numbers', () => {
  it('a marketer counts their own requests, an editor every image', async () => {
    const [marketer, other, editor] = await Promise.all([createUser(t.payload, { roles: ['marketer'] }), createUser(t.payload, { roles: ['marketer'] }), createUser(t.payload, { roles: ['editor'] })])
    await image(marketer.id, 'generated')
    await image(marketer.id, 'failed')
    await image(marketer.id, 'approved')
    await image(other.id, 'generated')
    await image(other.id, 'generated')
    await image(other.id, 'failed')

    const own = await imagesDashboard(await reqFor(t.payload, marketer))
    expect({ toReview: own.toReview, failed: own.failed }).toEqual({ toReview: 1, failed: 1 })
    expect(total(own.generations, 'generated')).toBe(2)
    expect(total(own.generations, 'failed')).toBe(1)

    const all = await imagesDashboard(await reqFor(t.payload, editor))
    expect({ toReview: all.toReview, failed: all.failed }).toEqual({ toReview: 3, failed: 2 })
    expect(total(all.generations, 'generated') + total(all.generations, 'failed')).toBe(6)
  })

  it('registers its widget for marketers and editors from the plugin', () => {
    const config = aiImagesPlugin()({ collections: [] } as never) as { custom?: Record<string, unknown> }
    expect(config.custom?.vibeDashboardWidgets).toEqual([expect.objectContaining({ slug: 'ai-images-overview', roles: ['marketer', 'editor'] })])
  })
})
