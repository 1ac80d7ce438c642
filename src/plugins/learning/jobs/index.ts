/** Background jobs of the learning plugin (queue `learning`). Both are idempotent. */
import type { TaskConfig } from 'payload'

import { evaluateBadges, resetBrokenStreaks } from '../services/gamification'
import { rows, sql } from '../../../db/transaction'

export const LEARNING_QUEUE = 'learning'

/**
 * Resets broken daily streaks. It runs every hour rather than once at midnight UTC, so that every
 * learner's own midnight (their time zone) is followed by a run; a streak is reset only once a
 * whole local day passed without activity.
 */
export const resetStreaksTask: TaskConfig = {
  slug: 'learning-reset-streaks',
  label: 'Reset broken learning streaks',
  schedule: [{ cron: '0 7 * * * *', queue: LEARNING_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'reset', type: 'number' }],
  handler: async ({ req }) => ({ output: { reset: await resetBrokenStreaks(req) } }),
}

/** Evaluates badges for every learner (queued when an admin creates or changes a badge). */
export const evaluateBadgesTask: TaskConfig = {
  slug: 'learning-evaluate-badges',
  label: 'Award badges to learners who meet their criteria',
  retries: 2,
  inputSchema: [{ name: 'badge', type: 'number' }],
  outputSchema: [{ name: 'granted', type: 'number' }],
  handler: async ({ input, req }) => {
    const learners = await rows<{ user_id: number }>(req, sql`SELECT DISTINCT user_id FROM xp_events`)
    let granted = 0
    for (const l of learners) granted += await evaluateBadges(req, l.user_id, (input as { badge?: number })?.badge ?? undefined)
    return { output: { granted } }
  },
}
