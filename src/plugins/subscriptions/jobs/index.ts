/** The renewal job (queue `subscriptions`, scheduled): idempotent, see services/subscriptions.ts `runRenewals`. */
import type { TaskConfig } from 'payload'

import { settings } from '../services/settings'
import { runRenewals } from '../services/subscriptions'

export const SUBSCRIPTIONS_QUEUE = 'subscriptions'
export const RENEW_TASK = 'subscriptions-renew'

export const renewTask = (): TaskConfig => ({
  slug: RENEW_TASK,
  label: 'Renew subscriptions: request payments, grace, expiry',
  retries: 0,
  schedule: [{ cron: settings().renewalCron, queue: SUBSCRIPTIONS_QUEUE }],
  outputSchema: [{ name: 'report', type: 'json' }],
  handler: async ({ req }) => ({ output: { report: await runRenewals(req) } }),
})
