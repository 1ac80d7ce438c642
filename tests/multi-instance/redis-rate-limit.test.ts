/**
 * Rate limits counted in Redis (REDIS_URL): two express apps, each with its own limiter store,
 * share one count through a real redis-server on a loopback port. Skipped when no redis-server
 * binary is installed (the PostgreSQL store, the default, is covered by multi-instance.test.ts).
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../../src/http/app'
import { ApiClient } from '../helpers/client'
import { startTestServer, type TestServer } from '../helpers/server'
import { freePort, waitFor } from './processes'

const hasRedis = spawnSync('redis-server', ['--version']).status === 0
const LIMIT = { windowMs: 60_000, limit: 3 }

let redis: ChildProcess | undefined
let redisUrl: string
let t: TestServer
let second: { api: ApiClient; server: Server } | undefined

describe.skipIf(!hasRedis)('rate limits in Redis', () => {
  beforeAll(async () => {
    const port = await freePort()
    redisUrl = `redis://127.0.0.1:${port}`
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    await waitFor('redis-server', async () => {
      const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } })
      client.on('error', () => undefined)
      try {
        await client.connect()
        await client.close()
        return true
      } catch {
        return false
      }
    }, 20_000)
    t = await startTestServer({ env: { REDIS_URL: redisUrl }, rateLimits: { auth: LIMIT } })
    const app = createApp({ payload: t.payload, quiet: true, rateLimits: { auth: LIMIT, publicWrite: { windowMs: 60_000, limit: 1000 } } })
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    second = { api: new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), server }
  })
  afterAll(async () => {
    if (second) await new Promise<void>((resolve) => second!.server.close(() => resolve()))
    await t?.close()
    redis?.kill('SIGKILL')
  })

  it('counts once across two apps and answers 429 with Retry-After', async () => {
    const attempt = (api: ApiClient) =>
      api.request('POST', '/api/users/login', { body: { email: 'nobody@test.local', password: 'wrong-password' }, headers: { 'x-forwarded-for': '198.51.100.77' } })
    const statuses = [await attempt(t.api), await attempt(second!.api), await attempt(t.api)].map((r) => r.status)
    expect(statuses.every((s) => s !== 429)).toBe(true)
    const refused = await attempt(second!.api)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)

    const client = createClient({ url: redisUrl })
    await client.connect()
    try {
      const key = 'rl:auth:198.51.100.77'
      expect(Number(await client.get(key))).toBe(4)
      const ttl = await client.pTTL(key)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(60_000)
    } finally {
      await client.close()
    }
    // nothing counted in PostgreSQL
    const rows = await (t.payload.db as unknown as { drizzle: { execute: (q: string) => Promise<{ rows: unknown[] }> } }).drizzle.execute(
      "SELECT 1 FROM rate_limit_hits WHERE key LIKE 'rl:auth:%'",
    )
    expect(rows.rows).toEqual([])
  })
})
