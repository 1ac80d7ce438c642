/** The request-transaction guard on a fake adapter: which calls join the transaction, which are reported. */
import type { Payload } from 'payload'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { guardMode, guardRequestTransactions, requestScope, SecondConnectionError } from './request-transaction'

afterEach(() => vi.unstubAllEnvs())

function fakePayload() {
  const seen: { name: string; args: Record<string, unknown> }[] = []
  const sessions: Record<string, unknown> = {}
  let next = 0
  const op = (name: string) => async (args: Record<string, unknown>) => void seen.push({ name, args })
  const db = {
    sessions,
    beginTransaction: async () => {
      const id = `tx${++next}`
      sessions[id] = {}
      return id
    },
    commitTransaction: async (id: string) => void delete sessions[id],
    rollbackTransaction: async (id: string) => void delete sessions[id],
    find: op('find'),
    findOne: op('findOne'),
    updateOne: op('updateOne'),
    pool: { connect: async () => ({}), query: async () => ({ rows: [] }) },
  }
  return { payload: { db } as unknown as Payload, db, seen }
}

describe('guardRequestTransactions', () => {
  it('runs reads made without req on the transaction the request holds, never writes', async () => {
    const { payload, db, seen } = fakePayload()
    guardRequestTransactions(payload, 'throw')
    await requestScope(async () => {
      await db.find({ collection: 'before' })
      const id = await db.beginTransaction()
      await db.find({ collection: 'payload-locked-documents' })
      await db.findOne({ collection: 'users', req: { transactionID: 'own' } })
      await db.updateOne({ collection: 'users' })
      await db.commitTransaction(id)
      await db.find({ collection: 'after' })
    })
    expect(seen.map((s) => [s.name, s.args.collection, (s.args.req as { transactionID?: string } | undefined)?.transactionID])).toEqual([
      ['find', 'before', undefined],
      ['find', 'payload-locked-documents', 'tx1'],
      ['findOne', 'users', 'own'],
      ['updateOne', 'users', undefined],
      ['find', 'after', undefined],
    ])
  })

  it('reports a second pool connection taken while the request holds a transaction, only then', async () => {
    const { payload, db } = fakePayload()
    guardRequestTransactions(payload, 'throw')
    await requestScope(async () => {
      await db.pool.query()
      const id = await db.beginTransaction()
      expect(() => db.pool.query()).toThrow(SecondConnectionError)
      expect(() => db.pool.connect()).toThrow(SecondConnectionError)
      await db.rollbackTransaction(id)
      await db.pool.connect()
    })
    // outside any request (jobs, scripts) nothing is checked
    await db.beginTransaction()
    await db.pool.query()
  })

  it('keeps concurrent requests apart', async () => {
    const { payload, db } = fakePayload()
    guardRequestTransactions(payload, 'throw')
    let release: () => void = () => undefined
    const holding = requestScope(async () => {
      await db.beginTransaction()
      await new Promise<void>((resolve) => (release = resolve))
    })
    await requestScope(async () => {
      await db.pool.query() // another request's transaction is not this one's
    })
    release()
    await holding
  })
})

describe('guardMode', () => {
  it('defaults to warn; off and throw are test aids refused in production', () => {
    expect(guardMode()).toBe('warn')
    vi.stubEnv('DATABASE_TX_GUARD', 'throw')
    expect(guardMode()).toBe('throw')
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => guardMode()).toThrow(/refused in production/)
    vi.stubEnv('DATABASE_TX_GUARD', 'off')
    expect(() => guardMode()).toThrow(/refused in production/)
    vi.stubEnv('DATABASE_TX_GUARD', 'sometimes')
    expect(() => guardMode()).toThrow(/must be off, warn or throw/)
  })
})
