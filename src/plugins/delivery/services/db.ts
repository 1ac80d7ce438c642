/** Raw SQL in the request's transaction (when there is one), and a transaction wrapper for services. */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

type SQL = ReturnType<typeof sql>

type Executor = { execute: (q: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

export async function executor(req: PayloadRequest): Promise<Executor> {
  const db = req.payload.db as unknown as { drizzle: Executor; sessions: Record<string, { db: Executor }> }
  const id = await req.transactionID
  return (id !== undefined && db.sessions[String(id)]?.db) || db.drizzle
}

export async function rows<T = Record<string, unknown>>(req: PayloadRequest, query: SQL): Promise<T[]> {
  const result = await (await executor(req)).execute(query)
  return result.rows as T[]
}

/** Runs `fn` in one transaction (reusing the request's if it already has one). */
export async function inTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await fn()
    if (started) await commitTransaction(req)
    return result
  } catch (err) {
    if (started) await killTransaction(req)
    throw err
  }
}
