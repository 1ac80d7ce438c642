/** DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/ (kept across restarts, started again if it dies). */
import type { EmbeddedDatabase } from '../db/embedded-postgres'

import { env } from '../lib/env'
import { logger } from '../lib/logger'

export type ResolvedDatabase = { url: string; embedded?: EmbeddedDatabase }

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = env.str('DATABASE_URL')
  if (url) return { url }
  // imported only when needed: the embedded-postgres package installs an exit hook that ends the
  // process with 143 on SIGTERM, cutting the graceful shutdown of a server that does not use it
  const { startEmbeddedPostgres } = await import('../db/embedded-postgres')
  const port = env.int('EMBEDDED_PG_PORT', 54329)
  const embedded = await startEmbeddedPostgres({ dataDir: env.str('EMBEDDED_PG_DIR', `${env.str('DATA_DIR', '.data')}/postgres`) as string, port, restartOnExit: true })
  const name = env.str('EMBEDDED_PG_DATABASE', 'vibe') as string
  await embedded.createDatabase(name)
  logger.info({ port, database: name }, 'embedded PostgreSQL started')
  return { url: embedded.urlFor(name), embedded }
}
