/**
 * Requests that fail because the database is unreachable are answered 503 with Retry-After, never
 * 500 and never 401/403. The last two come from authentication: Payload's JWT and API-key
 * strategies look the user up in the database and treat any error as "no user", so during an
 * outage a logged-in client would be told it is logged out. The strategies are wrapped: when one
 * finds no user although the request carries credentials, the database is probed once, and if it
 * is unreachable the request is marked (per request, AsyncLocalStorage) and the express layer
 * answers 503 whatever Payload answered.
 */
import type { Response as ExpressResponse } from 'express'
import type { AuthStrategy, Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable'

type OutageState = { databaseUnavailable: boolean; probed: boolean }

const requests = new AsyncLocalStorage<OutageState>()

/** Runs one request's handling with its outage state; `fn` gets it to check afterwards. */
export const withOutageState = <T>(fn: (state: OutageState) => Promise<T>): Promise<T> => {
  const state: OutageState = { databaseUnavailable: false, probed: false }
  return requests.run(state, () => fn(state))
}

/** Answers `SELECT 1` within `timeoutMs`? False when the database is unreachable (or too slow to answer). */
export async function databaseReachable(payload: Payload, timeoutMs = 2000): Promise<boolean> {
  const pool = (payload.db as unknown as { pool?: { query: (sql: string) => Promise<unknown> } }).pool
  if (!pool) return false
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
  try {
    const result = await Promise.race([pool.query('SELECT 1').then(() => 'ok' as const), timeout])
    return result === 'ok'
  } catch (err) {
    return !isDatabaseUnavailable(err)
  } finally {
    clearTimeout(timer)
  }
}

const hasCredentials = (headers: Headers, payload: Payload) =>
  Boolean(headers.get('authorization')) || (headers.get('cookie') ?? '').includes(`${payload.config.cookiePrefix}-token=`)

const guarded = new WeakSet<Payload>()

/** Wraps the instance's auth strategies (once): see the module comment. */
export function guardAuthStrategies(payload: Payload): void {
  if (guarded.has(payload)) return
  guarded.add(payload)
  payload.authStrategies = (payload.authStrategies ?? []).map(
    (strategy): AuthStrategy => ({
      ...strategy,
      authenticate: async (args) => {
        const result = await strategy.authenticate(args)
        const state = requests.getStore()
        if (result.user || !state || state.probed || !hasCredentials(args.headers, payload)) return result
        state.probed = true
        if (!(await databaseReachable(payload))) state.databaseUnavailable = true
        return result
      },
    }),
  )
}

/** The 503 answer: Payload's error shape, Retry-After. */
export function sendUnavailable(res: ExpressResponse): void {
  if (res.headersSent) return void res.end()
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.status(503).json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] })
}

/** A 503 from Payload (mapped by the afterError hook) gets Retry-After too. */
export function withRetryAfter(response: Response): Response {
  if (response.status === 503 && !response.headers.has('retry-after')) {
    try {
      response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
    } catch {
      // immutable headers: answered without the hint
    }
  }
  return response
}
