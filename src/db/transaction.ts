/**
 * Raw SQL on Payload's request-scoped transaction, for the few statements Payload's API cannot
 * express atomically (conditional updates, upserts, row locks, advisory locks), and a wrapper
 * that runs service code in one transaction. Every plugin uses these; none keeps its own copy.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

export { sql }

export type SQL = ReturnType<typeof sql>

export type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/** The drizzle handle of the request's transaction, or the pool when the request has none. */
export async function txDb(req: PayloadRequest): Promise<Executor> {
  const db = req.payload.db as unknown as { drizzle: Executor; sessions?: Record<string, { db: Executor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}

/** Runs `query` on the request's transaction (or the pool) and returns its rows. */
export async function rows<T = Record<string, unknown>>(req: PayloadRequest, query: SQL): Promise<T[]> {
  const result = await (await txDb(req)).execute(query)
  return result.rows as T[]
}

/**
 * Runs `fn` in the request's transaction, starting one if the caller had none; commits or rolls
 * back only what it started, so nested service calls share one transaction.
 */
export async function inTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await fn()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
