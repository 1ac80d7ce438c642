/**
 * The database dies under write load (the issue: "killing PostgreSQL while writes are in flight
 * makes the node process exit"). This file runs its own embedded cluster (the suite's shared one
 * must not be killed), started the way the server starts its embedded database: restarted by
 * itself when it dies. The test SIGKILLs the postmaster while 20 writers create documents, holds
 * the outage open (the restart waits on a gate) to check the answers during it, then lets the
 * server restart its database and checks that service resumes and that every write answered 2xx
 * is in the database. Real HTTP, real Postgres, every request with a timeout.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { INVALIDATION_CHANNEL } from '../../src/cache/invalidation'
import { buildVibeConfig } from '../../src/config/build-config'
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres'
import { listenerFor } from '../../src/db/listener'
import { sql, txDb } from '../../src/db/transaction'
import { isDatabaseUnavailable } from '../../src/db/unavailable'
import { createApp } from '../../src/http/app'
import { bootPayload, closePayload } from '../../src/runtime/boot'
import { ApiClient } from '../helpers/client'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { trackCheckouts } from '../helpers/pool-checkouts'
import { eventually } from '../helpers/poll'

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

const GENEROUS = { windowMs: 60_000, limit: 1_000_000 }
const REQUEST_TIMEOUT_MS = 20_000
const WRITERS = 20
const MAX_WRITES_PER_WRITER = 150

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const deferred = () => {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

type Answer = { status: number | 'timeout' | 'network'; body: any; headers: Headers }

let db: EmbeddedDatabase
let payload: Payload
let server: Server
let url: string
let admin: Auth & { user: { id: number } }
let heldClients: () => string = () => ""
/** Resolved by the server's restart watch when the postmaster died; the restart waits for `gate`. */
const died = deferred()
const gate = deferred()
const uncaught: unknown[] = []
const onUncaught = (err: unknown) => uncaught.push(err)
const savedEnv = { DB_LISTENER_MAX_BACKOFF_MS: process.env.DB_LISTENER_MAX_BACKOFF_MS }

/** One HTTP request that never hangs: a timeout is an answer of its own (and a failure). */
async function call(method: string, path: string, { body, auth, headers = {} }: { body?: unknown; auth?: Auth; headers?: Record<string, string> } = {}): Promise<Answer> {
  const h: Record<string, string> = { 'accept-language': 'en', ...headers }
  if (auth?.token) h.authorization = `JWT ${auth.token}`
  if (body !== undefined) h['content-type'] = 'application/json'
  try {
    const res = await fetch(`${url}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers }
  } catch (err) {
    return { status: (err as Error).name === 'TimeoutError' ? 'timeout' : 'network', body: String(err), headers: new Headers() }
  }
}

beforeAll(async () => {
  process.on('uncaughtException', onUncaught)
  // the LISTEN connection retries at most every half second here (default 10 s)
  process.env.DB_LISTENER_MAX_BACKOFF_MS = '500'
  db = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `vibe-fault-pg-${process.pid}-${Date.now()}`),
    port: await freePort(),
    ephemeral: true,
    restartOnExit: true,
    // a crash of the server (not of the machine) must keep every acknowledged commit
    extraFlags: ['-c', 'synchronous_commit=on'],
    beforeRestart: () => {
      died.resolve()
      return gate.promise
    },
  })
  await db.createDatabase('vibe_fault')
  const config = buildVibeConfig({ databaseUrl: db.urlFor('vibe_fault') })
  payload = await bootPayload({ config, migrate: true, seed: false, key: 'db-fault' })
  heldClients = trackCheckouts((payload.db as unknown as { pool: Parameters<typeof trackCheckouts>[0] }).pool)
  const app = createApp({ payload, quiet: true, rateLimits: { auth: GENEROUS, publicWrite: GENEROUS }, publicCache: { ttlMs: 60_000 } })
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.PUBLIC_URL = url
  const user = await createUser(payload, { roles: ['admin'] })
  admin = await new ApiClient(url).login(user.email, PASSWORD)
})

afterAll(async () => {
  gate.resolve()
  if (server) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
  if (payload) await closePayload(payload)
  await db?.stop()
  process.off('uncaughtException', onUncaught)
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

/** An anonymous read until the cache answers it (it serves only while its LISTEN connection is up). */
const cachedRead = (path: string) => eventually(() => call('GET', path), (r) => r.headers.get('x-cache') === 'HIT', 30_000)

describe('the database goes away under write load', () => {
  it('the process stays up, answers 503 (never 500/401/hang) meanwhile, recovers by itself and keeps every acknowledged write', async () => {
    const listener = listenerFor(payload)!
    await eventually(async () => listener.connected, (c) => c)
    const warm = await call('POST', '/api/course-categories', { auth: admin, body: { name: 'Before the outage' } })
    expect(warm.status).toBe(201)
    const readPath = `/api/course-categories/${warm.body.doc.id}`
    expect((await cachedRead(readPath)).headers.get('x-cache')).toBe('HIT')

    type Write = { name: string; status: Answer['status']; id?: number; afterKill: boolean }
    const writes: Write[] = []
    let killed = false
    let stop = false
    const writer = async (w: number) => {
      for (let n = 0; n < MAX_WRITES_PER_WRITER && !stop; n++) {
        const name = `w${w}-${n}`
        const afterKill = killed
        const r = await call('POST', '/api/course-categories', { auth: admin, body: { name } })
        writes.push({ name, status: r.status, id: r.status === 201 ? r.body.doc.id : undefined, afterKill })
        if (r.status !== 201) await sleep(200)
      }
    }
    const running = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))

    // kill the postmaster while writes are in flight
    await eventually(async () => writes.filter((w) => w.status === 201).length, (n) => n >= 2 * WRITERS, 120_000)
    const pid = db.pid()
    expect(pid).toBeGreaterThan(0)
    killed = true
    process.kill(pid!, 'SIGKILL')
    await died.promise

    // the outage (the restart waits for the gate): the LISTEN connection is down, the cache is off
    expect((await eventually(async () => listener.connected, (c) => !c)) === false).toBe(true)
    const ready = await eventually(() => call('GET', '/readyz'), (r) => r.status === 503)
    expect(ready.status).toBe(503)
    expect(ready.body.checks).toMatchObject({ database: 'unreachable', listener: 'reconnecting' })
    expect(ready.headers.get('retry-after')).toBeTruthy()

    const anonymous = await eventually(() => call('GET', readPath), (r) => r.status === 503)
    expect(anonymous.status).toBe(503)
    expect(anonymous.headers.get('x-cache')).toBeNull()
    expect(anonymous.headers.get('retry-after')).toBeTruthy()
    // the user lookup fails on the database: 503, not "you are not logged in"
    const me = await call('GET', '/api/users/me', { auth: admin })
    expect(me.status).toBe(503)
    const patch = await call('PATCH', readPath, { auth: admin, body: { color: '#123456' } })
    expect(patch.status).toBe(503)
    const gql = await call('POST', '/api/graphql', { auth: admin, body: { query: '{ CourseCategories { docs { id } } }' } })
    expect(gql.status).toBe(503)
    const anonymousGql = await call('POST', '/api/graphql', { body: { query: '{ CourseCategories { docs { id } } }' } })
    expect(anonymousGql.status).toBe(503)
    expect(anonymousGql.headers.get('retry-after')).toBeTruthy()
    // the writers meet the outage too
    await eventually(async () => writes.filter((w) => w.afterKill && w.status === 503).length, (n) => n >= WRITERS, 60_000)

    // the server restarts its database; service resumes without restarting the node process
    gate.resolve()
    const back = await eventually(() => call('GET', '/readyz'), (r) => r.status === 200, 120_000, 250)
    expect(back.status).toBe(200)
    expect(db.restarts()).toBe(1)
    // each attempt is a write of its own (a name is unique: an attempt that timed out on the client
    // but committed would make a retry of the same name a 400 duplicate, not a sign of the outage)
    const attempts: Answer['status'][] = []
    const after = await eventually(
      async () => {
        const r = await call('POST', '/api/course-categories', { auth: admin, body: { name: `After the outage ${attempts.length + 1}` } })
        attempts.push(r.status)
        return r
      },
      (r) => r.status === 201,
      60_000,
      250,
    )
    expect(after.status, `attempts after the restart: ${attempts.join(', ')}; last answer: ${JSON.stringify(after.body)}`).toBe(201)
    expect((await call('GET', '/api/users/me', { auth: admin })).body.user?.id).toBe(admin.user.id)
    stop = true
    await running
    // no connection is held for good: dead ones were dropped, the adapter's idle "reconnect watch" returned
    const pool = (payload.db as unknown as { pool: { totalCount: number; idleCount: number } }).pool
    expect(await eventually(async () => pool.totalCount - pool.idleCount, (n) => n === 0, 30_000, 50), heldClients()).toBe(0)

    const count = (status: Answer['status'], afterKill?: boolean) => writes.filter((w) => w.status === status && (afterKill === undefined || w.afterKill === afterKill)).length
    console.info(`db-fault: ${writes.length} writes, ${count(201)} created (${count(201, true)} sent after the kill), ${count(503)} answered 503, others: ${writes.length - count(201) - count(503)}`)
    // answers: created or 503, nothing else (no 500, no 401/403, no hang)
    const statuses = [...new Set(writes.map((w) => w.status))].sort()
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([])
    expect(writes.some((w) => w.afterKill && w.status === 503)).toBe(true)

    // every acknowledged write is in the database
    const acked = writes.filter((w) => w.status === 201)
    const client = new pg.Client({ connectionString: db.urlFor('vibe_fault') })
    client.on('error', () => undefined)
    await client.connect()
    try {
      const found = await client.query<{ id: number; name: string }>(
        'SELECT c.id, l.name FROM course_categories c JOIN course_categories_locales l ON l._parent_id = c.id WHERE c.id = ANY($1::int[])',
        [acked.map((w) => w.id)],
      )
      const byId = new Map(found.rows.map((r) => [r.id, r.name]))
      const lost = acked.filter((w) => byId.get(w.id!) !== w.name)
      expect(lost).toEqual([])
      expect(acked.length).toBeGreaterThanOrEqual(2 * WRITERS)
    } finally {
      await client.end()
    }
    expect(uncaught).toEqual([])
  })

  it('the LISTEN connection is back: the cache serves again and hears other processes’ writes', async () => {
    const listener = listenerFor(payload)!
    expect(listener.connected).toBe(true)
    const cat = await call('POST', '/api/course-categories', { auth: admin, body: { name: 'Cache is back' } })
    expect(cat.status).toBe(201)
    const readPath = `/api/course-categories/${cat.body.doc.id}`
    expect((await cachedRead(readPath)).headers.get('x-cache')).toBe('HIT')

    // another process's change and NOTIFY: heard through the re-established LISTEN
    const other = new pg.Client({ connectionString: db.urlFor('vibe_fault') })
    other.on('error', () => undefined)
    await other.connect()
    try {
      await other.query('BEGIN')
      await other.query('UPDATE course_categories SET color = $1 WHERE id = $2', ['#abcdef', cat.body.doc.id])
      await other.query(`SELECT pg_notify('${INVALIDATION_CHANNEL}', '')`)
      await other.query('COMMIT')
    } finally {
      await other.end()
    }
    const fresh = await eventually(() => call('GET', readPath), (r) => r.headers.get('x-cache') === 'MISS')
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect(fresh.body.color).toBe('#abcdef')
    expect(uncaught).toEqual([])
  })

  it('a COMMIT lost with its connection fails the write instead of reporting success', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    const doc = await payload.create({ collection: 'course-categories', data: { name: 'Lost with its commit' }, req, overrideAccess: true })
    const [{ pid }] = (await (await txDb(req)).execute(sql`SELECT pg_backend_pid() AS pid`)).rows as { pid: number }[]
    // the transaction's connection dies after its last statement, before COMMIT
    const other = new pg.Client({ connectionString: db.urlFor('vibe_fault') })
    other.on('error', () => undefined)
    await other.connect()
    try {
      await other.query('SELECT pg_terminate_backend($1)', [pid])
      const error = await commitTransaction(req).then(
        () => undefined,
        (err: unknown) => err,
      )
      expect(error).toBeDefined()
      expect(isDatabaseUnavailable(error)).toBe(true)
      const found = await other.query('SELECT count(*)::int AS n FROM course_categories WHERE id = $1', [doc.id])
      expect(found.rows[0].n).toBe(0)
    } finally {
      await other.end()
    }
    expect(uncaught).toEqual([])
  })
})
