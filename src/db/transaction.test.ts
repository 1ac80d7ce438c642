/** The shared transaction helpers against a real database: commit, rollback, nesting, raw SQL. */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildVibeConfig } from '../config/build-config'
import { bootPayload, closePayload } from '../runtime/boot'
import { createTestDatabase, dropTestDatabase } from '../../tests/helpers/server'
import { inTransaction, rows, sql } from './transaction'

let payload: Payload
let dbName: string

beforeAll(async () => {
  const db = await createTestDatabase()
  dbName = db.name
  payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), migrate: false, seed: false, key: 'db-transaction' })
})
afterAll(async () => {
  if (payload) await closePayload(payload)
  if (dbName) await dropTestDatabase(dbName)
})

const countUsers = async (email: string) => (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

const createIn = (req: Awaited<ReturnType<typeof createLocalReq>>, email: string) =>
  payload.create({ collection: 'users', data: { email, password: 'transaction-pass-1', roles: ['participant'] }, req })

describe('inTransaction', () => {
  it('commits what it started', async () => {
    const req = await createLocalReq({}, payload)
    await inTransaction(req, () => createIn(req, 'commit@tx.test'))
    expect(await countUsers('commit@tx.test')).toBe(1)
  })

  it('rolls back everything written inside when the function throws', async () => {
    const req = await createLocalReq({}, payload)
    await expect(
      inTransaction(req, async () => {
        await createIn(req, 'rollback@tx.test')
        await rows(req, sql`UPDATE users SET first_name = 'changed' WHERE email = 'rollback@tx.test'`)
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await countUsers('rollback@tx.test')).toBe(0)
  })

  it('nests: the inner call joins the outer transaction and an outer failure undoes both', async () => {
    const req = await createLocalReq({}, payload)
    await expect(
      inTransaction(req, async () => {
        await inTransaction(req, () => createIn(req, 'inner@tx.test'))
        // still uncommitted: another connection does not see it yet
        expect(await countUsers('inner@tx.test')).toBe(0)
        throw new Error('outer failed')
      }),
    ).rejects.toThrow('outer failed')
    expect(await countUsers('inner@tx.test')).toBe(0)
  })

  it('raw SQL sees the uncommitted rows of its own transaction', async () => {
    const req = await createLocalReq({}, payload)
    const seen = await inTransaction(req, async () => {
      await createIn(req, 'visible@tx.test')
      return rows<{ n: number }>(req, sql`SELECT count(*)::int AS n FROM users WHERE email = 'visible@tx.test'`)
    })
    expect(seen[0].n).toBe(1)
    // outside any transaction it runs on the pool
    const outside = await rows<{ n: number }>(await createLocalReq({}, payload), sql`SELECT 1 AS n`)
    expect(outside[0].n).toBe(1)
  })
})
