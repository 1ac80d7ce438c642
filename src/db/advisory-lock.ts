/**
 * Runs `fn` while holding a Postgres session advisory lock on a connection of its own, so that
 * several processes starting together do one-time work (migrations, the first seed) one after the
 * other: the first does it, the next ones wait, then find it done.
 */
import type { Payload } from 'payload'

type Client = { query: (text: string, values?: unknown[]) => Promise<unknown>; release: (err?: boolean | Error) => void }

export async function withAdvisoryLock<T>(payload: Payload, key: number, fn: () => Promise<T>): Promise<T> {
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<Client> } }).pool
  if (!pool) return fn()
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key])
    try {
      return await fn()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((err: Error) => (broken = err))
    }
  } catch (err) {
    broken = err as Error
    throw err
  } finally {
    // a connection whose unlock failed is closed (which frees the lock), not handed back
    client.release(broken ?? undefined)
  }
}
