import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const watchdog = path.resolve(__dirname, 'boot-watchdog.ts')

/** A process whose boot awaits a promise that nothing will ever settle, with or without the watchdog. */
function bootThatNeverSettles(guarded: boolean) {
  const script = `
    const { bootWatchdog } = await import(${JSON.stringify(watchdog)})
    const done = ${guarded} ? bootWatchdog('test process', 300) : () => undefined
    await new Promise(() => undefined)
    done()
    console.log('booted')`
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info' },
    timeout: 60_000,
  })
}

describe('bootWatchdog', () => {
  it('control: without it, a boot left waiting with nothing else to do ends the process with code 0 and no word', () => {
    const run = bootThatNeverSettles(false)
    // 13: an unsettled top-level await; 0 when it is a plain async function (the entry points)
    expect([0, 13]).toContain(run.status)
    expect(run.stdout).not.toContain('booted')
    expect(run.stdout).not.toContain('did not finish booting')
  })

  it('keeps the process alive, then ends it with code 1 and says why', () => {
    const run = bootThatNeverSettles(true)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('test process did not finish booting in 300 ms')
  })
})
