/** Transaction and row-lock helpers over Payload's request-scoped transaction. */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

/** Runs `fn` in the request's transaction (starting one if there is none, committing only what it started). */
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

/** The drizzle handle bound to the request's transaction (or the pool outside one). */
export async function txDb(req: PayloadRequest): Promise<{ execute: (q: unknown) => Promise<{ rows: any[] }> }> {
  const id = req.transactionID ? await req.transactionID : undefined
  const db = req.payload.db as unknown as { drizzle: any; sessions: Record<string, { db: any }> }
  return id && db.sessions[String(id)] ? db.sessions[String(id)].db : db.drizzle
}

/** `SELECT … FOR UPDATE` on one row: serialises every writer of that payment / event until commit. */
export async function lockRow(req: PayloadRequest, table: 'payment_events' | 'payments', id: number | string): Promise<boolean> {
  const db = await txDb(req)
  const res = await db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`)
  return res.rows.length > 0
}
