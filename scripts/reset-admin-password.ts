/**
 * `npm run reset-admin-password [-- email]`: a new password for the seeded admin (SEED_ADMIN_EMAIL,
 * default admin@vibe.local) or the given account, printed once. NEW_PASSWORD sets it instead of a
 * generated one. Uses DATABASE_URL, or the embedded PostgreSQL under .data/ (stop `npm start` first).
 */
import { buildVibeConfig } from '../src/config/build-config'
import { ensurePayloadSecret } from '../src/config/payload-secret'
import { closePayload, bootPayload } from '../src/runtime/boot'
import { resolveDatabase } from '../src/runtime/database'
import { adminEmail, resetPassword } from '../src/seed/reset-password'

ensurePayloadSecret()
const db = await resolveDatabase()
process.env.DATABASE_URL = db.url
const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), seed: false })
const email = process.argv[2] ?? adminEmail()
let code = 0
try {
  const password = await resetPassword(payload, email, process.env.NEW_PASSWORD || undefined)
  process.stdout.write(`\nNew password for ${email}: ${process.env.NEW_PASSWORD ? '(NEW_PASSWORD)' : password}\n\n`)
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`)
  code = 1
}
await closePayload(payload)
await db.embedded?.stop()
process.exit(code)
