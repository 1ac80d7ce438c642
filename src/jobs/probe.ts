/**
 * `jobs-probe`: a diagnostic task that does nothing but say where it ran. An operator queues one
 * (admin → Jobs, or `payload.jobs.queue({ task: 'jobs-probe', input: { tag } })`) to check that
 * some worker picks jobs up; the multi-instance test queues many to count how often each runs.
 * It logs `jobs-probe started` and `jobs-probe finished` with the tag, the job id and the process
 * id, and waits `holdMs` (at most one minute) in between.
 */
import type { TaskConfig } from 'payload'

import { logger } from '../lib/logger'

export const PROBE_TASK = 'jobs-probe'
const MAX_HOLD_MS = 60_000

export const probeTask: TaskConfig = {
  slug: PROBE_TASK,
  label: 'Diagnostic: report which process ran this job',
  inputSchema: [
    { name: 'tag', type: 'text', required: true },
    { name: 'holdMs', type: 'number', min: 0, max: MAX_HOLD_MS },
  ],
  outputSchema: [{ name: 'pid', type: 'number' }],
  retries: 0,
  handler: async ({ input, job }) => {
    const { tag, holdMs } = input as { tag: string; holdMs?: number }
    const probe = { tag, jobId: job.id, pid: process.pid }
    logger.info({ probe }, 'jobs-probe started')
    const wait = Math.min(Math.max(Number(holdMs) || 0, 0), MAX_HOLD_MS)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    logger.info({ probe }, 'jobs-probe finished')
    return { output: { pid: process.pid } }
  },
}
