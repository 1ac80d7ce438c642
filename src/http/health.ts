/** Liveness and readiness probes. */
import type { Router } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import { migrations } from '../migrations'

export function healthRoutes(payload: Payload): Router {
  const router = express.Router()
  const started = Date.now()

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) })
  })

  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, unknown> = {}
    try {
      const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: { name: string }[] }> } }).pool
      await pool.query('SELECT 1')
      checks.database = 'ok'
      const applied = new Set((await pool.query('SELECT name FROM payload_migrations')).rows.map((r) => r.name))
      const pending = migrations.map((m) => m.name).filter((name) => !applied.has(name))
      checks.migrations = pending.length === 0 ? 'ok' : { pending }
      const ready = pending.length === 0
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks })
    } catch (err) {
      checks.database = checks.database ?? 'unreachable'
      res.status(503).json({ status: 'not-ready', checks, error: (err as Error).message })
    }
  })
  return router
}
