/**
 * Keeps a request from waiting on a second pool connection while it holds one in a transaction.
 *
 * A request that has opened a transaction holds a pool connection until it commits. If, before
 * committing, it asks the pool for another connection (a Local API call, a job enqueue or a raw
 * query made without the request's `req`), then N such requests in parallel, N >= pool size,
 * hold every connection and wait for ever for one more: the whole server freezes. Our own code
 * passes `req` everywhere; Payload itself does not always (its document-lock check on every
 * update, `checkDocumentLockStatus`, reads `payload-locked-documents` without `req`).
 *
 * - `requestScope(fn)`: runs a request's handling in an async context that records the
 *   transactions it opens (the express app wraps Payload's REST and GraphQL handlers in it).
 * - `guardRequestTransactions(payload)`: wraps the database adapter so that
 *   1. a read made without `req` (Payload's internal ones) while the current request holds a
 *      transaction runs on that transaction, and
 *   2. any other use of a second pool connection while the current request holds a transaction
 *      is reported: a warning with the caller's stack, or an error when
 *      `DATABASE_TX_GUARD=throw` (tests; refused in production).
 */
import type { Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { env } from '../lib/env'
import { isDatabaseUnavailable } from './unavailable'
import { logger } from '../lib/logger'

export type Scope = {
  open: Set<number | string>
  /** A pool failure meaning "database unavailable" seen during the request, even if Payload
   * swallowed it (its JWT strategy turns a failed user lookup into an anonymous request). */
  unavailable?: Error
}

const scopes = new AsyncLocalStorage<Scope>()

/** Runs `fn` (one request's handling) in its own transaction scope. */
export function requestScope<T>(fn: (scope: Scope) => T): T {
  const scope: Scope = { open: new Set() }
  return scopes.run(scope, () => fn(scope))
}

/**
 * Runs `fn` outside any request's scope: work a request starts that is not part of its
 * transaction and commits on its own connection (running jobs from the REST runner endpoint,
 * publishing a social post now).
 */
export function outsideRequestScope<T>(fn: () => T): T {
  return scopes.exit(fn)
}

type Adapter = Record<string, unknown> & {
  beginTransaction?: (...args: unknown[]) => Promise<null | number | string>
  commitTransaction?: (id: unknown) => Promise<void>
  rollbackTransaction?: (id: unknown) => Promise<void>
  sessions?: Record<string, unknown>
  pool?: { connect: (...args: unknown[]) => unknown; query: (...args: unknown[]) => unknown }
}

/**
 * Reads that may join the request's transaction when called without `req`: reading inside it is
 * what the caller would get with `req` (plus its own uncommitted writes). Writes are never moved
 * into it: Payload leaves `req` out of some on purpose (failed-login counters must persist
 * whatever the login's transaction does); a write without `req` inside a transaction is reported.
 */
const READS = new Set([
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
])

const GUARDED = Symbol.for('vibe.requestTransactionGuard')

export type GuardMode = 'off' | 'throw' | 'warn'

export function guardMode(): GuardMode {
  const mode = (env.str('DATABASE_TX_GUARD', 'warn') as string).toLowerCase()
  if (mode === 'warn') return mode
  if (mode === 'off' || mode === 'throw') {
    // off: the control of the load test (shows the freeze); throw: makes tests fail on a missing req
    if (env.isProduction) throw new Error(`DATABASE_TX_GUARD=${mode} is a test aid; it is refused in production`)
    return mode
  }
  throw new Error(`DATABASE_TX_GUARD must be off, warn or throw (got "${mode}")`)
}

/** The transaction the current request holds and that is still open, if any. */
function heldTransaction(adapter: Adapter): number | string | undefined {
  const scope = scopes.getStore()
  if (!scope || scope.open.size === 0) return undefined
  for (const id of scope.open) {
    if (adapter.sessions?.[String(id)]) return id
    scope.open.delete(id)
  }
  return undefined
}

export class SecondConnectionError extends Error {
  constructor() {
    super('A request holding a database transaction asked the pool for a second connection (pass the request `req`).')
    this.name = 'SecondConnectionError'
  }
}

/** Wraps `payload.db` once; see the module comment. */
export function guardRequestTransactions(payload: Payload, mode: GuardMode = guardMode()): void {
  const adapter = payload.db as unknown as Adapter
  if (mode === 'off' || adapter[GUARDED as unknown as string]) return
  adapter[GUARDED as unknown as string] = true

  const begin = adapter.beginTransaction
  if (typeof begin === 'function') {
    adapter.beginTransaction = async function (this: unknown, ...args: unknown[]) {
      const id = await begin.apply(this, args)
      if (id !== null && id !== undefined) scopes.getStore()?.open.add(id)
      return id
    }
  }
  for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
    const end = adapter[name]
    if (typeof end !== 'function') continue
    adapter[name] = async function (this: unknown, incoming: unknown) {
      const id = incoming instanceof Promise ? await incoming : incoming
      scopes.getStore()?.open.delete(id as string)
      return end.call(this, id)
    }
  }

  // 1. Payload's reads called without `req` join the request's transaction
  for (const name of READS) {
    const fn = adapter[name]
    if (typeof fn !== 'function') continue
    adapter[name] = function (this: unknown, ...args: unknown[]) {
      const first = args[0] as Record<string, unknown> | undefined
      // internal helpers receive the drizzle handle (`db`) to use; operations receive `req`
      if (first && typeof first === 'object' && !('db' in first) && first.req === undefined) {
        const held = heldTransaction(adapter)
        if (held !== undefined) args[0] = { ...first, req: { transactionID: held } }
      }
      return (fn as (...a: unknown[]) => unknown).apply(this, args)
    }
  }

  // 2. anything else that reaches the pool while the request holds a transaction is reported
  const pool = adapter.pool
  if (!pool) return
  let lastWarning = 0
  const check = () => {
    if (heldTransaction(adapter) === undefined) return
    const error = new SecondConnectionError()
    if (mode === 'throw') throw error
    if (Date.now() - lastWarning > 10_000) {
      lastWarning = Date.now()
      logger.warn({ err: error }, 'second pool connection requested inside a request transaction')
    }
  }
  const record = (err: unknown) => {
    const scope = scopes.getStore()
    if (scope && !scope.unavailable && isDatabaseUnavailable(err)) scope.unavailable = err as Error
  }
  for (const name of ['connect', 'query'] as const) {
    const original = pool[name].bind(pool)
    pool[name] = (...args: unknown[]) => {
      check()
      if (!scopes.getStore()) return original(...args)
      const callback = args[args.length - 1]
      if (typeof callback === 'function') {
        args[args.length - 1] = (err: unknown, ...rest: unknown[]) => {
          if (err) record(err)
          return callback(err, ...rest)
        }
        return original(...args)
      }
      const result = original(...args) as Promise<unknown> | undefined
      result?.then?.(undefined, record)
      return result
    }
  }
}
