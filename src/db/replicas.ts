/**
 * Read replicas (`DATABASE_READ_URLS`, comma-separated): the postgres adapter's `readReplicas`.
 *
 * The adapter would send every read made outside a transaction to a replica, except for a short
 * while after a write made by the same process. With several processes that is not enough: a
 * user who saves on one instance and reads on another may not see their own write, and a job
 * could read a row its web request has just committed before the replica has it. So here the
 * default is the other way round: every read goes to the primary, and only the requests the HTTP
 * layer marks with `onReplica` — anonymous GETs from a client that has not written recently
 * (see `http/read-routing.ts`) — may be served by a replica. Writes, transactions, raw SQL, jobs,
 * signed-in users and anyone who wrote in the last `DATABASE_READ_AFTER_WRITE_MS` read the primary.
 */
import type { Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { env } from '../lib/env'
import { onClose } from '../runtime/closers'
import { endPool, type PgPool } from './end-pool'
import { guardPool } from './resilience'

/** The replica URLs of `DATABASE_READ_URLS` (none: no replicas). */
export const readReplicaUrls = (): string[] => env.list('DATABASE_READ_URLS')

const replicaScope = new AsyncLocalStorage<boolean>()

/** Runs `fn` (one request's handling) with its reads allowed on a replica. */
export const onReplica = <T>(fn: () => T): T => replicaScope.run(true, fn)

type Pool = Parameters<typeof guardPool>[0] & PgPool
type Drizzle = { $client?: Pool; $replicas?: { $client?: Pool }[] }
type Adapter = { primaryDrizzle?: Drizzle; drizzle: Drizzle }

const ROUTED = Symbol.for('vibe.readRouting')

/** Installs the routing above on an adapter configured with replicas (no-op without). */
export function routeReadsToPrimary(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter & { [ROUTED]?: boolean }
  if (!adapter.primaryDrizzle || adapter[ROUTED]) return
  adapter[ROUTED] = true
  let replicated = adapter.drizzle
  Object.defineProperty(adapter, 'drizzle', {
    configurable: true,
    enumerable: true,
    get: () => (replicaScope.getStore() === true ? replicated : (adapter.primaryDrizzle ?? replicated)),
    set: (value: Drizzle) => {
      replicated = value
    },
  })
  const pools = (replicated.$replicas ?? []).map((r) => r.$client).filter((p): p is Pool => Boolean(p))
  for (const pool of pools) guardPool(pool)
  onClose(payload, async () => {
    await Promise.allSettled(pools.map((p) => endPool(p)))
  })
}
