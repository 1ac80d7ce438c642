/** Jobs of the ai-images queue: one generation per request (idempotent), the daily cleanup. */
import type { TaskConfig } from 'payload'

import { env } from '../../../lib/env'
import { AI_IMAGES_QUEUE, CLEANUP_TASK, GENERATE_TASK } from '../constants'
import { cleanupImages } from '../services/cleanup'
import { runGeneration } from '../services/generate'

export const generateTask: TaskConfig = {
  slug: GENERATE_TASK,
  label: 'Generate the images of a request',
  inputSchema: [{ name: 'imageId', type: 'number', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  // provider retries happen inside the task (backoff on 429/5xx); a crash before the claim is retried here
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => ({ output: { result: await runGeneration(req, (input as { imageId: number }).imageId) } }),
}

export const cleanupTask: TaskConfig = {
  slug: CLEANUP_TASK,
  label: 'Delete old rejected and failed AI images with their files',
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'interrupted', type: 'number' },
  ],
  retries: 0,
  schedule: [{ cron: env.str('AI_IMAGES_CLEANUP_CRON', '0 30 3 * * *') as string, queue: AI_IMAGES_QUEUE }],
  handler: async ({ req }) => {
    const report = await cleanupImages(req)
    return { output: { deleted: report.deleted, interrupted: report.interrupted } }
  },
}
