/** Liveness and readiness probes. */
import type { Router } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import { listenerFor } from '../db/listener'
import { RETRY_AFTER_SECONDS } from '../db/unavailable'
import { env } from '../lib/env'
import { migrations } from '../migrations'

type PoolClient = { query: (sql: string) => Promise<{ rows: { name: string }[] }>; release: (err?: Error | boolean) => void }
type Pool = { connect: () => Promise<PoolClient>; totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } }

class NotReady extends Error {}

/**
 * A pool client within `ms`, or NotReady. A connection handed over after the deadline goes
 * straight back to the pool, so a probe never keeps one.
 */
async function clientWithin(pool: Pool, ms: number): Promise<PoolClient> {
  let timer: NodeJS.Timeout | undefined
  let late = false
  const acquiring = pool.connect()
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true
      reject(new NotReady(`the connection pool could not serve within ${ms} ms (${pool.totalCount} open, ${pool.idleCount} idle, ${pool.waitingCount} waiting)`))
    }, ms)
  })
  acquiring.then(
    (client) => {
      if (late) client.release()
    },
    () => undefined,
  )
  try {
    return await Promise.race([acquiring, deadline])
  } finally {
    clearTimeout(timer)
  }
}

export function healthRoutes(payload: Payload): Router {
  const router = express.Router()
  const started = Date.now()
  const budgetMs = env.int('READYZ_TIMEOUT_MS', 1000)

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) })
  })

  /**
   * 200 when the pool hands out a connection and the schema is migrated, 503 otherwise, always
   * within about `READYZ_TIMEOUT_MS`: a starved pool (every connection busy, requests queued)
   * is "not ready", not a probe that hangs.
   */
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, unknown> = {}
    // the LISTEN connection is reported, not required
    const listener = listenerFor(payload)
    if (listener) checks.listener = listener.connected ? 'ok' : 'reconnecting'
    const pool = (payload.db as unknown as { pool: Pool }).pool
    let client: PoolClient | undefined
    let timer: NodeJS.Timeout | undefined
    try {
      const begun = Date.now()
      client = await clientWithin(pool, budgetMs)
      const c = client
      const work = (async () => {
        await c.query('SELECT 1')
        checks.database = 'ok'
        const applied = new Set((await c.query('SELECT name FROM payload_migrations')).rows.map((r) => r.name))
        return migrations.map((m) => m.name).filter((name) => !applied.has(name))
      })()
      work.catch(() => undefined) // a late failure, after the answer, is not an unhandled rejection
      const remaining = Math.max(1, budgetMs - (Date.now() - begun))
      const pending = await Promise.race([
        work,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new NotReady(`the database did not answer within ${budgetMs} ms`)), remaining)
        }),
      ])
      checks.migrations = pending.length === 0 ? 'ok' : { pending }
      const ready = pending.length === 0
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks })
      client.release()
      client = undefined
    } catch (err) {
      checks.database = checks.database ?? (err instanceof NotReady ? 'busy' : 'unreachable')
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      res.status(503).json({ status: 'not-ready', checks, error: (err as Error).message })
      // a client whose query is late or failed is not handed back to the pool: it is closed
      client?.release(true)
    } finally {
      clearTimeout(timer)
    }
  })
  return router
}
