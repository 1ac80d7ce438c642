import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/env.ts'],
    pool: 'forks',
    // 2 cores: one test file per core; each file gets its own database from the template.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
      JOBS_AUTORUN: 'false',
      DISABLE_PAYLOAD_HMR: 'true',
    },
  },
})
