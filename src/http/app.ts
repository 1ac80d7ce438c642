/**
 * The express application: security headers, CORS, request logs, rate limits, health probes,
 * Payload's REST API (handleEndpoints), GraphQL, and — when given — Next for the admin.
 */
import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import cors from 'cors'
import express from 'express'
import helmet from 'helmet'
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { handleEndpoints } from 'payload'

import { PublicCache, type PublicCacheOptions } from '../cache/public-cache'
import { MONACO_VS_PATH } from '../admin/paths'
import { MAX_UPLOAD_BYTES } from '../config/build-config'
import { env } from '../lib/env'
import { onReplica } from '../db/replicas'
import { requestScope, type Scope } from '../db/request-transaction'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable'
import { logger } from '../lib/logger'
import { payloadInstanceKey } from '../runtime/boot'
import { apiDocsRoutes } from '../openapi/routes'
import { onClose } from '../runtime/closers'
import { refusedOriginWarning } from './admin-origin'
import { guardAuthStrategies, withOutageState, withRetryAfter } from './db-outage'
import { sendError } from './errors'
import { createGraphqlHandler } from './graphql'
import { healthRoutes } from './health'
import { AUTH_PATHS, limiter, publicWriteLimiter, type RateLimitConfig, rateLimitConfigFromEnv } from './rate-limits'
import { uploadSizeLimit } from './upload-limit'
import { jsonBodyGuard } from './json-body'
import { requestLogger } from './request-log'
import { queryGuard, urlGuard } from './query-guard'
import { readRouting } from './read-routing'
import { sharedRateLimitStore } from './rate-limit-stores'
import { versionsGuard } from './versions-guard'
import { disconnectSignal, sendCachedAnswer, sendWebResponse, toWebRequest } from './web-bridge'

export type AppOptions = {
  payload: Payload
  /** Next's request handler for /admin and its assets; omitted in API-only processes and tests. */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  rateLimits?: RateLimitConfig
  /** Turns off request logs (benchmarks). */
  quiet?: boolean
  /** The anonymous read cache; defaults from PUBLIC_CACHE_TTL_MS / PUBLIC_CACHE_MAX_MB. */
  publicCache?: Partial<PublicCacheOptions>
}


const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The database cannot serve now (pool exhausted, timeout, unreachable): 503, retry shortly. */
function sendUnavailable(req: Request, res: Response, err: unknown): void {
  ;((req as Request & { log?: typeof logger }).log ?? logger).warn({ err }, 'database unavailable: answered 503')
  if (!res.headersSent) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  sendError(res, 503, DATABASE_UNAVAILABLE_MESSAGE)
}

/** The installed monaco-editor's `min/vs` folder (the AMD build @monaco-editor/loader expects). */
function monacoDir() {
  // the package's exports map hides package.json: walk up from its main entry to the package root
  const entry = createRequire(import.meta.url).resolve('monaco-editor')
  const root = entry.slice(0, entry.lastIndexOf(`${path.sep}monaco-editor${path.sep}`) + `${path.sep}monaco-editor`.length)
  return path.join(root, 'min', 'vs')
}

export function createApp({ payload, nextHandler, rateLimits = rateLimitConfigFromEnv(), quiet = false, publicCache }: AppOptions) {
  const app = express()
  const config = payload.config
  const apiRoute = config.routes.api
  const graphqlPath = `${apiRoute}${config.routes.graphQL}`
  const playgroundPath = `${apiRoute}${config.routes.graphQLPlayground}`
  const payloadInstanceCacheKey = payloadInstanceKey(payload)
  const graphql = createGraphqlHandler(config, payloadInstanceCacheKey)
  const origins = env.list('CORS_ORIGINS')
  // with read replicas: which requests may read a replica, and the read-your-writes cookie
  const routing = readRouting(Boolean((payload.db as unknown as { primaryDrizzle?: unknown }).primaryDrizzle), config.cookiePrefix)
  const cache = new PublicCache(payload, {
    ttlMs: env.int('PUBLIC_CACHE_TTL_MS', 3000),
    maxBytes: env.int('PUBLIC_CACHE_MAX_MB', 64) * 1024 * 1024,
    ...publicCache,
  })
  onClose(payload, () => cache.close())
  app.locals.publicCache = cache
  // a user lookup that failed because the database is down must not turn into 401/403
  guardAuthStrategies(payload)

  app.disable('x-powered-by')
  app.set('trust proxy', env.str('TRUST_PROXY', 'loopback'))
  app.set('etag', false)

  app.use((req, res, next) => {
    const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID()
    ;(req as Request & { id: string }).id = id
    res.setHeader('X-Request-Id', id)
    next()
  })
  if (!quiet) app.use(requestLogger(logger, apiRoute))
  app.use(
    helmet({
      // The admin (Next) inlines scripts and styles; the API answers JSON. A CSP for the admin
      // would need nonces threaded through Next, so CSP is set on API answers only (below).
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  )

  app.use(urlGuard())
  // the admin (REST saves, Next server functions) opened at an address whose cookie Payload refuses
  app.use(refusedOriginWarning(payload, logger))
  app.use(healthRoutes(payload))

  app.use(
    apiRoute,
    cors({
      origin: origins.length ? origins : false,
      credentials: true,
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
    }),
  )
  app.use(apiRoute, (_req, res, next) => {
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
    next()
  })

  // counted once across every instance (PostgreSQL, or Redis with REDIS_URL)
  const authLimiter = limiter(rateLimits.auth, 'authentication', sharedRateLimitStore(payload, 'auth'))
  for (const path of AUTH_PATHS) app.use(path, (req, res, next) => (req.method === 'GET' ? next() : authLimiter(req, res, next)))
  app.use(apiRoute, publicWriteLimiter(rateLimits.publicWrite, sharedRateLimitStore(payload, 'write')))
  app.use(apiRoute, uploadSizeLimit(MAX_UPLOAD_BYTES()))
  app.use(apiRoute, queryGuard(payload))
  app.use(apiRoute, jsonBodyGuard())
  app.use(apiRoute, versionsGuard(payload))

  // the OpenAPI document and its interactive reference (local assets only)
  app.use(apiDocsRoutes(payload))

  // graphql-playground-html loads its scripts, styles and fonts from a CDN: the admin and the API
  // load nothing from another host, so it is not served (introspect POST /api/graphql instead)
  app.get(playgroundPath, (_req, res) =>
    sendError(res, 404, `The GraphQL playground is not served (it loads its code from another host). Send queries to POST ${graphqlPath}; introspection works there.`),
  )

  // the admin's code/JSON editor (Monaco), served from the installed package
  app.use(MONACO_VS_PATH, express.static(monacoDir(), { immutable: true, maxAge: '30d', fallthrough: false }))

  app.post(graphqlPath, (req, res, next) =>
    withOutageState(async (outage) => {
      try {
        const response = await requestScope(() => graphql(toWebRequest(req, disconnectSignal(res))))
        // the user lookup failed on the database: whatever Payload answered is not the answer
        if (outage.databaseUnavailable) {
          await response.body?.cancel().catch(() => undefined)
          return sendUnavailable(req, res, new Error('database unreachable during authentication'))
        }
        await sendWebResponse(res, withRetryAfter(response))
      } catch (err) {
        next(err)
      }
    }),
  )

  app.use(apiRoute, (req, res, next) =>
    withOutageState(async (outage) => {
      try {
        const key = cache.keyFor(req)
        const hit = key ? cache.get(key) : undefined
        if (hit) return sendCachedAnswer(res, hit, 'HIT')
        const version = cache.version
        let scope: Scope | undefined
        const handle = () => handleEndpoints({ config, payloadInstanceCacheKey, request: toWebRequest(req, disconnectSignal(res)) })
        const response = await requestScope((s) => {
          scope = s
          return routing.mayUseReplica(req) ? onReplica(handle) : handle()
        }).catch((err: unknown) => {
          throw scope?.unavailable ?? err
        })
        routing.markWrite(req, response)
        // Payload answers 501 for the routes of a collection without REST endpoints (payload-migrations)
        if (response.status === 501) return sendError(res, 404, 'Not found.')
        // the database failed under Payload, which may have swallowed it (a failed JWT user lookup
        // reads as an anonymous request): a refusal or a read is then "unavailable", not 401/403 or
        // an anonymous answer
        const unavailable = outage.databaseUnavailable
          ? new Error('database unreachable during authentication')
          : scope?.unavailable && (response.status >= 400 || SAFE_METHODS.has(req.method))
            ? scope.unavailable
            : undefined
        if (unavailable) {
          await response.body?.cancel().catch(() => undefined)
          return sendUnavailable(req, res, unavailable)
        }
        const stored = key ? await cache.store(key, response, version) : undefined
        if (stored) return sendCachedAnswer(res, stored, 'MISS')
        await sendWebResponse(res, withRetryAfter(response))
      } catch (err) {
        next(err)
      }
    }),
  )

  if (nextHandler) {
    app.all('/{*splat}', (req, res, next) => {
      nextHandler(req, res).catch(next)
    })
  } else {
    app.use((_req, res) => sendError(res, 404, 'Not found.'))
  }

  // Last resort: never leak a stack trace; body-parser style errors keep their 4xx.
  app.use((err: Error & { status?: number; statusCode?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (isDatabaseUnavailable(err)) return sendUnavailable(req, res, err)
    const status = err.status ?? err.statusCode ?? 500
    if (status >= 500) ((req as Request & { log?: typeof logger }).log ?? logger).error({ err }, 'unhandled error')
    sendError(res, status, status >= 500 ? 'Something went wrong.' : err.message)
  })

  return app
}
