/**
 * The one answer to "did this fail because the database is unreachable (or too busy to answer in
 * time)?", as opposed to a bad query or bad input. Such failures are a 503 with Retry-After: the
 * client may try again, the server recovers on its own.
 */

/** Connection-level SQLSTATEs: the server is shutting down / crashed / starting, or no time to answer. */
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown (also "terminating connection due to unexpected postmaster exit")
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '57014', // query_canceled (statement_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
])

/** Node socket errors of a connection that could not be made or was lost. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED'])

/** What pg / pg-pool say when a connection ends under a query or cannot be had in time. */
const MESSAGES = [
  /Connection terminated/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool connectionTimeoutMillis
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /terminating connection due to/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /Cannot use a pool after calling end on the pool/i,
]

/** True when `err`, or an error it wraps (drizzle and Payload wrap pg errors in `cause`), says the database is unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | undefined
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined
    if (code && (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) return true
    if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e!.message as string))) return true
    // AggregateError (a connection refused on both ::1 and 127.0.0.1)
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true
    e = e.cause as typeof e
  }
  return false
}

/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5

export const DATABASE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable (database unreachable). Please try again shortly.'
