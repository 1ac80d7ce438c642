/** Raw SQL for the few statements that must be atomic (conditional updates, upserts). */
import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

export { sql }

type Executor = { execute: (q: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/** Runs on the request's transaction when it has one, else on the pool. */
export async function rows<T = Record<string, any>>(req: PayloadRequest, query: SQL): Promise<T[]> {
  const db = req.payload.db as unknown as { drizzle: Executor; sessions?: Record<string, { db: Executor }> }
  const tid = req.transactionID ? await req.transactionID : undefined
  const exec = (tid && db.sessions?.[String(tid)]?.db) || db.drizzle
  const res = await exec.execute(query)
  return res.rows as T[]
}

export const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)
