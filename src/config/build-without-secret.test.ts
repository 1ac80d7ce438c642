/**
 * `npm run build` (and the Dockerfile's build stage) needs no PAYLOAD_SECRET: a secret is needed to
 * run, not to compile. The build-time config is imported here the way `next build` imports it
 * (NODE_ENV=production, no secret, no database) in a clean child process.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

import { assertPayloadSecret, UNSET_SECRET_PLACEHOLDER } from './payload-secret'

const run = (env: Record<string, string | undefined>) => {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['PAYLOAD_SECRET', 'DATABASE_URL', 'PUBLIC_URL', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'].includes(k)),
  )
  return spawnSync(process.execPath, ['--import', 'tsx', path.resolve('tests/fixtures/import-build-config.ts')], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  })
}

describe('build-time config', () => {
  it('imports without PAYLOAD_SECRET or a database in a production build, and the placeholder secret cannot start a server', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vibe-build-'))
    try {
      // no .env either: a developer's local secret must not hide a build that needs one
      const r = run({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build', DATA_DIR: dataDir, DOTENV_CONFIG_PATH: path.join(dataDir, 'none.env') })
      expect(r.status, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout.trim().split('\n').at(-1) as string)
      expect(out.collections).toBeGreaterThan(10)
      expect(out.secret).toBe(UNSET_SECRET_PLACEHOLDER)
      expect(out.nextConfig).toBe('object')
      // nothing was generated or written for the build
      expect(fs.readdirSync(dataDir)).toEqual([])
      // the server refuses to start on what the build got
      vi.stubEnv('NODE_ENV', 'production')
      try {
        expect(() => assertPayloadSecret(out.secret)).toThrow(/PAYLOAD_SECRET is (not set|a published default)/)
      } finally {
        vi.unstubAllEnvs()
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
