/**
 * The platform's process: resolves the database (embedded when DATABASE_URL is unset), boots
 * Payload (migrations, one-time seed, in-process jobs), mounts Next for /admin and listens.
 */
import type { Server } from 'node:http'

import { buildVibeConfig } from './config/build-config'
import { ensurePayloadSecret } from './config/payload-secret'
import { env } from './lib/env'
import { logger } from './lib/logger'
import { startupAdvice } from './http/admin-origin'
import { createApp } from './http/app'
import { waitForRunningJobs } from './jobs/runner'
import { bootPayload, closePayload } from './runtime/boot'
import { bootWatchdog } from './runtime/boot-watchdog'
import { resolveDatabase } from './runtime/database'

const port = env.int('PORT', 3000)
const host = env.str('HOST', '0.0.0.0') as string
const dev = !env.isProduction

async function main() {
  // the loop stays alive until booted (see bootWatchdog: a dynamic import could end the process silently)
  const booted = bootWatchdog('server')
  // before anything else: refuse a missing or published secret outside development, or settle the generated one
  ensurePayloadSecret()
  const db = await resolveDatabase()
  // Next's copy of the config (the admin) reads the same variable.
  process.env.DATABASE_URL = db.url
  process.env.PUBLIC_URL ??= `http://localhost:${port}`
  // Next prints a telemetry notice and reports usage unless told not to
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'

  // built after the environment above, from a static import (see worker.ts)
  const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), cron: env.bool('JOBS_AUTORUN', true) })

  let nextHandler
  let nextUpgrade
  if (env.bool('ADMIN_ENABLED', true)) {
    const { default: next } = await import('next')
    const nextApp = next({ dev, dir: process.cwd(), hostname: 'localhost', port })
    await nextApp.prepare()
    nextHandler = nextApp.getRequestHandler() as never
    // development: the admin's hot reload runs over a websocket on /_next/hmr
    if (dev) nextUpgrade = nextApp.getUpgradeHandler()
  }

  const app = createApp({ payload, nextHandler })
  const server: Server = app.listen(port, host, () => {
    booted()
    logger.info(`Vibe Platform listening on http://localhost:${port} — admin /admin, REST /api (reference /api/docs), GraphQL /api/graphql`)
    const advice = startupAdvice(payload.config, host)
    if (advice) logger[advice.level](advice.message)
  })
  server.keepAliveTimeout = 65_000
  if (nextUpgrade) server.on('upgrade', nextUpgrade)

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests')
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting')
      process.exit(1)
    }, env.int('SHUTDOWN_TIMEOUT_MS', 15_000))
    force.unref()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    // with JOBS_AUTORUN: claim nothing more and let running jobs finish (their leases cover them otherwise)
    await Promise.all(payload.crons.map((cron) => cron.stop()))
    await waitForRunningJobs(payload, Math.max(0, env.int('SHUTDOWN_TIMEOUT_MS', 15_000) - 2000))
    await closePayload(payload).catch((err: unknown) => logger.error({ err }, 'error closing Payload'))
    await db.embedded?.stop().catch((err: unknown) => logger.error({ err }, 'error stopping embedded PostgreSQL'))
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

// A stray rejection (e.g. an aborted upload inside a library) is logged, not fatal.
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'))

main().catch((err) => {
  logger.fatal({ err }, 'failed to start')
  process.exit(1)
})
