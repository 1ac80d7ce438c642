/**
 * Pool limits against the real server: the timeouts are set on every connection, an exhausted
 * pool answers 503 + Retry-After (never a hang, never a 403 from a swallowed user lookup),
 * /readyz says "not ready" within its budget, and a transaction left idle is ended by Postgres
 * without taking the process down. The pool is held by the test itself (checked-out clients).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { isDatabaseUnavailable } from '../../src/db/unavailable'
import { userSession } from '../helpers/fixtures'
import { eventually } from '../helpers/poll'
import { startTestServer, type TestServer } from '../helpers/server'

type PoolClient = { query: (sql: string) => Promise<{ rows: Record<string, string>[] }>; release: (destroy?: boolean) => void }
type Pool = { connect: () => Promise<PoolClient>; query: (sql: string) => Promise<{ rows: Record<string, string>[] }>; totalCount: number; idleCount: number }

const POOL_MAX = 3

let t: TestServer
let pool: Pool
let me: { auth: Auth; user: { id: number } }

beforeAll(async () => {
  t = await startTestServer({
    key: 'pool-limits',
    env: {
      DATABASE_POOL_MAX: String(POOL_MAX),
      // no job cron borrowing a connection while the test holds the pool
      JOBS_AUTORUN: 'false',
      // long enough that an answer before it proves /readyz did not wait for the pool
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '4000',
      READYZ_TIMEOUT_MS: '300',
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1500',
    },
  })
  pool = (t.payload.db as unknown as { pool: Pool }).pool
  me = await userSession(t.payload, t.api)
})
afterAll(async () => {
  await t?.close()
})

/**
 * Checks out every connection the pool will hand out (the adapter may keep one for itself); a
 * connection another task held while counting is taken as soon as it comes back idle. The
 * returned function gives them back.
 */
async function holdThePool(): Promise<() => void> {
  const clients: PoolClient[] = []
  const settleUntil = Date.now() + 3_000
  let quietSince = 0
  while (Date.now() < settleUntil) {
    const free = POOL_MAX - (pool.totalCount - pool.idleCount)
    if (free > 0) {
      clients.push(await pool.connect())
      quietSince = 0
      continue
    }
    // nothing free: wait a little in case a borrowed connection is about to come back
    quietSince ||= Date.now()
    if (Date.now() - quietSince > 300) break
    await new Promise((r) => setTimeout(r, 25))
  }
  return () => clients.forEach((c) => c.release())
}

const probe = (path: string, init: RequestInit = {}) => fetch(`${t.url}${path}`, { ...init, signal: AbortSignal.timeout(15_000) })

describe('pool limits', () => {
  it('sets statement_timeout and idle_in_transaction_session_timeout on the connections', async () => {
    const settings = await pool.query(`SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i`)
    expect(settings.rows[0]).toEqual({ s: '1500ms', i: '1500ms' })
    const slow = await pool.query('SELECT pg_sleep(3)').then(
      () => undefined,
      (err: unknown) => err,
    )
    expect((slow as { code?: string }).code).toBe('57014')
    expect(isDatabaseUnavailable(slow)).toBe(true)
  })

  it('an exhausted pool: /readyz 503 within its budget, writes and authenticated reads 503 + Retry-After; normal again once released', async () => {
    const release = await holdThePool()
    try {
      const ready = await Promise.race([
        probe('/readyz'),
        // the pool's own acquire timeout is 4 s: an answer before it is the probe's budget at work
        new Promise<'waited for the pool'>((resolve) => setTimeout(() => resolve('waited for the pool'), 3_000)),
      ])
      expect(ready).not.toBe('waited for the pool')
      const readyRes = ready as Response
      expect(readyRes.status).toBe(503)
      expect(await readyRes.json()).toMatchObject({ status: 'not-ready', checks: { database: 'busy' } })

      const write = await probe(`/api/users/${me.user.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${me.auth.token}` },
        body: JSON.stringify({ firstName: 'Starved' }),
      })
      expect(write.status).toBe(503)
      expect(write.headers.get('retry-after')).toMatch(/^\d+$/)

      // Payload's JWT strategy swallows the failed user lookup (the request would read as
      // anonymous: 200 { user: null } or 403); the answer is 503 instead
      const read = await probe('/api/users/me', { headers: { authorization: `JWT ${me.auth.token}` } })
      expect(read.status).toBe(503)
      expect(read.headers.get('retry-after')).toMatch(/^\d+$/)
    } finally {
      release()
    }
    expect((await probe('/readyz')).status).toBe(200)
    const after = await t.api.patch(`/api/users/${me.user.id}`, { firstName: 'Back' }, me.auth)
    expect(after.status).toBe(200)
    expect((await t.api.get('/api/users/me', me.auth)).body.user.firstName).toBe('Back')
  })

  it('a transaction left idle is ended by Postgres; its connection comes back and the process lives on', async () => {
    const db = t.payload.db as unknown as { beginTransaction: () => Promise<string>; sessions: Record<string, { db: { execute: (q: unknown) => Promise<unknown> } }> }
    const id = await db.beginTransaction()
    const session = db.sessions[id]
    // idle in transaction from here on; Postgres ends the session after 1.5 s
    const ended = await eventually(
      async () => (await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`)).rows[0].n,
      (n) => Number(n) === 0,
      10_000,
      200,
    )
    expect(Number(ended)).toBe(0)
    const { sql } = await import('@payloadcms/db-postgres')
    const late = await session.db.execute(sql`SELECT 1`).then(
      () => undefined,
      (err: unknown) => err,
    )
    expect(late, 'the ended transaction can no longer be used').toBeDefined()
    expect(isDatabaseUnavailable(late)).toBe(true)
    await t.payload.db.rollbackTransaction(id).catch(() => undefined)
    expect((await probe('/readyz')).status).toBe(200)
    expect((await t.api.patch(`/api/users/${me.user.id}`, { city: 'Dakar' }, me.auth)).status).toBe(200)
  })
})
