/**
 * Starts the real express app on a free loopback port against a fresh database cloned from the
 * migrated template. Tests talk to it over real HTTP.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

import type { PublicCache, PublicCacheOptions } from '../../src/cache/public-cache'
import type { RateLimitConfig } from '../../src/http/rate-limits'

import { ApiClient } from './client'

export type TestServer = {
  url: string
  payload: Payload
  api: ApiClient
  databaseUrl: string
  /** The server's anonymous read cache (`caughtUp()` waits for earlier writes' NOTIFY). */
  cache: PublicCache
  close: () => Promise<void>
}

export type TestServerOptions = {
  disabledPlugins?: string[]
  rateLimits?: Partial<RateLimitConfig>
  /** Environment variables set before the config is built (restored on close). */
  env?: Record<string, string | undefined>
  /** getPayload cache key, for several servers in one file. */
  key?: string
  /** Anonymous read cache options (default: as configured by the environment). */
  publicCache?: Partial<PublicCacheOptions>
}

const GENEROUS = { windowMs: 60_000, limit: 100_000 }

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') })
  client.on('error', () => undefined) // reported by the query that fails
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A database of its own, cloned from the migrated template (`{ empty: true }`: with no tables). */
export async function createTestDatabase({ empty = false }: { empty?: boolean } = {}): Promise<{ name: string; url: string }> {
  const name = `t_${randomBytes(6).toString('hex')}`
  await adminQuery(empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`)
  const url = new URL(inject('pgAdminUrl'))
  url.pathname = `/${name}`
  return { name, url: url.toString() }
}

/**
 * Drops a test database when nothing is connected to it any more. Not WITH (FORCE): killing a
 * connection Payload still holds would surface as an unhandled error in the test process; a
 * database left behind goes away with the throw-away cluster.
 */
export const dropTestDatabase = (name: string) => adminQuery(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined)

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const saved: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(options.env ?? {})) {
    saved[k] = process.env[k]
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  // loaded on first use: files that only need a database (createTestDatabase) skip Payload
  const [{ buildVibeConfig }, { createApp }, { bootPayload, closePayload }] = await Promise.all([
    import('../../src/config/build-config'),
    import('../../src/http/app'),
    import('../../src/runtime/boot'),
  ])
  const db = await createTestDatabase()
  const config = buildVibeConfig({ databaseUrl: db.url, disabledPlugins: options.disabledPlugins })
  const payload = await bootPayload({ config, migrate: false, seed: false, key: options.key ?? db.name })
  const app = createApp({
    payload,
    quiet: true,
    rateLimits: { auth: GENEROUS, publicWrite: GENEROUS, ...options.rateLimits },
    publicCache: options.publicCache,
  })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (!('PUBLIC_URL' in saved)) saved.PUBLIC_URL = process.env.PUBLIC_URL
  process.env.PUBLIC_URL = url

  return {
    url,
    payload,
    api: new ApiClient(url),
    databaseUrl: db.url,
    cache: app.locals.publicCache as PublicCache,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await closePayload(payload)
      await dropTestDatabase(db.name)
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    },
  }
}
