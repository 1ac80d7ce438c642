import { describe, expect, it } from 'vitest'

import { mapDatabaseErrors, sqlState } from './map-database-errors'

describe('mapDatabaseErrors', () => {
  it('finds the SQLSTATE through wrapped causes', () => {
    expect(sqlState({ cause: { cause: { code: '22P02' } } })).toBe('22P02')
    expect(sqlState(new Error('x'))).toBeUndefined()
    expect(sqlState({ code: 'ECONNRESET' })).toBeUndefined()
  })
  it('maps client-caused errors to 4xx and leaves the rest alone', () => {
    const args = (error: unknown) => ({ error: error as Error, req: {} as never, context: {} })
    expect(mapDatabaseErrors(args({ cause: { code: '22P02' } }))).toMatchObject({ status: 400 })
    expect(mapDatabaseErrors(args({ cause: { code: '23505' } }))).toMatchObject({ status: 409 })
    expect(mapDatabaseErrors(args({ cause: { code: '42P01' } }))).toBeUndefined()
  })
  it('answers 503 with Retry-After when the database cannot serve (pool exhausted, timeouts)', () => {
    const req = {} as { responseHeaders?: Headers }
    const result = mapDatabaseErrors({ error: new Error('cannot begin transaction: timeout exceeded when trying to connect'), req: req as never, context: {} })
    expect(result).toMatchObject({ status: 503 })
    expect(req.responseHeaders?.get('Retry-After')).toMatch(/^\d+$/)
    expect(mapDatabaseErrors({ error: { cause: { code: '57014' } } as never, req: {} as never, context: {} })).toMatchObject({ status: 503 })
  })
  it('maps an unreachable database to 503', () => {
    const args = (error: unknown) => ({ error: error as Error, req: {} as never, context: {} })
    expect(mapDatabaseErrors(args({ cause: { code: '57P01' } }))).toMatchObject({ status: 503 })
    expect(mapDatabaseErrors(args(new Error('Connection terminated unexpectedly')))).toMatchObject({ status: 503 })
  })
})
