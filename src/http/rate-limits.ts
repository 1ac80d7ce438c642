/**
 * Rate limits for the endpoints attackers hammer: 429 with Retry-After and a JSON message.
 * The counters live in a store shared by every instance (rate-limit-stores.ts: PostgreSQL, or
 * Redis with REDIS_URL); without one (unit use) each process counts in its own memory.
 */
import type { RequestHandler } from 'express'
import type { Store } from 'express-rate-limit'

import { rateLimit } from 'express-rate-limit'

import { env } from '../lib/env'
import { sendError } from './errors'

export type RateLimitOptions = { windowMs: number; limit: number }

export const limiter = ({ windowMs, limit }: RateLimitOptions, what: string, store?: Store): RequestHandler =>
  rateLimit({
    windowMs,
    limit,
    store,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      // the shared window's end when the store knows it (it started on another instance, maybe)
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
      const left = resetTime ? resetTime.getTime() - Date.now() : options.windowMs
      const retryAfter = Math.max(1, Math.ceil(Math.min(left, options.windowMs) / 1000))
      res.setHeader('Retry-After', String(retryAfter))
      sendError(res, 429, `Too many ${what} requests. Try again in ${retryAfter} seconds.`)
    },
  })

export type RateLimitConfig = { auth: RateLimitOptions; publicWrite: RateLimitOptions }

export const rateLimitConfigFromEnv = (): RateLimitConfig => ({
  auth: { windowMs: env.int('RATE_LIMIT_AUTH_WINDOW_MS', 15 * 60 * 1000), limit: env.int('RATE_LIMIT_AUTH_MAX', 20) },
  publicWrite: { windowMs: env.int('RATE_LIMIT_WRITE_WINDOW_MS', 60 * 1000), limit: env.int('RATE_LIMIT_WRITE_MAX', 120) },
})

/** Auth routes: login, registration, password reset, first admin, verification. */
export const AUTH_PATHS = [
  '/api/users/login',
  '/api/users/register',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/first-register',
  '/api/users/verify',
  '/api/users/unlock',
]

const hasCredentials = (headers: Record<string, unknown>) =>
  Boolean(headers.authorization) || /payload-token=/.test(String(headers.cookie ?? ''))

/**
 * Writes by anonymous clients (no JWT, cookie or API key): public forms, webhooks are exempt
 * because providers retry or are reconciled; signed-in writes are bounded by their own limits.
 */
export function publicWriteLimiter(options: RateLimitOptions, store?: Store): RequestHandler {
  const limit = limiter(options, 'write', store)
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    if (hasCredentials(req.headers) || req.path.includes('/webhooks/')) return next()
    return limit(req, res, next)
  }
}
