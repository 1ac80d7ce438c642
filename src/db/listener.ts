/**
 * One Postgres LISTEN connection per process (per Payload instance), shared by everything that
 * reacts to NOTIFY: the anonymous read cache's invalidations, the delivery live feed, later
 * streams. `subscribe(channel, handler)` adds a handler; the connection listens to every channel
 * that has one.
 *
 * The connection can go away (the database restarts, the network drops): it has an 'error'
 * listener (an unhandled 'error' event would end the process), reconnects with exponential
 * backoff, LISTENs again to every channel, and only then reports itself connected. Notifications
 * sent while it was down are lost, so users of it watch `onStateChange` and resynchronise when it
 * comes back (the cache empties itself, a live feed re-reads its rows). A periodic ping finds a
 * connection that died silently.
 */
import type { Payload } from 'payload'

import pg from 'pg'

import { env } from '../lib/env'
import { logger } from '../lib/logger'
import { onClose } from '../runtime/closers'

export type NotificationHandler = (payload: string) => void

export type ListenerOptions = {
  connectionString: string
  /** First reconnect delay; doubles on every failed attempt (default DB_LISTENER_MIN_BACKOFF_MS or 250 ms). */
  minDelayMs?: number
  /** Longest reconnect delay (default DB_LISTENER_MAX_BACKOFF_MS or 10 s). */
  maxDelayMs?: number
  /** How often an idle connection is checked with `SELECT 1` (default 10 s; 0: never). */
  pingMs?: number
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/

/** The connection's application_name in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'vibe-listener'

export class PgListener {
  private client?: pg.Client
  private readonly channels = new Map<string, Set<NotificationHandler>>()
  private readonly stateListeners = new Set<(connected: boolean) => void>()
  private isConnected = false
  private closed = false
  private attempt = 0
  private retryTimer?: NodeJS.Timeout
  private pingTimer?: NodeJS.Timeout
  private readonly minDelayMs: number
  private readonly maxDelayMs: number
  private readonly pingMs: number

  constructor(private readonly options: ListenerOptions) {
    this.minDelayMs = options.minDelayMs ?? env.int('DB_LISTENER_MIN_BACKOFF_MS', 250)
    this.maxDelayMs = options.maxDelayMs ?? env.int('DB_LISTENER_MAX_BACKOFF_MS', 10_000)
    this.pingMs = options.pingMs ?? env.int('DB_LISTENER_PING_MS', 10_000)
    void this.connect()
  }

  /** True while the connection is up and LISTENs to every subscribed channel. */
  get connected(): boolean {
    return this.isConnected
  }

  /** Calls `fn(connected)` on every change; returns the function that removes it. */
  onStateChange(fn: (connected: boolean) => void): () => void {
    this.stateListeners.add(fn)
    return () => void this.stateListeners.delete(fn)
  }

  /**
   * Calls `handler` with the payload of every notification on `channel`. Resolves once the channel
   * is listened to when the connection is up (when it is down, it will be on reconnect). Returns the
   * unsubscribe function.
   */
  async subscribe(channel: string, handler: NotificationHandler): Promise<() => void> {
    if (!CHANNEL.test(channel)) throw new Error(`listener: invalid channel name "${channel}"`)
    let handlers = this.channels.get(channel)
    const fresh = !handlers
    if (!handlers) this.channels.set(channel, (handlers = new Set()))
    handlers.add(handler)
    const client = this.client
    if (fresh && client && this.isConnected) await client.query(`LISTEN ${channel}`).catch((err: Error) => this.lost(client, err))
    const set = handlers
    return () => {
      set.delete(handler)
      if (set.size > 0 || this.channels.get(channel) !== set) return
      this.channels.delete(channel)
      const current = this.client
      if (current && this.isConnected) current.query(`UNLISTEN ${channel}`).catch(() => undefined)
    }
  }

  /** Sends a notification from the listening connection itself (fails while it is down). */
  async notify(channel: string, payload: string): Promise<void> {
    const client = this.client
    if (!client || !this.isConnected) throw new Error('listener: not connected')
    await client.query('SELECT pg_notify($1, $2)', [channel, payload])
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.retryTimer)
    clearInterval(this.pingTimer)
    const client = this.client
    this.client = undefined
    this.setConnected(false)
    this.stateListeners.clear()
    await client?.end().catch(() => undefined)
  }

  private async connect(): Promise<void> {
    if (this.closed) return
    const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true, application_name: LISTENER_APPLICATION_NAME })
    this.client = client
    client.on('error', (err) => this.lost(client, err))
    client.on('end', () => this.lost(client))
    client.on('notification', (msg) => {
      for (const handler of this.channels.get(msg.channel) ?? []) {
        try {
          handler(msg.payload ?? '')
        } catch (err) {
          logger.error({ err, channel: msg.channel }, 'listener: notification handler failed')
        }
      }
    })
    try {
      await client.connect()
      // channels subscribed while this loop runs are included (Map iteration sees added keys)
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`)
      if (this.client !== client || this.closed) return void client.end().catch(() => undefined)
      if (this.attempt > 0) logger.info({ attempts: this.attempt }, 'listener: LISTEN connection back')
      this.attempt = 0
      this.startPing(client)
      this.setConnected(true)
    } catch (err) {
      this.lost(client, err as Error)
    }
  }

  /** The connection `client` failed or ended: report it down and schedule a reconnect. */
  private lost(client: pg.Client, err?: Error): void {
    if (this.client !== client) return
    this.client = undefined
    clearInterval(this.pingTimer)
    client.end().catch(() => undefined)
    this.setConnected(false)
    if (this.closed) return
    const delay = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** this.attempt) * (0.75 + Math.random() / 4)
    const log = this.attempt === 0 ? logger.warn.bind(logger) : logger.debug.bind(logger)
    log({ err: err?.message, attempt: this.attempt + 1, retryInMs: Math.round(delay) }, 'listener: LISTEN connection lost; reconnecting')
    this.attempt++
    this.retryTimer = setTimeout(() => void this.connect(), delay)
    this.retryTimer.unref()
  }

  private startPing(client: pg.Client): void {
    clearInterval(this.pingTimer)
    if (this.pingMs <= 0) return
    this.pingTimer = setInterval(() => {
      let answered = false
      const timeout = setTimeout(() => {
        if (!answered) this.lost(client, new Error('listener: ping not answered in time'))
      }, this.pingMs)
      timeout.unref()
      client.query('SELECT 1').then(
        () => {
          answered = true
          clearTimeout(timeout)
        },
        (err: Error) => {
          answered = true
          clearTimeout(timeout)
          this.lost(client, err)
        },
      )
    }, this.pingMs)
    this.pingTimer.unref()
  }

  private setConnected(connected: boolean): void {
    if (this.isConnected === connected) return
    this.isConnected = connected
    for (const fn of [...this.stateListeners]) {
      try {
        fn(connected)
      } catch (err) {
        logger.error({ err }, 'listener: state handler failed')
      }
    }
  }
}

const shared = new WeakMap<Payload, PgListener>()

/** The process's LISTEN connection for this Payload instance (created on first use, closed with Payload); undefined without a database URL. */
export function listenerFor(payload: Payload): PgListener | undefined {
  const existing = shared.get(payload)
  if (existing) return existing
  const connectionString = (payload.db as unknown as { poolOptions?: { connectionString?: string } }).poolOptions?.connectionString
  if (!connectionString) return undefined
  const listener = new PgListener({ connectionString })
  shared.set(payload, listener)
  onClose(payload, () => listener.close())
  return listener
}
