/** Jobs on the `social` queue: publish due posts (every minute), sync analytics (hourly), check tokens (hourly), run recurring schedules (every 5 minutes). All idempotent. */
import type { TaskConfig } from 'payload'

import { env } from '../../../lib/env'
import { CHECK_TOKENS_TASK, PUBLISH_TASK, RUN_SCHEDULES_TASK, SOCIAL_QUEUE, SYNC_ANALYTICS_TASK } from '../constants'
import { checkExpiringTokens } from '../services/accounts'
import { syncRecentAnalytics } from '../services/analytics'
import { runPublishing } from '../services/publishing'
import { runPostingSchedules } from '../services/schedules'

const every = (name: string, cron: string) => [{ cron: env.str(name, cron) as string, queue: SOCIAL_QUEUE }]

export const socialTasks: TaskConfig[] = [
  {
    slug: PUBLISH_TASK,
    label: 'Publish the social posts that are due',
    outputSchema: [{ name: 'report', type: 'json' }],
    retries: 0,
    schedule: every('SOCIAL_PUBLISH_CRON', '0 * * * * *'),
    // the service commits each step itself (never in the job's transaction): see services/publishing.ts
    handler: async ({ req }) => ({ output: { report: await runPublishing(req.payload) } }),
  },
  {
    slug: RUN_SCHEDULES_TASK,
    label: 'Create the posts of recurring schedules',
    outputSchema: [{ name: 'made', type: 'number' }],
    retries: 0,
    schedule: every('SOCIAL_SCHEDULES_CRON', '0 */5 * * * *'),
    handler: async ({ req }) => ({ output: { made: await runPostingSchedules(req.payload) } }),
  },
  {
    slug: SYNC_ANALYTICS_TASK,
    label: 'Sync the analytics of published social posts',
    outputSchema: [{ name: 'readings', type: 'number' }],
    retries: 0,
    schedule: every('SOCIAL_ANALYTICS_CRON', '0 15 * * * *'),
    handler: async ({ req }) => ({ output: { readings: await syncRecentAnalytics(req.payload, env.int('SOCIAL_ANALYTICS_DAYS', 30) as number) } }),
  },
  {
    slug: CHECK_TOKENS_TASK,
    label: 'Mark social accounts whose token is about to expire',
    outputSchema: [{ name: 'marked', type: 'number' }],
    retries: 0,
    schedule: every('SOCIAL_TOKENS_CRON', '0 30 * * * *'),
    handler: async ({ req }) => ({ output: { marked: await checkExpiringTokens(req.payload) } }),
  },
]
