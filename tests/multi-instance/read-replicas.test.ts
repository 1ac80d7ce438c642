/**
 * DATABASE_READ_URLS: the "replica" here is a second database cloned from the same template and
 * never written, so an answer shows which database served it. Anonymous reads go to the replica;
 * signed-in users, clients that have just written (cookie) or ask for it (header), and every
 * write go to the primary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WROTE_COOKIE } from '../../src/http/read-routing'
import { userSession } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { createTestDatabase, dropTestDatabase, startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let replica: { name: string; url: string }

beforeAll(async () => {
  replica = await createTestDatabase()
  t = await startTestServer({ env: { DATABASE_READ_URLS: replica.url }, publicCache: { ttlMs: 0 } })
})
afterAll(async () => {
  await t?.close()
  if (replica) await dropTestDatabase(replica.name)
})

const count = (res: { body: { totalDocs?: number } }) => res.body.totalDocs

describe('read replicas', () => {
  it('serves anonymous reads from a replica and everything else from the primary', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const created = await t.api.post('/api/course-categories', { name: 'Only on the primary', color: '#445566' }, admin.auth)
    expect(created.status).toBe(201)
    const path = `/api/course-categories?where[name][equals]=${encodeURIComponent('Only on the primary')}`
    // the adapter reads the primary for 2 s after a write in this process; then anonymous reads go to the replica
    const anonymous = await eventually(() => t.api.get(path), (r) => count(r) === 0, 15_000)
    expect(anonymous.status).toBe(200)
    expect(count(anonymous)).toBe(0)
    // the writer reads its own write
    expect(count(await t.api.get(path, admin.auth))).toBe(1)
    // an anonymous client that asks for the primary
    expect(count(await t.api.request('GET', path, { headers: { 'x-read-primary': '1' } }))).toBe(1)
  })

  it('sends a client that has just written to the primary for its next reads (cookie)', async () => {
    const registered = await t.api.post('/api/users/register', { email: `replica-${Date.now()}@test.local`, password: 'correct-horse-battery-staple', firstName: 'Replica' })
    expect(registered.status).toBeLessThan(300)
    const cookie = registered.headers.getSetCookie().find((c) => c.startsWith(`${WROTE_COOKIE}=`))
    expect(cookie).toMatch(/Max-Age=\d+/)
    const admin = await userSession(t.payload, t.api, ['admin'])
    await t.api.post('/api/course-categories', { name: 'Fresh on the primary', color: '#445566' }, admin.auth)
    const path = `/api/course-categories?where[name][equals]=${encodeURIComponent('Fresh on the primary')}`
    await eventually(() => t.api.get(path), (r) => count(r) === 0, 15_000)
    expect(count(await t.api.get(path))).toBe(0)
    expect(count(await t.api.request('GET', path, { headers: { cookie: cookie!.split(';')[0] } }))).toBe(1)
  })
})
