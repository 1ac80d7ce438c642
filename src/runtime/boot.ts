/**
 * Boots Payload for a process: database, migrations, one-time seed, then job crons.
 * Shared by the web server, the worker and the test harness.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { guardRequestTransactions } from '../db/request-transaction'
import { logger } from '../lib/logger'
import { migrations } from '../migrations'
import { seedOnce } from '../seed'
import { runClosers } from './closers'

export type BootOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Apply committed migrations (default true). */
  migrate?: boolean
  /** Seed demo data once (default true). */
  seed?: boolean
  /** Start the in-process job runner crons (default false). */
  cron?: boolean
  /** getPayload cache key; several instances can live in one process (tests). */
  key?: string
}

type PgClientLike = { on: (e: 'error', f: (err: Error) => void) => void }
type WatchedPool = {
  listenerCount: (e: string) => number
  on: ((e: 'error', f: (err: Error) => void) => void) & ((e: 'acquire', f: (client: PgClientLike) => void) => void)
}
const watchedPools = new WeakSet<object>()
const watchedClients = new WeakSet<object>()

const instanceKeys = new WeakMap<Payload, string>()

/** The getPayload cache key this instance was booted with: Payload's REST/GraphQL handlers must
 * be given it, or they boot a second instance (with its own pool) under the default key. */
export const payloadInstanceKey = (payload: Payload): string | undefined => instanceKeys.get(payload)

export async function bootPayload({ config, migrate = true, seed = true, cron = false, key }: BootOptions): Promise<Payload> {
  const payload = await getPayload({ config, key })
  if (key) instanceKeys.set(payload, key)
  guardRequestTransactions(payload)
  // an idle client losing its connection must be logged, not crash the process
  const pool = (payload.db as unknown as { pool?: WatchedPool }).pool
  if (pool && pool.listenerCount('error') === 0) pool.on('error', (err) => logger.warn({ err }, 'postgres pool client error'))
  // a checked-out client has no pool listener: Postgres ending it (idle_in_transaction_session_timeout,
  // admin shutdown) between two queries would be an unhandled 'error' event, i.e. a crash
  if (pool && !watchedPools.has(pool)) {
    watchedPools.add(pool)
    pool.on('acquire', (client) => {
      if (watchedClients.has(client)) return
      watchedClients.add(client)
      client.on('error', (err: Error) => logger.warn({ err }, 'postgres client error while checked out'))
    })
  }
  if (migrate) await payload.db.migrate({ migrations: migrations as never })
  if (seed) await seedOnce(payload)
  // a second call on the cached instance starts the crons once everything above is in place
  if (cron) await getPayload({ config, cron: true, key })
  return payload
}

type PgClient = { release?: (destroy?: boolean) => void; once: (event: 'end', fn: () => void) => void }
type PgPool = { end: () => Promise<void>; ended?: boolean; _clients?: PgClient[]; _idle?: { client: PgClient }[] }

/**
 * Stops crons, then closes the connection pool. Payload's destroy leaves the pool open, and the
 * postgres adapter keeps one client checked out for its reconnect watch, so `pool.end()` alone
 * would wait for ever: checked-out clients are destroyed first, and awaited, so that nothing is
 * still connected when this resolves.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await runClosers(payload)
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  const idle = new Set((pool._idle ?? []).map((i) => i.client))
  const checkedOut = (pool._clients ?? []).filter((c) => !idle.has(c))
  await Promise.all(
    checkedOut.map(
      (client) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 2000)
          client.once('end', () => {
            clearTimeout(timer)
            resolve()
          })
          try {
            client.release?.(true)
          } catch {
            clearTimeout(timer)
            resolve()
          }
        }),
    ),
  )
  await pool.end()
}
