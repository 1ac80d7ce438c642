/**
 * Applies the committed migrations to the template database (TEMPLATE_DATABASE_URL). Run by the
 * global setup in a child process under tsx: loading Payload and every plugin through vitest's
 * module runner inside the global setup sometimes never settled (no handle left, no error).
 */
import { buildVibeConfig } from '../../src/config/build-config'
import { bootPayload, closePayload } from '../../src/runtime/boot'

const url = process.env.TEMPLATE_DATABASE_URL
if (!url) throw new Error('TEMPLATE_DATABASE_URL is not set')
const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: url }), seed: false, key: 'template' })
await closePayload(payload)
process.exit(0)
