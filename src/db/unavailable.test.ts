import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './unavailable'

describe('isDatabaseUnavailable', () => {
  it('recognises pool acquire timeouts, server timeouts and connection failures, also wrapped', () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    // Payload wraps the acquire timeout when it cannot begin a transaction
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailable({ cause: { code: '57014' } })).toBe(true)
    expect(isDatabaseUnavailable({ cause: { cause: { code: '25P03' } } })).toBe(true)
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', 'ECONNREFUSED', 'ECONNRESET']) expect(isDatabaseUnavailable({ code }), code).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), { code: undefined }))).toBe(true)
  })
  it('leaves client and programming errors alone', () => {
    for (const code of ['22P02', '23505', '23503', '42P01']) expect(isDatabaseUnavailable({ code }), code).toBe(false)
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
    expect(isDatabaseUnavailable('timeout')).toBe(false)
  })
})
