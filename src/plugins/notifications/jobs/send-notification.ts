import type { TaskConfig } from 'payload'

import { env } from '../../../lib/env'
import { SEND_TASK } from '../constants'
import { deliver, MAX_ATTEMPTS } from '../services/deliver'

/**
 * Sends one delivery (e-mail, push or SMS). Temporary provider failures throw, and Payload retries
 * with exponential backoff (NOTIFICATIONS_RETRY_DELAY_MS, default 30 s, doubling).
 */
export const sendNotificationTask: TaskConfig<{ input: { deliveryId: number | string }; output: { status: string } }> = {
  slug: SEND_TASK,
  label: 'Send a notification',
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: MAX_ATTEMPTS - 1, backoff: { type: 'exponential', delay: env.int('NOTIFICATIONS_RETRY_DELAY_MS', 30_000) } },
  handler: async ({ input, req }) => {
    const outcome = await deliver(req.payload, input.deliveryId)
    return { output: { status: outcome.status } }
  },
}
