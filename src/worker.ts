/**
 * Dedicated jobs worker for production: one process per queue set, no HTTP. Run the web
 * processes with JOBS_AUTORUN=false and this with `npm run worker`.
 */
import { ensurePayloadSecret } from './config/payload-secret'
import { env } from './lib/env'
import { logger } from './lib/logger'
import { bootPayload, closePayload } from './runtime/boot'
import { resolveDatabase } from './runtime/database'

async function main() {
  // before anything else: refuse a missing or published secret outside development, or settle the generated one
  ensurePayloadSecret()
  const db = await resolveDatabase()
  process.env.DATABASE_URL = db.url
  process.env.JOBS_AUTORUN = 'true'
  const { default: config } = await import('./payload.config')
  const payload = await bootPayload({ config, seed: false, cron: true })
  logger.info({ cron: env.str('JOBS_CRON', '*/5 * * * * *') }, 'jobs worker running')
  const stop = async () => {
    await closePayload(payload)
    await db.embedded?.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
}

main().catch((err) => {
  logger.fatal({ err }, 'worker failed to start')
  process.exit(1)
})
