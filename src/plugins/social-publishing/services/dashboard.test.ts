/**
 * The social publishing dashboard widget's numbers against Postgres: a marketer counts their own
 * posts and accounts, an admin everyone's.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../../../../tests/helpers/fixtures'
import { startTestServer, type TestServer } from '../../../../tests/helpers/server'
import { socialPublishingPlugin } from '..'
import { ACCOUNTS, POSTS } from '../constants'
import { socialDashboard } from './dashboard'

let t: TestServer
const reqFor = (payload: Payload, user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) as Promise<PayloadRequest>
const total = (series: { points: Record<string, number | string>[] }, key: string) => series.points.reduce((sum, p) => sum + Number(p[key] ?? 0), 0)

async function account(owner: number, status: string) {
  return t.payload.create({ collection: ACCOUNTS, data: { owner, name: 'Page', platform: 'facebook', mode: 'sandbox', externalId: `page-${owner}-${status}`, status } as never, overrideAccess: true })
}
async function post(owner: number, accountId: number, status: string, publishedAt?: string) {
  return t.payload.create({
    collection: POSTS,
    data: { owner, title: status, caption: 'hello', scheduledAt: new Date().toISOString(), timezone: 'UTC', status, publishedAt, targets: [{ account: accountId, platform: 'facebook', state: 'pending' }] } as never,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('social publishing dashboard numbers', () => {
  it('a marketer counts their own posts and accounts, an admin all', async () => {
    const [marketer, other, admin] = await Promise.all([createUser(t.payload, { roles: ['marketer'] }), createUser(t.payload, { roles: ['marketer'] }), createUser(t.payload, { roles: ['admin'] })])
    const mine = await account(marketer.id, 'reconnect_needed')
    const theirs = await account(other.id, 'connected')
    const now = new Date().toISOString()
    await post(marketer.id, mine.id, 'failed')
    await post(marketer.id, mine.id, 'waiting')
    await post(marketer.id, mine.id, 'published', now)
    await post(other.id, theirs.id, 'failed')
    await post(other.id, theirs.id, 'published', now)
    await post(other.id, theirs.id, 'published', now)

    const own = await socialDashboard(await reqFor(t.payload, marketer))
    expect({ failed: own.failed, waiting: own.waiting, reconnect: own.reconnect }).toEqual({ failed: 1, waiting: 1, reconnect: 1 })
    expect(total(own.published, 'published')).toBe(1)

    const all = await socialDashboard(await reqFor(t.payload, admin))
    expect({ failed: all.failed, waiting: all.waiting, reconnect: all.reconnect }).toEqual({ failed: 2, waiting: 1, reconnect: 1 })
    expect(total(all.published, 'published')).toBe(3)
  })

  it('registers its widget for marketers and editors from the plugin', () => {
    const config = socialPublishingPlugin()({ collections: [] } as never) as { custom?: Record<string, unknown> }
    expect(config.custom?.vibeDashboardWidgets).toEqual([expect.objectContaining({ slug: 'social-overview', roles: ['marketer', 'editor'] })])
  })
})
