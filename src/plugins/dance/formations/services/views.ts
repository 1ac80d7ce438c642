/**
 * One view counter per Payload instance (services/view-counter.ts): started with the instance,
 * flushed every FORMATION_VIEWS_FLUSH_MS (default 10 s) and when the instance closes.
 */
import type { Payload, PayloadRequest } from 'payload'

import { outsideRequestScope } from '../../../../db/request-transaction'
import { rows, sql } from '../../../../db/transaction'
import { notFound } from '../../../../endpoints/http'
import { env } from '../../../../lib/env'
import { logger } from '../../../../lib/logger'
import { onClose } from '../../../../runtime/closers'
import { ViewCounter } from './view-counter'

const counters = new WeakMap<Payload, ViewCounter>()

type Drizzle = { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }

/** The instance's counter, created (with its timer and its closer) on first use. */
export function viewCounter(payload: Payload): ViewCounter {
  let counter = counters.get(payload)
  if (counter) return counter
  const db = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle
  counter = new ViewCounter(async (id, n) => {
    try {
      await db().execute(sql`UPDATE formations SET views = coalesce(views, 0) + ${n} WHERE id = ${id}`)
    } catch (error) {
      logger.warn({ err: error, formation: id, views: n }, 'formation views: flush failed, kept for the next one')
      throw error
    }
  })
  counters.set(payload, counter)
  const created = counter
  // the timer is not part of the request that happened to create the counter
  outsideRequestScope(() => created.start(env.int('FORMATION_VIEWS_FLUSH_MS', 10_000)))
  onClose(payload, () => created.stop())
  return counter
}

/** Writes the pending views now (tests; the timer and shutdown do it otherwise). */
export const flushFormationViews = (payload: Payload): Promise<void> => outsideRequestScope(() => viewCounter(payload).flush())

/** Counts a view of a published formation: a read to check it, no write (the flush writes). */
export async function countView(req: PayloadRequest, id: number): Promise<void> {
  const [row] = await rows(req, sql`SELECT 1 FROM formations WHERE id = ${id} AND _status = 'published'`)
  if (!row) throw notFound('Formation not found.')
  viewCounter(req.payload).add(id)
}
