/**
 * Tells every cache of anonymous answers that data changed. Within the process the listeners
 * are called at once; other processes (more web servers, the jobs worker's writes) hear it
 * through Postgres `NOTIFY`, which is sent on the writer's transaction and so delivered only
 * once that transaction has committed.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql, txDb } from '../db/transaction'

export const INVALIDATION_CHANNEL = 'vibe_public_cache'

/** Internal bookkeeping that no public answer shows (Payload's own `payload-*` collections and
 * globals, the audit log): never cached, and their writes (jobs run every few seconds) do not
 * empty the cache. */
export const isInternal = (slug: string): boolean => slug.startsWith('payload-') || slug === 'audit-log'

const listeners = new WeakMap<Payload, Set<() => void>>()

/** Registers `fn` for this Payload instance's invalidations; returns the unsubscribe function. */
export function onInvalidate(payload: Payload, fn: () => void): () => void {
  let set = listeners.get(payload)
  if (!set) listeners.set(payload, (set = new Set()))
  set.add(fn)
  return () => set.delete(fn)
}

/** Local listeners now; every process (this one included) again when the write commits. */
export async function invalidate(req: PayloadRequest): Promise<void> {
  for (const fn of listeners.get(req.payload) ?? []) fn()
  const db = await txDb(req)
  await db.execute(sql`SELECT pg_notify(${INVALIDATION_CHANNEL}, '')`)
}
