/**
 * "The database cannot serve this request right now": the pool had no connection to give in
 * time, a statement or an idle transaction hit its server-side timeout, or the server is
 * unreachable, shutting down or refusing connections. Such failures are answered 503 with
 * Retry-After (the client may retry), never 500.
 */

/** Seconds a client should wait before retrying. */
export const RETRY_AFTER_SECONDS = 2

/** Connection-level and timeout SQLSTATEs. Class 08 (connection exception) is matched by prefix. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled (statement_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
])

const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])

const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i, // pg-pool acquire timeout (connectionTimeoutMillis)
  /connection terminated/i,
  /connection (?:is )?closed/i,
  /cannot use a pool after calling end/i,
  /client has encountered a connection error/i,
  /client was closed and is not queryable/i,
  /terminating connection due to idle-in-transaction timeout/i,
]

/** True when `err` (or one of its causes) says the database is unavailable, not that the request is wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | null | undefined
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(e!.message as string))) return true
    // AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1)
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true
    e = e.cause as typeof e
  }
  return false
}
