/**
 * Boots Payload for a process: database, migrations, one-time seed, then job crons.
 * Shared by the web server, the worker and the test harness.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { withAdvisoryLock } from '../db/advisory-lock'
import { endPool } from '../db/end-pool'
import { routeReadsToPrimary } from '../db/replicas'
import { guardRequestTransactions } from '../db/request-transaction'
import { installDatabaseGuards } from '../db/resilience'
import { installJobRunner } from '../jobs/runner'
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

/** Advisory lock held while a process migrates and seeds (any constant shared by every process). */
const MIGRATION_LOCK = 7_263_000

/** The getPayload cache key each booted instance was created with. */
const instanceKeys = new WeakMap<Payload, string>()

/** getPayload's process-wide cache of instances (one entry per key). */
type CacheEntry = { initializedCrons?: boolean; payload?: Payload | null }
const payloadCache = () => (globalThis as { _payload?: Map<string, CacheEntry> })._payload

/**
 * The job crons start at boot or never. Payload's REST handler calls `getPayload({ cron: true })`
 * on every request, and on an instance booted without crons (tests, web processes with
 * JOBS_AUTORUN=false) the first request started them — inside that request's async context. Every
 * tick then ran in the first request's transaction scope: the scheduler's transactions were
 * counted as that request's, and when a tick fell while the request was still running, the
 * request-transaction guard failed it (a login answered 500 in CI). Marking the instance's crons
 * as handled makes those calls leave them alone.
 */
function settleCrons(key: string | undefined, cron: boolean): void {
  const entry = payloadCache()?.get(key ?? 'default')
  if (entry && !cron) entry.initializedCrons = true
}

/**
 * The key to pass to Payload's request handling (`handleEndpoints`, `createPayloadRequest`) so that
 * it serves requests with this instance; without it Payload uses (and creates) the 'default' one.
 */
export const payloadInstanceKey = (payload: Payload): string | undefined => instanceKeys.get(payload)

export async function bootPayload({ config, migrate = true, seed = true, cron = false, key }: BootOptions): Promise<Payload> {
  const payload = await getPayload({ config, key })
  logger.debug('boot: Payload initialised')
  if (key) instanceKeys.set(payload, key)
  settleCrons(key, cron)
  // a connection lost while the database restarts is logged, not fatal; a lost COMMIT fails its request
  installDatabaseGuards(payload)
  // a read made without `req` inside a request's transaction runs on that transaction (no second connection)
  guardRequestTransactions(payload)
  // with DATABASE_READ_URLS: reads go to the primary unless a request is marked for a replica
  routeReadsToPrimary(payload)
  // jobs are claimed with leases: any number of processes may run them (jobs/runner.ts)
  installJobRunner(payload)
  // several processes starting together: one migrates and seeds, the others wait, then find it done
  if (migrate || seed)
    await withAdvisoryLock(payload, MIGRATION_LOCK, async () => {
      if (migrate) await payload.db.migrate({ migrations: migrations as never })
      if (seed) await seedOnce(payload)
    })
  logger.debug('boot: migrations and seed checked')
  // a second call on the cached instance starts the crons once everything above is in place
  if (cron) await getPayload({ config, cron: true, key })
  return payload
}

/**
 * Stops crons, then closes the connection pool (see `endPool`: Payload's destroy leaves it open,
 * with the adapter's reconnect watch possibly still checked out).
 */
export async function closePayload(payload: Payload): Promise<void> {
  await runClosers(payload)
  const pool = (payload.db as unknown as { pool?: Parameters<typeof endPool>[0] }).pool
  await payload.destroy()
  // getPayload keeps every instance in a process-wide cache: a closed one must not stay there
  // (a test process runs many files, each with its own instance)
  const key = instanceKeys.get(payload) ?? 'default'
  const cache = payloadCache()
  if (cache?.get(key)?.payload === payload) cache.delete(key)
  if (pool) await endPool(pool)
}
