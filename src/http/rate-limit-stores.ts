/**
 * Shared counters for the rate limits, so that N instances allow the limit once, not N times:
 *
 * - PostgreSQL (default; nothing more to run): one row per client and limiter in the unlogged
 *   table `rate_limit_hits`, counted by one atomic upsert that also starts a new window when the
 *   previous one has ended. Windows follow the database clock, the same for every instance.
 *   Expired rows are deleted every few minutes.
 * - Redis when `REDIS_URL` is set: a key per client and limiter, counted by a Lua script
 *   (INCR, and PEXPIRE on the first hit of a window), atomic on the server.
 *
 * Both implement express-rate-limit's `Store`. A store that cannot answer (database or Redis
 * down) fails the request (the app's error handler answers 503 for an unreachable database)
 * rather than letting requests through unlimited.
 */
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import { createClient } from 'redis'

import { sql } from '../db/transaction'
import { env } from '../lib/env'
import { logger } from '../lib/logger'
import { onClose } from '../runtime/closers'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

const primary = (payload: Payload): Executor => {
  const db = payload.db as unknown as { primaryDrizzle?: Executor; drizzle: Executor }
  return db.primaryDrizzle ?? db.drizzle
}

const info = (row: Record<string, unknown> | undefined): ClientRateLimitInfo | undefined =>
  row ? { totalHits: Number(row.hits), resetTime: new Date(row.reset_at as string) } : undefined

/** Every few minutes, each process deletes the windows that ended (any process may). */
const sweepers = new WeakMap<Payload, NodeJS.Timeout>()
function sweepExpired(payload: Payload): void {
  if (sweepers.has(payload)) return
  const timer = setInterval(
    () => {
      primary(payload)
        .execute(sql`DELETE FROM rate_limit_hits WHERE reset_at < now() - interval '1 minute'`)
        .catch((err: unknown) => logger.debug({ err }, 'rate limits: could not delete expired counters'))
    },
    env.int('RATE_LIMIT_SWEEP_MS', 5 * 60_000),
  )
  timer.unref()
  sweepers.set(payload, timer)
  onClose(payload, async () => clearInterval(timer))
}

export class PostgresRateLimitStore implements Store {
  windowMs = 60_000
  readonly localKeys = false

  constructor(
    private readonly payload: Payload,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
    sweepExpired(this.payload)
  }

  private key = (key: string) => `${this.prefix}${key}`

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await primary(this.payload).execute(sql`SELECT hits, reset_at FROM rate_limit_hits WHERE key = ${this.key(key)} AND reset_at > now()`)
    return info(rows[0])
  }

  async increment(key: string): Promise<IncrementResponse> {
    const window = sql`make_interval(secs => ${this.windowMs / 1000})`
    const { rows } = await primary(this.payload).execute(sql`
      INSERT INTO rate_limit_hits AS r (key, hits, reset_at) VALUES (${this.key(key)}, 1, now() + ${window})
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
        reset_at = CASE WHEN r.reset_at <= now() THEN now() + ${window} ELSE r.reset_at END
      RETURNING hits, reset_at`)
    return info(rows[0]) as IncrementResponse
  }

  async decrement(key: string): Promise<void> {
    await primary(this.payload).execute(sql`UPDATE rate_limit_hits SET hits = greatest(hits - 1, 0) WHERE key = ${this.key(key)} AND reset_at > now()`)
  }

  async resetKey(key: string): Promise<void> {
    await primary(this.payload).execute(sql`DELETE FROM rate_limit_hits WHERE key = ${this.key(key)}`)
  }
}

type RedisClient = ReturnType<typeof createClient>

/** INCR the key; on the first hit of a window set its expiry. Returns [hits, milliseconds left]. */
const INCREMENT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { hits, ttl }`

/** One Redis connection per process (per Payload instance), closed with it. */
const redisClients = new WeakMap<Payload, Promise<RedisClient>>()
export function redisFor(payload: Payload, url: string): Promise<RedisClient> {
  let client = redisClients.get(payload)
  if (!client) {
    const c = createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) } })
    c.on('error', (err: Error) => logger.warn({ err: err.message }, 'rate limits: Redis connection error'))
    client = c.connect().then(() => c as RedisClient)
    redisClients.set(payload, client)
    const connecting = client
    onClose(payload, async () => {
      const ready = await connecting.catch(() => undefined)
      await ready?.close().catch(() => undefined)
    })
  }
  return client
}

export class RedisRateLimitStore implements Store {
  windowMs = 60_000
  readonly localKeys = false

  constructor(
    private readonly client: () => Promise<RedisClient>,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  private key = (key: string) => `${this.prefix}${key}`

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const client = await this.client()
    const [hits, ttl] = await Promise.all([client.get(this.key(key)), client.pTTL(this.key(key))])
    if (hits === null) return undefined
    return { totalHits: Number(hits), resetTime: new Date(Date.now() + Math.max(Number(ttl), 0)) }
  }

  async increment(key: string): Promise<IncrementResponse> {
    const client = await this.client()
    const reply = (await client.sendCommand(['EVAL', INCREMENT_SCRIPT, '1', this.key(key), String(this.windowMs)])) as unknown as [number, number]
    return { totalHits: Number(reply[0]), resetTime: new Date(Date.now() + Number(reply[1])) }
  }

  async decrement(key: string): Promise<void> {
    const client = await this.client()
    await client.decr(this.key(key))
  }

  async resetKey(key: string): Promise<void> {
    const client = await this.client()
    await client.del(this.key(key))
  }
}

/** The shared store for one limiter: Redis when REDIS_URL is set, PostgreSQL otherwise. */
export function sharedRateLimitStore(payload: Payload, name: string): Store {
  const prefix = `rl:${name}:`
  const url = env.str('REDIS_URL')
  if (url) return new RedisRateLimitStore(() => redisFor(payload, url), prefix)
  return new PostgresRateLimitStore(payload, prefix)
}
