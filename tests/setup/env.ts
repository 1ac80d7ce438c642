/**
 * Runs before every test file. Files of the `shared` project run one after another in the same
 * worker process (see vitest.config.ts), so each file starts clean here:
 * - the environment its worker started with, whatever the previous file set;
 * - a fresh copy of the project's own modules (their module-level state and the config objects
 *   Payload mutates while sanitizing); packages (payload, drizzle, lexical…) stay loaded: they
 *   were most of each file's start-up time;
 * - folders of its own for uploads and for generated development keys (DATA_DIR).
 */
import os from 'node:os'
import path from 'node:path'
import { vi } from 'vitest'

const state = globalThis as typeof globalThis & { __vibeTestEnv?: NodeJS.ProcessEnv; __vibeTestFiles?: number }
const pristine = (state.__vibeTestEnv ??= { ...process.env })
for (const key of Object.keys(process.env)) if (!(key in pristine)) delete process.env[key]
Object.assign(process.env, pristine)

vi.resetModules()

state.__vibeTestFiles = (state.__vibeTestFiles ?? 0) + 1
if (!pristine.MEDIA_DIR) process.env.MEDIA_DIR = path.join(os.tmpdir(), `vibe-media-${process.pid}-${state.__vibeTestFiles}`)
// generated development keys (Open Badges, social tokens) never land in the checkout's .data
if (!pristine.DATA_DIR) process.env.DATA_DIR = path.join(os.tmpdir(), `vibe-data-${process.pid}-${state.__vibeTestFiles}`)

// Node's warnings (deprecations, listener leaks) go through the console too: shown with the test
// that caused them when it fails, not in the middle of a passing run.
if (!(state as { __vibeWarnings?: boolean }).__vibeWarnings) {
  ;(state as { __vibeWarnings?: boolean }).__vibeWarnings = true
  process.removeAllListeners('warning')
  process.on('warning', (warning) => console.warn(`${warning.name}: ${warning.message}`))
}
