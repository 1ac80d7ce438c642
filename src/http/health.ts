/** Liveness and readiness probes. */
import type { Router } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import { listenerFor } from '../db/listener'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable'
import { migrations } from '../migrations'

type Pool = { query: (sql: string) => Promise<{ rows: { name: string }[] }> }

/** Rejects when `promise` takes longer than `ms` (a pool waiting for a connection to a dead server). */
const within = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout exceeded when trying to connect'), { code: 'ETIMEDOUT' })), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export function healthRoutes(payload: Payload, { timeoutMs = 2000 }: { timeoutMs?: number } = {}): Router {
  const router = express.Router()
  const started = Date.now()

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) })
  })

  /** 503 (quickly) while the database is unreachable or migrations are pending; the LISTEN connection is reported, not required. */
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, unknown> = {}
    const listener = listenerFor(payload)
    if (listener) checks.listener = listener.connected ? 'ok' : 'reconnecting'
    try {
      const pool = (payload.db as unknown as { pool: Pool }).pool
      await within(pool.query('SELECT 1'), timeoutMs)
      checks.database = 'ok'
      const applied = new Set((await within(pool.query('SELECT name FROM payload_migrations'), timeoutMs)).rows.map((r) => r.name))
      const pending = migrations.map((m) => m.name).filter((name) => !applied.has(name))
      checks.migrations = pending.length === 0 ? 'ok' : { pending }
      const ready = pending.length === 0
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks })
    } catch (err) {
      checks.database = checks.database ?? (isDatabaseUnavailable(err) ? 'unreachable' : 'error')
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      res.status(503).json({ status: 'not-ready', checks, error: (err as Error).message })
    }
  })
  return router
}
