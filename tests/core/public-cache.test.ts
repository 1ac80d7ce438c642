/**
 * The anonymous read cache: who may be answered from it, that writes through Payload empty it at
 * once (in this process, and in others through Postgres NOTIFY when the write commits), and that what changes
 * behind Payload's back is at most the TTL old. Real HTTP, real Postgres.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublicCache, PublicCacheOptions } from '../../src/cache/public-cache'

import { INVALIDATION_CHANNEL } from '../../src/cache/invalidation'
import { createApp } from '../../src/http/app'
import { ApiClient } from '../helpers/client'
import { createUser, PASSWORD, userSession } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

/**
 * A cache serves nothing until its LISTEN connection is up (it could miss other processes'
 * writes): wait for that before testing it. A probe on a path no test reads.
 */
async function listening(api: ApiClient) {
  const probe = await eventually(() => api.get('/api/course-categories?limit=1&probe=1'), (r) => r.headers.get('x-cache') !== null)
  expect(probe.headers.get('x-cache')).not.toBeNull()
}

beforeAll(async () => {
  t = await startTestServer({ publicCache: { ttlMs: 60_000 } })
  await listening(t.api)
})
afterAll(async () => {
  await t?.close()
})

/** Another express app on the same Payload (one Payload per process), with its own cache options. */
async function extraApp(publicCache: Partial<PublicCacheOptions>) {
  const app = createApp({ payload: t.payload, quiet: true, publicCache })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const api = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  if ((publicCache.ttlMs ?? 0) > 0) await listening(api)
  return {
    api,
    cache: app.locals.publicCache as PublicCache,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/**
 * A category written through Payload. Its NOTIFY reaches the caches a moment after the commit,
 * so the tests wait until each cache has heard it: else it could empty what the test fills next.
 */
async function makeCategory(name: string, caches: PublicCache[] = [t.cache]) {
  const doc = await t.payload.create({ collection: 'course-categories', data: { name, color: '#112233' }, overrideAccess: true })
  for (const cache of caches) await cache.caughtUp()
  return doc
}

describe('who is answered from the cache', () => {
  it('serves the second anonymous read of a list from the cache, with the same body', async () => {
    await makeCategory('Salsa')
    const first = await t.api.get('/api/course-categories?limit=5&sort=name')
    const second = await t.api.get('/api/course-categories?limit=5&sort=name')
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.text).toBe(first.text)
    expect(second.headers.get('content-type')).toContain('application/json')
    // another query string is another answer
    expect((await t.api.get('/api/course-categories?limit=6&sort=name')).headers.get('x-cache')).toBe('MISS')
  })

  it('caches a document by id, never an error', async () => {
    const cat = await makeCategory('Kizomba')
    await t.api.get(`/api/course-categories/${cat.id}`)
    expect((await t.api.get(`/api/course-categories/${cat.id}`)).headers.get('x-cache')).toBe('HIT')
    const missing = await t.api.get('/api/course-categories/987654')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-cache')).toBeNull()
    expect((await t.api.get('/api/course-categories/987654')).headers.get('x-cache')).toBeNull()
  })

  it('never answers a signed-in request from it, nor caches it: drafts stay with their readers', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const instructor = await createUser(t.payload, { roles: ['instructor'] })
    const category = await makeCategory('Bachata')
    const data = { instructor: instructor.id, category: category.id, price: 0, currency: 'XOF' }
    await t.payload.create({ collection: 'courses', data: { ...data, title: 'Public course', _status: 'published' }, overrideAccess: true })
    await t.payload.create({ collection: 'courses', data: { ...data, title: 'Draft course', _status: 'draft' }, draft: true, overrideAccess: true })
    await t.cache.caughtUp()

    const path = `/api/courses?where[category][equals]=${category.id}&sort=title`
    const anonymous = await t.api.get(path)
    expect(anonymous.body.docs.map((d: { title: string }) => d.title)).toEqual(['Public course'])
    expect((await t.api.get(path)).headers.get('x-cache')).toBe('HIT')

    for (const auth of [{ token: admin.auth.token }, { cookie: admin.auth.cookie }]) {
      const res = await t.api.get(`${path}&draft=true`, auth)
      expect(res.headers.get('x-cache')).toBeNull()
      expect(res.body.docs.map((d: { title: string }) => d.title).sort()).toEqual(['Draft course', 'Public course'])
      const same = await t.api.get(path, auth)
      expect(same.headers.get('x-cache')).toBeNull()
    }
    // and the admin's answers did not end up in the anonymous cache
    expect((await t.api.get(`${path}&draft=true`)).body.docs.map((d: { title: string }) => d.title)).toEqual(['Public course'])
  })

  it('leaves custom endpoints, writes and Payload’s internal collections alone', async () => {
    await t.api.get('/api/users/me')
    expect((await t.api.get('/api/users/me')).headers.get('x-cache')).toBeNull()
    await t.api.get('/api/restaurants/nearby?lat=48.85&lng=2.35')
    expect((await t.api.get('/api/restaurants/nearby?lat=48.85&lng=2.35')).headers.get('x-cache')).toBeNull()
    expect((await t.api.get('/api/payload-jobs')).headers.get('x-cache')).toBeNull()
    const post = await t.api.post('/api/users/login', { email: 'nobody@test.local', password: PASSWORD })
    expect(post.headers.get('x-cache')).toBeNull()
  })
})

describe('freshness', () => {
  it('a write through the API empties the cache at once', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const cat = await makeCategory('Tango')
    const path = `/api/course-categories/${cat.id}`
    await t.api.get(path)
    expect((await t.api.get(path)).headers.get('x-cache')).toBe('HIT')

    expect((await t.api.patch(path, { name: 'Tango argentin' }, admin.auth)).status).toBe(200)
    const after = await t.api.get(path)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(after.body.name).toBe('Tango argentin')

    expect((await t.api.delete(path, admin.auth)).status).toBe(200)
    expect((await t.api.get(path)).status).toBe(404)
  })

  it('the writer sends NOTIFY on its transaction, so other processes hear it only after the commit', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const cat = await makeCategory('Lindy hop')
    const listener = new pg.Client({ connectionString: t.databaseUrl })
    const heard: number[] = []
    await listener.connect()
    try {
      await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`)
      listener.on('notification', () => heard.push(Date.now()))
      expect((await t.api.patch(`/api/course-categories/${cat.id}`, { name: 'Lindy' }, admin.auth)).status).toBe(200)
      await eventually(async () => heard.length, (n) => n > 0)
      expect(heard.length).toBeGreaterThan(0)
    } finally {
      await listener.end()
    }
  })

  it('another process’s write empties this cache when it commits, not before', async () => {
    const cat = await makeCategory('Zouk')
    const path = `/api/course-categories/${cat.id}`
    await t.api.get(path)
    expect((await t.api.get(path)).headers.get('x-cache')).toBe('HIT')

    // what another process's write does: the change and the NOTIFY in one transaction
    const other = new pg.Client({ connectionString: t.databaseUrl })
    await other.connect()
    try {
      await other.query('BEGIN')
      await other.query('UPDATE course_categories_locales SET name = $1 WHERE _parent_id = $2', ['Zouk love', cat.id])
      await other.query(`SELECT pg_notify('${INVALIDATION_CHANNEL}', '')`)
      await new Promise((r) => setTimeout(r, 300))
      // the control: not committed yet, so nothing was heard and the cache still answers
      expect((await t.api.get(path)).headers.get('x-cache')).toBe('HIT')
      await other.query('COMMIT')
    } finally {
      await other.end()
    }
    const fresh = await eventually(() => t.api.get(path), (r) => r.headers.get('x-cache') === 'MISS')
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect(fresh.body.name).toBe('Zouk love')
  })

  it('what changes behind Payload’s back (raw SQL, no NOTIFY) is served at most TTL old', async () => {
    const short = await extraApp({ ttlMs: 2000 })
    try {
      const cat = await makeCategory('Samba', [short.cache])
      const path = `/api/course-categories/${cat.id}`
      await short.api.get(path)
      const pool = (t.payload.db as unknown as { pool: { query: (q: string, v: unknown[]) => Promise<unknown> } }).pool
      await pool.query('UPDATE course_categories SET color = $1 WHERE id = $2', ['#445566', cat.id])
      const cached = await short.api.get(path)
      expect(cached.headers.get('x-cache')).toBe('HIT')
      expect(cached.body.color).toBe('#112233')
      await new Promise((r) => setTimeout(r, 2500))
      const later = await short.api.get(path)
      expect(later.headers.get('x-cache')).toBe('MISS')
      expect(later.body.color).toBe('#445566')
    } finally {
      await short.close()
    }
  })

  it('PUBLIC_CACHE_TTL_MS=0 turns it off', async () => {
    const off = await extraApp({ ttlMs: 0 })
    try {
      await off.api.get('/api/course-categories')
      expect((await off.api.get('/api/course-categories')).headers.get('x-cache')).toBeNull()
    } finally {
      await off.close()
    }
  })
})
