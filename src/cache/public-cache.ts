/**
 * A short-lived cache of anonymous REST reads (`GET /api/<collection>`, `/api/<collection>/<id>`,
 * `/api/globals/<slug>`), the micro-cache a reverse proxy would keep in front of a CMS.
 *
 * - Only requests without credentials (no Authorization header, no session cookie): every
 *   anonymous visitor gets the same answer from Payload's access control, so they can share it.
 * - Only 200 JSON answers without Set-Cookie, up to `maxEntryBytes`; LRU bounded in bytes.
 * - Every write through Payload empties it at once in this process, and in every process when
 *   the write commits (Postgres NOTIFY, see `invalidation.ts`). An answer computed while an
 *   invalidation happened is not stored. What changes without Payload (raw SQL aggregates, the
 *   clock) is at most `ttlMs` old.
 * - NOTIFYs arrive through the process's shared LISTEN connection (`db/listener.ts`). While it is
 *   down the cache is off (serves and stores nothing: it would not hear other processes' writes)
 *   and it is emptied when the connection is back (it may have missed some).
 */
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'
import { randomUUID } from 'node:crypto'

import { listenerFor, type PgListener } from '../db/listener'
import { logger } from '../lib/logger'
import { INVALIDATION_CHANNEL, isInternal, onInvalidate } from './invalidation'

export type CachedAnswer = { status: number; headers: [string, string][]; body: Buffer; storedAt: number }

export type PublicCacheOptions = {
  /** How long an answer may be served (0 turns the cache off). */
  ttlMs: number
  /** Total size of the stored bodies. */
  maxBytes: number
  maxEntryBytes?: number
  /** Listen for other processes' writes (default true). */
  listen?: boolean
}

type RequestLike = { method: string; originalUrl: string; headers: Record<string, string | string[] | undefined> }

const MARKER = 'marker:'
const DROPPED_HEADERS = new Set(['set-cookie', 'date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding'])

export class PublicCache {
  private readonly entries: LRUCache<string, CachedAnswer>
  private readonly routes: RegExp
  private readonly sessionCookie: RegExp
  private readonly maxEntryBytes: number
  private generation = 0
  private listener?: PgListener
  /** The LISTEN connection is up and listens to the invalidation channel. */
  private listening = false
  private subscribed = false
  private closed = false
  private readonly unsubscribe: (() => void)[] = []
  /** Markers sent by `caughtUp`, resolved when this cache's listener hears them. */
  private readonly markers = new Map<string, () => void>()

  constructor(
    private readonly payload: Payload,
    private readonly options: PublicCacheOptions,
  ) {
    this.maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024
    this.entries = new LRUCache({ maxSize: Math.max(options.maxBytes, 1), sizeCalculation: (a) => a.body.length + 200, ttl: Math.max(options.ttlMs, 1) })
    this.routes = cacheableRoutes(payload)
    this.sessionCookie = new RegExp(`(?:^|;\\s*)${escape(payload.config.cookiePrefix)}-token=`)
    this.unsubscribe.push(onInvalidate(payload, () => this.clear()))
    // other processes' writes arrive through LISTEN; until it is up nothing is served from cache
    if (this.enabled && options.listen !== false) this.listen()
    else this.listening = this.enabled
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0 && !this.closed
  }

  /** The cache key of a request that may be answered from the cache, or undefined. */
  keyFor(req: RequestLike): string | undefined {
    if (!this.enabled || !this.listening || req.method !== 'GET') return undefined
    if (req.headers.authorization) return undefined
    const cookie = req.headers.cookie
    if (typeof cookie === 'string' && this.sessionCookie.test(cookie)) return undefined
    if (!this.routes.test(req.originalUrl.split('?')[0])) return undefined
    const lang = req.headers['accept-language'] ?? ''
    return `${req.headers.host ?? ''}\n${req.originalUrl}\n${Array.isArray(lang) ? lang.join(',') : lang}`
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key)
  }

  /** Read before computing an answer; pass it back to `store`. */
  get version(): number {
    return this.generation
  }

  /** Stores a fresh answer when it is cacheable and no write happened while it was computed. */
  async store(key: string, response: Response, version: number): Promise<CachedAnswer | undefined> {
    if (response.status !== 200 || !response.body) return undefined
    if (!(response.headers.get('content-type') ?? '').includes('application/json')) return undefined
    if (response.headers.getSetCookie().length) return undefined
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > this.maxEntryBytes) return undefined
    const body = Buffer.from(await response.arrayBuffer())
    const headers: [string, string][] = []
    response.headers.forEach((value, name) => {
      if (!DROPPED_HEADERS.has(name)) headers.push([name, value])
    })
    const answer = { status: response.status, headers, body, storedAt: Date.now() }
    if (body.length <= this.maxEntryBytes && version === this.generation && this.enabled && this.listening) this.entries.set(key, answer)
    return answer
  }

  clear(): void {
    this.generation++
    this.entries.clear()
  }

  /**
   * Resolves once this cache has heard every NOTIFY committed before the call: it sends a marker
   * on the same channel and waits for it (Postgres delivers notifications in commit order). For
   * callers that must know an earlier write's invalidation has arrived (the tests).
   */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const listener = this.listener
    if (!listener || !this.listening) return
    const marker = `${MARKER}${randomUUID()}`
    let timer: NodeJS.Timeout | undefined
    const heard = new Promise<void>((resolve, reject) => {
      this.markers.set(marker, resolve)
      timer = setTimeout(() => reject(new Error('public cache: marker not heard in time')), timeoutMs)
    })
    try {
      await listener.notify(INVALIDATION_CHANNEL, marker)
      await heard
    } finally {
      clearTimeout(timer)
      this.markers.delete(marker)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    this.listening = false
    for (const fn of this.unsubscribe.splice(0)) fn()
    this.clear()
  }

  /** Subscribes to the invalidation channel on the process's LISTEN connection (shared, not owned). */
  private listen(): void {
    const listener = listenerFor(this.payload)
    if (!listener) {
      logger.warn('public cache: no database URL to LISTEN on; the cache stays off')
      return
    }
    this.listener = listener
    this.unsubscribe.push(
      listener.onStateChange((connected) => {
        // down: it would not hear other processes' writes; back: it may have missed some
        this.clear()
        this.listening = connected && this.subscribed && !this.closed
      }),
    )
    listener
      .subscribe(INVALIDATION_CHANNEL, (payload) => {
        // a marker (see caughtUp) says nothing changed
        if (payload.startsWith(MARKER)) this.markers.get(payload)?.()
        else this.clear()
      })
      .then((unsubscribe) => {
        if (this.closed) return unsubscribe()
        this.unsubscribe.push(unsubscribe)
        this.subscribed = true
        this.clear()
        this.listening = listener.connected
      })
      .catch((err: unknown) => logger.error({ err }, 'public cache: cannot subscribe to invalidations; the cache stays off'))
  }
}

const PAYLOAD_READ_HANDLERS = new Set(['findHandler', 'findByIDHandler', 'findOneHandler'])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `GET /api/<slug>` and `/api/<slug>/<numeric id>` of every collection that is not internal, and `/api/globals/<slug>`,
 * except where a custom endpoint answers that path (custom endpoints are never cached).
 */
function cacheableRoutes(payload: Payload): RegExp {
  const api = payload.config.routes.api
  // Payload's sanitised endpoints include its own read handlers; any other GET on these paths is custom
  const custom = (endpoints: unknown) =>
    Array.isArray(endpoints) &&
    endpoints.some(
      (e: { handler?: { name?: string }; method?: string; path?: string }) =>
        e.method === 'get' && /^\/(:[^/]+)?$/.test(e.path ?? '') && !PAYLOAD_READ_HANDLERS.has(e.handler?.name ?? ''),
    )
  const collections = payload.config.collections.filter((c) => !isInternal(c.slug) && !custom(c.endpoints)).map((c) => escape(c.slug))
  const globals = payload.config.globals.filter((g) => !isInternal(g.slug) && !custom(g.endpoints)).map((g) => escape(g.slug))
  const parts = [collections.length ? `(?:${collections.join('|')})(?:/\\d+)?` : undefined, globals.length ? `globals/(?:${globals.join('|')})` : undefined].filter(Boolean)
  return parts.length ? new RegExp(`^${escape(api)}/(?:${parts.join('|')})/?$`) : /$^/
}
