/** Jobs: apply one stored provider event; reconcile (scheduled every minute). Both are idempotent. */
import type { TaskConfig } from 'payload'

import { env } from '../../../lib/env'
import { APPLY_EVENT_TASK, applyEvent, PAYMENTS_QUEUE } from '../services/inbox'
import { reconcilePayments } from '../services/reconcile'

export const RECONCILE_TASK = 'payments-reconcile'

export const applyEventTask: TaskConfig = {
  slug: APPLY_EVENT_TASK,
  label: 'Apply a payment provider event',
  inputSchema: [{ name: 'eventId', type: 'number', required: true }],
  outputSchema: [
    { name: 'result', type: 'text' },
    { name: 'message', type: 'text' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { result, message } = await applyEvent(req, (input as { eventId: number }).eventId)
    return { output: { result, message } }
  },
}

export const reconcileTask: TaskConfig = {
  slug: RECONCILE_TASK,
  label: 'Reconcile open payments and stranded provider events',
  outputSchema: [{ name: 'report', type: 'json' }],
  retries: 0,
  schedule: [{ cron: env.str('PAYMENTS_RECONCILE_CRON', '0 * * * * *') as string, queue: PAYMENTS_QUEUE }],
  handler: async ({ req }) => ({ output: { report: await reconcilePayments(req) } }),
}
