/**
 * Two app processes (`src/server.ts`) and two workers (`src/worker.ts`) on one database, as child
 * processes on loopback ports, the way a deployment runs them behind a load balancer:
 * - a rate limit is counted once across both apps;
 * - a change made on one app reaches a live feed (server-sent events) held on the other;
 * - the anonymous read cache of both apps is emptied by a write on either;
 * - jobs run concurrently by both workers and both apps execute once each (the control, Payload's
 *   own runner executing some twice, is in job-claims.test.ts), and scheduled jobs are queued once;
 * - a worker killed in the middle of a job leaves it to the other once its lease has expired.
 * A harness Payload in the test process makes fixtures and queues jobs (it runs none itself).
 */
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildVibeConfig } from '../../src/config/build-config'
import { bootPayload, closePayload } from '../../src/runtime/boot'
import { HOME, makeMenu, makeRestaurant } from '../delivery/helpers'
import { ApiClient, type Auth } from '../helpers/client'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { createTestDatabase, dropTestDatabase } from '../helpers/server'
import { type Child, freePort, lastWords, startChild, stopChild, waitFor } from './processes'

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 })

const AUTH_LIMIT = 6
const LEASE_MS = 3000

let db: { name: string; url: string }
let harness: Payload
let appA: Child
let appB: Child
let worker1: Child
let worker2: Child
let a: ApiClient
let b: ApiClient
let admin: Auth
let children: Child[] = []

const probeRuns = (procs: Child[], tag: string, msg = 'jobs-probe started') =>
  procs.flatMap((c) => c.logs.filter((l) => l.msg === msg && (l.probe as { tag?: string })?.tag === tag).map(() => c.pid))

const queryRows = async <T>(query: ReturnType<typeof sql>) =>
  (await (harness.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: T[] }> } }).drizzle.execute(query)).rows

beforeAll(async () => {
  db = await createTestDatabase()
  harness = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), migrate: false, seed: false, key: db.name })
  // the demo seed is not what this test is about: mark it done so that the apps skip it
  await harness.kv.set('vibe:seeded', { at: new Date().toISOString() })

  const common = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET as string,
    HOST: '127.0.0.1',
    ADMIN_ENABLED: 'false',
    JOBS_LEASE_MS: String(LEASE_MS),
    RATE_LIMIT_AUTH_MAX: String(AUTH_LIMIT),
    RATE_LIMIT_AUTH_WINDOW_MS: '60000',
    PUBLIC_CACHE_TTL_MS: '60000',
    DB_LISTENER_MIN_BACKOFF_MS: '250',
    MEDIA_DIR: process.env.MEDIA_DIR as string,
  }
  const [portA, portB] = [await freePort(), await freePort()]
  appA = startChild('app-a', 'server', { ...common, PORT: String(portA), PUBLIC_URL: `http://127.0.0.1:${portA}`, JOBS_AUTORUN: 'false', LOG_LEVEL: 'info' })
  appB = startChild('app-b', 'server', { ...common, PORT: String(portB), PUBLIC_URL: `http://127.0.0.1:${portB}`, JOBS_AUTORUN: 'false', LOG_LEVEL: 'info' })
  // workers poll every second
  worker1 = startChild('worker-1', 'worker', { ...common, JOBS_CRON: '* * * * * *', LOG_LEVEL: 'info' })
  worker2 = startChild('worker-2', 'worker', { ...common, JOBS_CRON: '* * * * * *', LOG_LEVEL: 'info' })
  children = [appA, appB, worker1, worker2]
  a = new ApiClient(`http://127.0.0.1:${portA}`)
  b = new ApiClient(`http://127.0.0.1:${portB}`)

  const ready = (api: ApiClient) => api.get('/readyz').then((r) => r.status === 200, () => false)
  const explained = (p: Promise<void>) => p.catch((err: Error) => Promise.reject(new Error(`${err.message}\n${children.map(lastWords).join('\n')}`)))
  await explained(waitFor('both apps ready', async () => (await ready(a)) && (await ready(b)), 180_000))
  const running = (w: Child) => w.logs.some((l) => l.msg === 'jobs worker running')
  await explained(waitFor('both workers running', () => running(worker1) && running(worker2), 180_000))

  const adminUser = await createUser(harness, { roles: ['admin'] })
  admin = await a.login(adminUser.email, PASSWORD)
})

afterAll(async () => {
  await Promise.all(children.map((c) => stopChild(c)))
  if (harness) await closePayload(harness)
  if (db) await dropTestDatabase(db.name)
})

describe('two app processes, two workers, one database', () => {
  it('counts a rate limit once across both apps (429 + Retry-After from either)', async () => {
    // a client address of its own (the apps trust the loopback proxy), so the logins above do not count
    const attempt = (api: ApiClient) =>
      api.request('POST', '/api/users/login', { body: { email: 'nobody@test.local', password: 'wrong-password' }, headers: { 'x-forwarded-for': '198.51.100.23' } })
    const statuses: number[] = []
    for (let i = 0; i < AUTH_LIMIT; i++) statuses.push((await attempt(i % 2 === 0 ? a : b)).status)
    expect(statuses.every((s) => s !== 429)).toBe(true)
    // B has seen 3 of the 6 attempts: counted per process it would let this one through
    const refusedOnB = await attempt(b)
    expect(refusedOnB.status).toBe(429)
    const retryAfter = Number(refusedOnB.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(refusedOnB.body.errors[0].message).toMatch(/Too many authentication requests/)
    expect((await attempt(a)).status).toBe(429)
  })

  it('streams a change made on app A to a live feed held on app B', async () => {
    const owner = await createUser(harness, { roles: ['restaurant-owner'] })
    const customer = await createUser(harness, { roles: ['customer'] })
    const restaurant = await makeRestaurant(harness, owner)
    const menu = await makeMenu(harness, restaurant.id)
    const ownerAuth = await a.login(owner.email, PASSWORD)
    const customerAuth = await b.login(customer.email, PASSWORD)
    const created = await a.post('/api/orders', { restaurant: restaurant.id, items: [{ menuItem: menu.fries.id, quantity: 1 }], deliveryAddress: HOME, paymentMethod: 'cash' }, customerAuth)
    expect(created.status).toBe(201)
    const orderId = created.body.doc.id

    const feed = await fetch(`${b.baseUrl}/api/orders/${orderId}/live`, { headers: { authorization: `JWT ${customerAuth.token}` }, signal: AbortSignal.timeout(60_000) })
    expect(feed.status).toBe(200)
    const reader = feed.body!.getReader()
    const decoder = new TextDecoder()
    const events: { event: string; data: any }[] = []
    let buffer = ''
    let moved = false
    while (!events.some((e) => e.event === 'order.status_changed')) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += decoder.decode(value, { stream: true })
      let idx
      while ((idx = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, idx)
        buffer = buffer.slice(idx + 2)
        const event = /^event: (.*)$/m.exec(chunk)?.[1]
        const data = /^data: (.*)$/m.exec(chunk)?.[1]
        if (event && data) events.push({ event, data: JSON.parse(data) })
      }
      if (!moved && events.some((e) => e.event === 'snapshot')) {
        moved = true
        // the restaurant confirms on the other instance
        expect((await a.post(`/api/orders/${orderId}/transition`, { to: 'confirmed' }, ownerAuth)).status).toBe(200)
      }
    }
    await reader.cancel().catch(() => undefined)
    expect(events[0]).toMatchObject({ event: 'snapshot', data: { orderId, status: 'pending' } })
    expect(events.find((e) => e.event === 'order.status_changed')?.data).toMatchObject({ orderId, from: 'pending', status: 'confirmed' })
  })

  it('empties the anonymous read cache of both apps on a write through either', async () => {
    const category = await harness.create({ collection: 'course-categories', data: { name: 'Kizomba', color: '#112233' }, overrideAccess: true })
    const path = `/api/course-categories/${category.id}`
    // each cache serves only once its LISTEN connection is up: then MISS, then HIT
    for (const api of [a, b]) {
      await eventually(() => api.get(path), (r) => r.headers.get('x-cache') === 'HIT', 20_000)
      expect((await api.get(path)).body.name).toBe('Kizomba')
    }
    const rename = async (via: ApiClient, name: string) => {
      expect((await via.patch(path, { name }, admin)).status).toBe(200)
      for (const api of [a, b]) {
        const seen = await eventually(() => api.get(path), (r) => r.body?.name === name, 10_000)
        expect(seen.body.name).toBe(name)
      }
    }
    // without the cross-process NOTIFY the other app would answer the old name for 60 s (its TTL)
    await rename(a, 'Kizomba (A)')
    await rename(b, 'Kizomba (B)')
    // and both serve from their cache again (eventually: an app's own NOTIFY can arrive just after
    // its first read of the new name and empty its cache once more)
    for (const api of [a, b]) {
      const hit = await eventually(() => api.get(path), (r) => r.headers.get('x-cache') === 'HIT', 10_000)
      expect(hit.body.name).toBe('Kizomba (B)')
    }
  })

  it('runs each of N jobs once while both workers and both apps run the queue concurrently', async () => {
    const N = 40
    for (let i = 0; i < N; i++) await harness.jobs.queue({ task: 'jobs-probe' as never, input: { tag: `batch-${i}`, holdMs: 100 } as never, queue: 'probe' })
    // the workers poll every second; both apps are asked to run the same queue at the same time
    const runs = await Promise.all([a, b, a, b, a, b].map((api) => api.get('/api/payload-jobs/run?queue=probe&limit=5', admin)))
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
    await waitFor('every probe job done', async () => (await queryRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM payload_jobs WHERE queue = 'probe'`))[0].n === 0, 60_000)
    const perTag = Array.from({ length: N }, (_, i) => probeRuns(children, `batch-${i}`).length)
    expect(perTag).toEqual(Array.from({ length: N }, () => 1))
    const share = Object.fromEntries(children.map((c) => [c.name, perTag.reduce((n, _, i) => n + probeRuns([c], `batch-${i}`).length, 0)]))
    console.info(`multi-instance: ${N} jobs, executions per process ${JSON.stringify(share)}`)
    const ranOn = new Set(Array.from({ length: N }, (_, i) => probeRuns(children, `batch-${i}`)[0]))
    // more than one process took part
    expect(ranOn.size).toBeGreaterThan(1)
  })

  it('queues a scheduled task once, however many processes schedule at the same time', async () => {
    await Promise.all(Array.from({ length: 6 }, () => harness.jobs.handleSchedules({ allQueues: true })))
    const scheduled = await queryRows<{ task_slug: string; n: number }>(
      sql`SELECT task_slug, count(*)::int AS n FROM payload_jobs WHERE completed_at IS NULL AND (meta->>'scheduled')::boolean IS TRUE GROUP BY task_slug`,
    )
    expect(scheduled.length).toBeGreaterThan(0)
    for (const row of scheduled) expect(row).toMatchObject({ n: 1 })
  })

  it('gives the job of a worker killed mid-run to the other worker once its lease has expired', async () => {
    await harness.jobs.queue({ task: 'jobs-probe' as never, input: { tag: 'crash', holdMs: 5000 } as never, queue: 'probe' })
    const workers = [worker1, worker2]
    await waitFor('a worker to start the job', () => probeRuns(workers, 'crash').length === 1, 30_000)
    const victim = workers.find((w) => probeRuns([w], 'crash').length === 1)!
    const survivor = workers.find((w) => w !== victim)!
    victim.proc.kill('SIGKILL')
    const killedAt = Date.now()
    await victim.exited
    await waitFor('the other worker to take the job over', () => probeRuns([survivor], 'crash').length === 1, 30_000)
    const tookOverAfter = Date.now() - killedAt
    await waitFor('the job to finish', () => probeRuns([survivor], 'crash', 'jobs-probe finished').length === 1, 30_000)
    // the lease was renewed every LEASE_MS / 3: it had at least two thirds of it left at the kill
    expect(tookOverAfter).toBeGreaterThanOrEqual((LEASE_MS * 2) / 3 - 300)
    expect(probeRuns([victim], 'crash', 'jobs-probe finished')).toEqual([])
    await waitFor('the job row to be gone', async () => (await queryRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM payload_jobs WHERE queue = 'probe'`))[0].n === 0, 10_000)
    console.info(`multi-instance: job taken over ${tookOverAfter} ms after its worker was killed (lease ${LEASE_MS} ms)`)
  })

  it('stops an app and a worker gracefully on SIGTERM (exit code 0)', async () => {
    const survivor = [worker1, worker2].find((w) => w.proc.exitCode === null && w.proc.signalCode === null)!
    expect(await Promise.all([stopChild(appB, 20_000), stopChild(survivor, 20_000)])).toEqual([0, 0])
    // the other app still serves
    expect((await a.get('/readyz')).status).toBe(200)
  })
})
