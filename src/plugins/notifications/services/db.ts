/** Raw SQL in the request's transaction (Payload's drizzle session), and a transaction wrapper. */
import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

type Execute = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/** The drizzle handle of the request's transaction, or the pool when there is none. */
export async function txDb(req: PayloadRequest): Promise<Execute> {
  const db = req.payload.db as unknown as { drizzle: Execute; sessions?: Record<string, { db: Execute }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}

/** Runs `fn` in the request's transaction, starting (and committing) one if the caller had none. */
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
