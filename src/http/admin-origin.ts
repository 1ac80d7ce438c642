/**
 * The admin opened at another address than PUBLIC_URL logs in, then saves nothing: Payload takes the
 * session cookie only from the origins of its CSRF list (PUBLIC_URL, CORS_ORIGINS, and outside
 * production the other loopback name), and answers the rest "not allowed". That is said out loud:
 * once at start-up (which addresses work, which variable to set) and in the log the first time
 * an origin is refused.
 */
import type { RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { isLoopbackUrl } from '../config/payload-secret'

type Log = { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void }

/** The origins whose session cookie Payload accepts (an empty list accepts any). */
export const acceptedOrigins = (config: SanitizedConfig): string[] => config.csrf ?? []

/**
 * The start-up line: where the admin works, and what to set for any other address. A warning when
 * the server listens beyond this machine while PUBLIC_URL is a loopback address (the usual cause).
 */
export function startupAdvice(config: SanitizedConfig, host: string): { level: 'info' | 'warn'; message: string } | undefined {
  const origins = acceptedOrigins(config)
  if (!origins.length) return undefined
  const publicUrl = config.serverURL
  const listensBeyondLoopback = !['127.0.0.1', 'localhost', '::1'].includes(host)
  const message =
    `The admin saves only when opened at ${origins.join(' or ')}. ` +
    `Opened at another address it logs in but every save is refused ("not allowed"): ` +
    `set PUBLIC_URL to the address people use (or add it to CORS_ORIGINS) and restart.`
  return { level: listensBeyondLoopback && (!publicUrl || isLoopbackUrl(publicUrl)) ? 'warn' : 'info', message }
}

/** Logs, once per origin, a write that carries the session cookie from an origin Payload will refuse. */
export function refusedOriginWarning(payload: Payload, log: Log, remember = 100): RequestHandler {
  const cookieName = `${payload.config.cookiePrefix}-token`
  const warned = new Set<string>()
  return (req, _res, next) => {
    const origin = req.headers.origin
    if (origin && req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && warned.size < remember && !warned.has(origin)) {
      const accepted = acceptedOrigins(payload.config)
      if (accepted.length && !accepted.includes(origin) && (req.headers.cookie ?? '').includes(`${cookieName}=`)) {
        warned.add(origin)
        const sameHost = (() => {
          try {
            return new URL(origin).host === req.headers.host
          } catch {
            return false
          }
        })()
        log.warn(
          { origin, accepted, variable: 'PUBLIC_URL' },
          `Refused the session cookie of a request from ${origin}: it is not PUBLIC_URL (${payload.config.serverURL || 'unset'}) nor in CORS_ORIGINS, ` +
            `so the request runs as anonymous ("not allowed"). ` +
            (sameHost
              ? `The admin was opened at ${origin}: set PUBLIC_URL=${origin} (or add it to CORS_ORIGINS) and restart.`
              : `If this is your admin or app, add ${origin} to CORS_ORIGINS (or make it PUBLIC_URL) and restart.`),
        )
      }
    }
    next()
  }
}
