/**
 * Which requests may read from a replica (with `DATABASE_READ_URLS` set; see db/replicas.ts):
 * anonymous GET/HEAD requests — no Authorization header, no session cookie — from a client that
 * has not written recently. A successful write through the API sets a short cookie
 * (`vibe-wrote`, `DATABASE_READ_AFTER_WRITE_MS`, default 5 s) that sends that browser's next reads
 * to the primary, on whichever instance they land: it reads its own writes while the replicas
 * catch up. API clients without cookies that need it send `X-Read-Primary: 1`.
 */
import type { Request } from 'express'

import { env } from '../lib/env'

export const WROTE_COOKIE = 'vibe-wrote'
const SAFE = new Set(['GET', 'HEAD'])

export type ReadRouting = {
  /** True when this request's reads may be served by a replica. */
  mayUseReplica: (req: Request) => boolean
  /** After a write: marks the client (a cookie on `response`) so that its next reads go to the primary. */
  markWrite: (req: Request, response: globalThis.Response) => void
}

export function readRouting(enabled: boolean, cookiePrefix: string): ReadRouting {
  const afterWriteMs = env.int('DATABASE_READ_AFTER_WRITE_MS', 5000)
  const session = new RegExp(`(?:^|;\\s*)${cookiePrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-token=`)
  const wrote = new RegExp(`(?:^|;\\s*)${WROTE_COOKIE}=`)
  return {
    mayUseReplica: (req) => {
      if (!enabled || !SAFE.has(req.method)) return false
      if (req.headers.authorization || req.headers['x-read-primary']) return false
      const cookie = String(req.headers.cookie ?? '')
      return !session.test(cookie) && !wrote.test(cookie)
    },
    markWrite: (req, response) => {
      if (!enabled || SAFE.has(req.method) || req.method === 'OPTIONS' || response.status >= 400 || afterWriteMs <= 0) return
      try {
        response.headers.append('Set-Cookie', `${WROTE_COOKIE}=1; Max-Age=${Math.ceil(afterWriteMs / 1000)}; Path=/; HttpOnly; SameSite=Lax${env.isProduction ? '; Secure' : ''}`)
      } catch {
        // immutable headers (a proxied answer): the client reads the primary after the adapter's own window
      }
    },
  }
}
