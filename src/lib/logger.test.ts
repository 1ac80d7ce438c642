import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'

import { createLogger, isRoutineMessage, logFormat } from './logger'

function sink() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  return { stream, lines }
}

describe('logger', () => {
  it('is pretty on a terminal and JSON otherwise; LOG_FORMAT decides when set', () => {
    expect(logFormat(undefined, true, false)).toBe('pretty')
    expect(logFormat(undefined, false, false)).toBe('json')
    expect(logFormat('json', true, false)).toBe('json')
    expect(logFormat('pretty', false, false)).toBe('pretty')
    // tests keep JSON: their output is read by machines
    expect(logFormat(undefined, true, true)).toBe('json')
  })

  it("keeps Payload's per-tick \"Running N jobs.\" out of info, and at debug", () => {
    expect(isRoutineMessage([{ msg: 'Running 1 jobs.', new: 1, retrying: 0 }])).toBe(true)
    expect(isRoutineMessage(['Running 12 jobs.'])).toBe(true)
    expect(isRoutineMessage([{ msg: 'Running 1 jobs failed' }])).toBe(false)
    const info = sink()
    const atInfo = createLogger('json', info.stream, 'info')
    atInfo.info({ msg: 'Running 1 jobs.', new: 1, retrying: 0 })
    atInfo.info('server started')
    expect(info.lines.map((l) => JSON.parse(l).msg)).toEqual(['server started'])
    const debug = sink()
    createLogger('json', debug.stream, 'debug').info({ msg: 'Running 3 jobs.', new: 3, retrying: 0 })
    expect(debug.lines.map((l) => JSON.parse(l))).toMatchObject([{ msg: 'Running 3 jobs.', level: 20 }])
  })

  it('writes readable lines in pretty mode, with secrets still redacted', async () => {
    const out = sink()
    const log = createLogger('pretty', out.stream, 'info')
    log.info({ user: { password: 'hunter2-hunter2' } }, 'GET /api/users 200 3 ms')
    await new Promise((r) => setImmediate(r))
    const text = out.lines.join('\n')
    expect(text).toContain('INFO')
    expect(text).toContain('GET /api/users 200 3 ms')
    expect(text).not.toContain('hunter2')
    expect(() => JSON.parse(out.lines[0])).toThrow()
  })
})
