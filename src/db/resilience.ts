/**
 * What Payload's postgres adapter needs so that the process survives the database going away and
 * recovers when it returns, installed once per Payload instance by `bootPayload`:
 *
 * - Every pooled client gets a permanent 'error' listener. pg-pool removes its own listener while a
 *   client is checked out (a transaction between two statements, for instance), and a client that
 *   receives "terminating connection due to unexpected postmaster exit" then has none: an unhandled
 *   'error' event ends the process. Dead clients are dropped by the pool when released, so new
 *   requests get fresh connections once the database is back.
 * - A client whose connection failed or ended but that is still checked out a moment later is
 *   released (and so dropped): drizzle's transaction() checks a client out and sends BEGIN outside its
 *   try/finally, so a BEGIN on a connection that just died leaked the client for good (two per
 *   outage in the fault test), and the pool shrank with every outage. A periodic sweep finds them
 *   (pg's `_queryable`/`_ended`), whatever the order of events was.
 * - The adapter keeps one client checked out for good as a "reconnect watch": it is never used, and
 *   after an ECONNRESET the adapter checks out another one, so every outage leaked a pool slot. It
 *   is returned to the pool at boot and its watch removed; the pool reconnects on demand.
 * - A failed COMMIT must fail the request. The adapter's beginTransaction swallows any error of the
 *   drizzle transaction once it has started (`.catch(transactionFailed)` on a settled promise), so
 *   a COMMIT lost with the connection was answered 2xx although nothing was written. The same
 *   transaction lifecycle is installed here with the COMMIT's outcome passed on.
 */
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import { logger } from '../lib/logger'
import { releaseForGood } from './release-for-good'

type PgClient = {
  on: ((event: 'error', fn: (err: Error) => void) => void) & ((event: 'end', fn: () => void) => void)
  listeners: (event: 'error') => unknown[]
  listenerCount: (event: 'error') => number
  removeAllListeners: (event: 'error') => void
  release?: (err?: boolean | Error) => void
  _queryable?: boolean
  _ended?: boolean
}
type PgPool = {
  on: (event: 'connect' | 'error', fn: (arg: never) => void) => void
  listenerCount: (event: string) => number
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
  _remove?: (client: PgClient) => void
  ending?: boolean
  ended?: boolean
}

type Session = { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }
type Drizzle = { transaction: (fn: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
type Adapter = {
  pool?: PgPool
  drizzle: Drizzle
  sessions: Record<string, Session>
  initializing?: Promise<void>
  transactionOptions?: false | Record<string, unknown>
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: Promise<number | string> | number | string) => Promise<void>
}

const guarded = new WeakSet<object>()

const onClientError = (err: Error) => logger.warn({ err: err.message }, 'postgres: pooled connection lost; the pool replaces it')

/** How long a dead client may stay checked out (its holder may be about to release it) before it is taken back. */
const DEAD_CLIENT_GRACE_MS = 2000

/** pg never makes a client queryable again once its connection failed or ended. */
const isDead = (client: PgClient) => client._queryable === false || client._ended === true

/** Releases `client` (with an error: the pool drops it); its holder's own release becomes a no-op. */
function reclaim(client: PgClient): void {
  if (releaseForGood(client, new Error('connection ended while checked out'))) logger.warn('postgres: a dead connection was left checked out; released it')
}

/**
 * 'error' listeners on the pool and on every client it creates, checked out or idle; a sweep takes
 * back dead clients: checked out and dead at two sweeps in a row (a holder releases its own at
 * once), or idle and dead. Events alone did not do it: a client whose connection died while idle
 * could be handed out afterwards (no event left to come), and its BEGIN leaked it.
 */
export function guardPool(pool: PgPool): void {
  if (guarded.has(pool)) return
  guarded.add(pool)
  if (pool.listenerCount('error') === 0) pool.on('error', ((err: Error) => logger.warn({ err: err.message }, 'postgres: idle pooled connection lost')) as never)
  const watch = (client: PgClient) => {
    if (!client.listeners('error').includes(onClientError)) client.on('error', onClientError)
  }
  pool.on('connect', watch as never)
  for (const client of pool._clients ?? []) watch(client)

  let suspects = new Set<PgClient>()
  const sweep = setInterval(() => {
    if (pool.ending || pool.ended) return clearInterval(sweep)
    const idle = new Set((pool._idle ?? []).map((i) => i.client))
    const dead = (pool._clients ?? []).filter(isDead)
    const next = new Set<PgClient>()
    for (const client of dead) {
      if (idle.has(client)) pool._remove?.(client)
      else if (suspects.has(client)) reclaim(client)
      else next.add(client)
    }
    suspects = next
  }, DEAD_CLIENT_GRACE_MS / 2)
  sweep.unref()
}

/** Returns the adapter's permanently checked-out "reconnect watch" client to the pool (see above). */
export function releaseKeptClient(pool: PgPool): void {
  const idle = new Set((pool._idle ?? []).map((i) => i.client))
  for (const client of [...(pool._clients ?? [])]) {
    // checked out with an error listener of its own: only the adapter's watch looks like that at boot
    if (idle.has(client) || client.listenerCount('error') === 0 || client.listeners('error').includes(onClientError)) continue
    if (typeof client.release !== 'function') continue
    client.removeAllListeners('error')
    client.on('error', onClientError)
    try {
      client.release()
    } catch (err) {
      logger.debug({ err }, 'postgres: the adapter client was already released')
    }
  }
}

/** The adapter's transaction lifecycle, with COMMIT failures reported to the caller. */
export function reportFailedCommits(adapter: Adapter): void {
  if (guarded.has(adapter) || adapter.transactionOptions === false) return
  guarded.add(adapter)

  adapter.beginTransaction = async function beginTransaction(this: Adapter, options?: unknown) {
    await this.initializing
    let tx: unknown
    let started = false
    let finish!: () => void
    let abort!: () => void
    let ready!: () => void
    let failed!: (err: unknown) => void
    const whenReady = new Promise<void>((res, rej) => {
      ready = res
      failed = rej
    })
    const done = this.drizzle.transaction(
      async (t) => {
        tx = t
        started = true
        await new Promise<void>((res, rej) => {
          finish = res
          abort = () => rej(new Error('transaction rolled back'))
          ready()
        })
      },
      options || this.transactionOptions || undefined,
    )
    // before the callback ran (no connection, BEGIN failed) the error is begin's; after, it is the COMMIT's
    done.catch((err: unknown) => {
      if (!started) failed(err)
    })
    try {
      await whenReady
    } catch (err) {
      logger.error({ err }, 'postgres: cannot begin transaction')
      throw new Error(`Error: cannot begin transaction: ${(err as Error).message}`, { cause: err })
    }
    const id = randomUUID()
    this.sessions[id] = {
      db: tx,
      // rejects when COMMIT failed: nothing was written, the caller must not report success
      resolve: () => {
        finish()
        return done
      },
      // a rollback that fails (connection gone) has rolled back all the same
      reject: () => {
        abort()
        return done.catch(() => undefined)
      },
    }
    return id
  }

  adapter.commitTransaction = async function commitTransaction(this: Adapter, incomingID) {
    const id = incomingID instanceof Promise ? await incomingID : incomingID
    const session = this.sessions[String(id)]
    if (!session) return
    delete this.sessions[String(id)]
    await session.resolve()
  }
}

/** Everything above, for this Payload instance's adapter. */
export function installDatabaseGuards(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter
  if (adapter.pool) {
    releaseKeptClient(adapter.pool)
    guardPool(adapter.pool)
  }
  if (typeof adapter.beginTransaction === 'function' && adapter.drizzle) reportFailedCommits(adapter)
}
