/**
 * Runs Payload's CLI (migrate, migrate:create, generate:types, jobs:run, …) against the same
 * database `npm start` uses: DATABASE_URL, or the embedded PostgreSQL under .data/.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { resolveDatabase } from '../src/runtime/database'

const args = process.argv.slice(2)
const needsDatabase = !/^generate:(types|importmap)$/.test(args[0] ?? '')

const db = needsDatabase ? await resolveDatabase() : { url: 'postgres://unused@127.0.0.1:1/unused', embedded: undefined }

const child = spawn(process.execPath, [path.resolve('node_modules/payload/bin.js'), ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_CONFIG_PATH: path.resolve('src/payload.config.ts'),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
  },
})
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await db.embedded?.stop()
process.exit(code)
