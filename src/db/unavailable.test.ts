import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './unavailable'

describe('isDatabaseUnavailable', () => {
  it('recognises a lost or refused connection, also wrapped by drizzle / Payload', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to unexpected postmaster exit'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable({ code: '57P02' })).toBe(true)
    expect(isDatabaseUnavailable({ code: '57P03' })).toBe(true)
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true)
    expect(isDatabaseUnavailable({ code: '57014' })).toBe(true)
    expect(isDatabaseUnavailable({ code: '25P03' })).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true)
  })
  it('leaves query and input errors alone', () => {
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false)
    expect(isDatabaseUnavailable({ code: '22P02', cause: { code: '42P01' } })).toBe(false)
    expect(isDatabaseUnavailable({ code: '53300' })).toBe(true) // too_many_connections: a busy server, retry
    expect(isDatabaseUnavailable(new Error('Something went wrong.'))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false)
  })
})
