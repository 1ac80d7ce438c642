/**
 * Turns database errors caused by the client's input into 4xx answers instead of 500s:
 * an id or value of the wrong type, a reference to a missing document, a duplicate. An
 * unreachable database is a 503 (the express layer adds Retry-After).
 */
import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable'

const CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'A value has the wrong type (for example an id that is not a number).' },
  '22003': { status: 400, message: 'A number is out of range.' },
  '22007': { status: 400, message: 'A date or time is not valid.' },
  '22008': { status: 400, message: 'A date or time is out of range.' },
  '23503': { status: 400, message: 'A referenced document does not exist.' },
  '23505': { status: 409, message: 'This value is already taken.' },
  '23514': { status: 400, message: 'A value breaks a rule of this collection.' },
}

/** The Postgres SQLSTATE of an error or of its cause (drizzle wraps pg errors). */
export function sqlState(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
    e = e.cause as typeof e
  }
  return undefined
}

const UNAVAILABLE = { status: 503, message: DATABASE_UNAVAILABLE_MESSAGE }

export const mapDatabaseErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const unavailable = isDatabaseUnavailable(error)
  if (unavailable && req) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
  }
  const mapped = unavailable ? UNAVAILABLE : CLIENT_ERRORS[sqlState(error) ?? '']
  if (!mapped) return
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: mapped.message, extensions: { ...graphqlResult.extensions, statusCode: mapped.status } } }
  }
  return { status: mapped.status, response: { errors: [{ message: mapped.message }] } }
}
