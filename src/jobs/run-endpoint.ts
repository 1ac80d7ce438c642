/**
 * GET /api/payload-jobs/run — Payload's endpoint for running jobs from an HTTP cron, routed
 * through `payload.jobs` (lease claims and locked scheduling, see runner.ts) instead of Payload's
 * internal runner, which is unsafe with several runners. Admins only (`jobs.access.run`).
 *
 *   curl -H "Authorization: users API-Key $KEY" 'http://localhost:3000/api/payload-jobs/run?queue=payments&limit=20'
 */
import type { PayloadHandler } from 'payload'

import { z } from 'zod'

import { userIsAdmin } from '../access'
import { outsideRequestScope } from '../db/request-transaction'
import { badRequest, forbidden, json, requireUser } from '../endpoints/http'

const query = z.object({
  queue: z.string().max(100).optional(),
  allQueues: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  disableScheduling: z.enum(['true', 'false']).optional(),
  silent: z.enum(['true', 'false']).optional(),
})

export const runJobsHandler: PayloadHandler = async (req) => {
  if (!userIsAdmin(requireUser(req))) throw forbidden('Only admins can run jobs.')
  const parsed = query.safeParse(req.query ?? {})
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; '))
  const { queue, limit } = parsed.data
  const allQueues = parsed.data.allQueues === 'true'
  // the jobs open their own transactions: they are not part of this request's
  const result = await outsideRequestScope(async () => {
    if (parsed.data.disableScheduling !== 'true' && req.payload.config.jobs.scheduling) await req.payload.jobs.handleSchedules({ allQueues, queue })
    return req.payload.jobs.run({ queue, allQueues, limit, silent: parsed.data.silent === 'true', overrideAccess: true })
  })
  return json({ message: 'Jobs ran.', noJobsRemaining: Boolean(result.noJobsRemaining), remainingJobsFromQueried: result.remainingJobsFromQueried ?? 0 })
}
