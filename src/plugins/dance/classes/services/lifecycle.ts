/**
 * The time-driven moves of the classes part (job `dance-classes-lifecycle`, queue `dance`): a
 * training whose minimum was reached by a payment (the engine confirms the place, not the
 * training) is confirmed; a training that has ended and a class past its end date are completed.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { hasCollection } from '../../../../lib/has-collection'
import { inTransaction, rows, sql } from '../../../../db/transaction'
import { moveTraining, syncTrainingStatus } from './trainings'

export const DANCE_QUEUE = 'dance'

export async function runLifecycle(req: PayloadRequest, now = new Date()): Promise<{ confirmed: number; completed: number }> {
  const out = { confirmed: 0, completed: 0 }
  const at = now.toISOString()
  if (hasCollection(req.payload, 'booking-registrations')) {
    const reached = await rows<{ id: number }>(
      req,
      sql`SELECT t.id FROM trainings t
           WHERE t.status = 'pending' AND t.starts_at > ${at}
             AND (SELECT count(*) FROM booking_registrations r WHERE r.resource_collection = 'trainings' AND r.resource_id = t.id AND r.status IN ('confirmed', 'checked_in')) >= t.min_participants
           ORDER BY t.id LIMIT 100`,
    )
    for (const { id } of reached) if ((await syncTrainingStatus(req, Number(id), now)) === 'confirmed') out.confirmed++
  }
  const ended = await rows<{ id: number }>(req, sql`SELECT id FROM trainings WHERE status = 'confirmed' AND coalesce(ends_at, starts_at + interval '1 day') <= ${at} ORDER BY id LIMIT 100`)
  for (const { id } of ended) {
    await inTransaction(req, () => moveTraining(req, Number(id), 'completed'))
    out.completed++
  }
  const over = await rows<{ id: number }>(req, sql`SELECT id FROM dance_classes WHERE status = 'published' AND end_date IS NOT NULL AND end_date + interval '1 day' <= ${at} ORDER BY id LIMIT 100`)
  for (const { id } of over) {
    await inTransaction(req, async () => {
      const context = req.context
      req.context = { ...context, danceSystem: true }
      try {
        await req.payload.update({ collection: 'dance-classes', id: Number(id), data: { status: 'completed' }, overrideAccess: true, depth: 0, req })
      } finally {
        req.context = context
      }
    })
    out.completed++
  }
  return out
}

export const lifecycleTask: TaskConfig = {
  slug: 'dance-classes-lifecycle',
  label: 'Confirm trainings whose minimum was reached by payment; complete ended trainings and classes',
  inputSchema: [],
  outputSchema: [{ name: 'confirmed', type: 'number' }, { name: 'completed', type: 'number' }],
  schedule: [{ cron: process.env.DANCE_LIFECYCLE_CRON ?? '45 */5 * * * *', queue: DANCE_QUEUE }],
  handler: async ({ req }) => ({ output: await runLifecycle(req) }),
}
