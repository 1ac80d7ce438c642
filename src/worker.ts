/**
 * Dedicated jobs worker: no HTTP. Run the web processes with JOBS_AUTORUN=false and as many of
 * these as the queues need (`npm run worker`): jobs are claimed with leases (jobs/runner.ts), so
 * no job runs twice, and the jobs of a worker that dies are taken over once their lease expires.
 * Scheduled tasks are queued once across every process.
 */
import { buildVibeConfig } from './config/build-config'
import { ensurePayloadSecret } from './config/payload-secret'
import { waitForRunningJobs } from './jobs/runner'
import { env } from './lib/env'
import { logger } from './lib/logger'
import { bootPayload, closePayload } from './runtime/boot'
import { bootWatchdog } from './runtime/boot-watchdog'
import { resolveDatabase } from './runtime/database'

async function main() {
  // the loop stays alive until booted (see bootWatchdog: a dynamic import could end the process silently)
  const booted = bootWatchdog('jobs worker')
  // before anything else: refuse a missing or published secret outside development, or settle the generated one
  ensurePayloadSecret()
  const db = await resolveDatabase()
  process.env.DATABASE_URL = db.url
  process.env.JOBS_AUTORUN = 'true'
  // jobs read what the web requests have just written: the primary only, never a lagging replica
  delete process.env.DATABASE_READ_URLS
  // built here, after the environment above, from a static import: a dynamic import of the config
  // under tsx hung for good in about one worker boot in eight with four processes starting at once
  const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), seed: false, cron: true })
  booted()
  logger.info({ cron: env.str('JOBS_CRON', '*/5 * * * * *'), pid: process.pid }, 'jobs worker running')
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    // no new claims, then let running jobs finish (their leases cover them if they do not)
    await Promise.all(payload.crons.map((cron) => cron.stop()))
    const finished = await waitForRunningJobs(payload, env.int('SHUTDOWN_TIMEOUT_MS', 15_000))
    if (!finished) logger.warn('worker stopping with jobs still running: another worker takes them over when their lease expires')
    await closePayload(payload).catch((err: unknown) => logger.error({ err }, 'error closing Payload'))
    await db.embedded?.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
}

process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'))

main().catch((err) => {
  logger.fatal({ err }, 'worker failed to start')
  process.exit(1)
})
