/**
 * Two projects over the same files and settings:
 * - `shared` (most files): a worker process runs file after file (`isolate: false`), so Payload,
 *   drizzle, lexical and the other packages are imported once per worker instead of once per
 *   file (that import was most of the suite's time). Each file still starts clean: its own
 *   database (`startTestServer`), the worker's original environment, and a fresh copy of the
 *   project's own modules (tests/setup/env.ts resets them), so module state never crosses files.
 * - `isolated`: files that change the process itself run in a process of their own: Next (which
 *   patches Node's module loading and fetch), `vi.mock`/`vi.doMock`/`vi.resetModules`, an own
 *   PostgreSQL cluster. Files are sorted here by what they contain, so a new one lands right.
 *
 * Output: only what fails. Console output of passing tests is dropped (`silent: 'passed-only'`),
 * and the application's log lines go to the console in tests (src/lib/logger.ts), so a failing
 * test shows its logs and a passing one shows none.
 */
import fs from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const INCLUDE = ['src/**/*.test.ts', 'tests/**/*.test.ts']

/** What makes a file need a process of its own. */
const NEEDS_OWN_PROCESS = [/\bvi\.(mock|doMock|resetModules)\(/, /from 'next'|import\('next'\)/, /startEmbeddedPostgres\(/]

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => (e.isFile() && e.name.endsWith('.test.ts') ? [path.relative(process.cwd(), path.join(e.parentPath, e.name))] : []))
}

const isolatedFiles = [...testFiles('src'), ...testFiles('tests')].filter((file) => NEEDS_OWN_PROCESS.some((re) => re.test(fs.readFileSync(file, 'utf8'))))

const common = {
  setupFiles: ['tests/setup/env.ts'],
  pool: 'forks' as const,
  // 2 cores: one test file per core; each file gets its own database from the template.
  maxWorkers: 2,
  fileParallelism: true,
  testTimeout: 180_000,
  hookTimeout: 180_000,
  teardownTimeout: 60_000,
  // vi.stubEnv lasts one test
  unstubEnvs: true,
  env: {
    NODE_ENV: 'test' as const,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    JOBS_AUTORUN: 'false',
    DISABLE_PAYLOAD_HMR: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  },
}

export default defineConfig({
  test: {
    // one PostgreSQL and one migrated template for the whole run, shared by both projects
    globalSetup: ['tests/setup/global-setup.ts'],
    silent: 'passed-only',
    // passing tests are not listed one by one unless really slow (the files' lines remain)
    slowTestThreshold: 30_000,
    projects: [
      { test: { ...common, name: 'shared', include: INCLUDE, exclude: isolatedFiles, isolate: false } },
      { test: { ...common, name: 'isolated', include: isolatedFiles.length ? isolatedFiles : ['no-such-file'], isolate: true } },
    ],
  },
})
