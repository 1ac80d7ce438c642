/**
 * One log line per request that tells something: not for static assets, the admin's own chatter
 * (preferences, locks, hot reload, dev overlay) or health probes, which would bury the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { logger as Logger } from '../lib/logger'

import { pinoHttp } from 'pino-http'

const STATIC_EXTENSION = /\.(?:js|mjs|css|map|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf|txt|webmanifest)$/i

/** Whether a request gets no line of its own. */
export function isQuietRequest(url: string, apiRoute = '/api'): boolean {
  const path = url.split('?')[0]
  if (path === '/healthz' || path === '/readyz') return true
  // Next: static chunks, images, HMR websocket, dev overlay
  if (path.startsWith('/_next/') || path.startsWith('/__nextjs') || path === '/favicon.ico') return true
  if (STATIC_EXTENSION.test(path)) return true
  // the admin saving its own UI state (column widths, open groups), document locks, the docs page's assets
  if (path.startsWith(`${apiRoute}/payload-preferences`) || path.startsWith(`${apiRoute}/payload-locked-documents`) || path.startsWith(`${apiRoute}/docs/assets/`)) return true
  // stored files (an upload collection's /file/ route)
  if (/^[^?]*\/file\/[^/]+$/.test(path) && path.startsWith(`${apiRoute}/`)) return true
  return false
}

/** The URL as the client sent it (express strips a router's mount path from `req.url` inside it). */
const urlOf = (req: IncomingMessage) => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url

export function requestLogger(logger: typeof Logger, apiRoute: string) {
  return pinoHttp({
    logger,
    genReqId: (req) => (req as IncomingMessage & { id: string }).id,
    autoLogging: { ignore: (req) => isQuietRequest(req.url ?? '', apiRoute) },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) => `${req.method} ${urlOf(req)} ${res.statusCode} ${Math.round(ms)} ms`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, err: Error) => `${req.method} ${urlOf(req)} ${res.statusCode} ${err.message}`,
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
  })
}
