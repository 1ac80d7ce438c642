/**
 * Payload's job runner made safe for several runners on one database (web processes with
 * JOBS_AUTORUN, any number of `npm run worker`, tests calling `payload.jobs.run`).
 *
 * `installJobRunner(payload)` replaces three functions of `payload.jobs`, which Payload's own
 * autorun cron calls as well:
 * - `run(args)`: claims jobs with leases (`leases.ts`: FOR UPDATE SKIP LOCKED, one owner per job),
 *   renews the leases while they run, and runs each claimed job with Payload's own `runByID`
 *   (its tasks, retries, backoff, logs and completion are Payload's, unchanged).
 * - `runByID(args)`: the same for one job.
 * - `handleSchedules(args)`: Payload's scheduling (cron `schedule` of tasks) under a transaction
 *   advisory lock, so that concurrent ticks of several processes queue a scheduled job once.
 *   A tick that finds another process scheduling skips (that process does it).
 *
 * Not supported here: `jobs.enableConcurrencyControl` (concurrency keys) — none of the platform's
 * tasks use it; `processingOrder` beyond oldest/newest first.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, Forbidden, initTransaction, killTransaction } from 'payload'

import { rows, sql } from '../db/transaction'
import { logger } from '../lib/logger'
import { claimJobs, leaseMs, releaseLease, renewLeases, RUNNER_ID } from './leases'

type Jobs = Payload['jobs']
type RunArgs = NonNullable<Parameters<Jobs['run']>[0]>
type RunResult = Awaited<Awaited<ReturnType<Jobs['run']>>>
type JobResult = NonNullable<RunResult['jobStatus']>[string]

const INSTALLED = Symbol.for('vibe.jobRunner')
/** Key of the advisory lock taken while scheduling (any constant shared by every process). */
export const SCHEDULING_LOCK = 7_263_001

/** Runs in progress per Payload instance, so that a stopping worker can let them finish. */
const inFlight = new WeakMap<Payload, Set<Promise<unknown>>>()

/**
 * Waits (at most `ms`) for this process's running jobs to finish. A job still running after that
 * is abandoned with its lease: another runner takes it over once the lease expires.
 */
export async function waitForRunningJobs(payload: Payload, ms: number): Promise<boolean> {
  const running = [...(inFlight.get(payload) ?? [])]
  if (running.length === 0) return true
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const done = await Promise.race([Promise.allSettled(running).then(() => true as const), timeout])
  clearTimeout(timer)
  return done
}

const payloadRunners = new WeakMap<Payload, Jobs['run']>()

/** Payload's own `jobs.run`, unsafe with several runners: only for tests that show why (controls). */
export const unsafePayloadRun = (payload: Payload): Jobs['run'] | undefined => payloadRunners.get(payload)

const sortNewestFirst = (order: unknown) => typeof order === 'string' && order.startsWith('-')

async function checkRunAccess(payload: Payload, req: PayloadRequest | undefined, overrideAccess: boolean | undefined): Promise<void> {
  if (overrideAccess !== false) return
  const access = payload.config.jobs?.access?.run
  const request = req ?? (await createLocalReq({}, payload))
  if (access && !(await access({ req: request }))) throw new Forbidden(request.t)
}

/** Ids of the jobs a Payload `where` matches (the claim then applies its own runnable conditions). */
async function idsMatching(payload: Payload, where: Where): Promise<number[]> {
  const found = await payload.db.find({ collection: 'payload-jobs', where, limit: 0, pagination: false, select: { id: true } } as never)
  return (found.docs as { id: number | string }[]).map((d) => Number(d.id))
}

/** Renews the leases of the jobs in `running` every third of the lease until stopped. */
function heartbeat(payload: Payload, running: Set<number>): () => void {
  const lease = leaseMs()
  const timer = setInterval(() => {
    const ids = [...running]
    if (ids.length === 0) return
    renewLeases(payload, ids, RUNNER_ID, lease).then(
      (held) => {
        const lost = ids.filter((id) => running.has(id) && !held.includes(id))
        if (lost.length) logger.warn({ jobs: lost }, 'jobs: lease lost while running (another runner may take these jobs over)')
      },
      (err: unknown) => logger.warn({ err }, 'jobs: could not renew job leases'),
    )
  }, Math.max(100, Math.floor(lease / 3)))
  timer.unref()
  return () => clearInterval(timer)
}

export function installJobRunner(payload: Payload): void {
  const jobs = payload.jobs as Jobs & { [INSTALLED]?: boolean }
  if (jobs[INSTALLED]) return
  const original = { run: jobs.run, runByID: jobs.runByID, handleSchedules: jobs.handleSchedules }
  payloadRunners.set(payload, original.run)

  /** Runs claimed jobs with Payload's runner; every lease is dropped once its job is done. */
  const runClaimed = (ids: number[], args: Pick<RunArgs, 'req' | 'sequential' | 'silent'>): Promise<RunResult> => {
    let set = inFlight.get(payload)
    if (!set) inFlight.set(payload, (set = new Set()))
    const runs = set
    const work = runClaimedNow(ids, args)
    runs.add(work)
    void work.finally(() => runs.delete(work)).catch(() => undefined)
    return work
  }

  const runClaimedNow = async (ids: number[], args: Pick<RunArgs, 'req' | 'sequential' | 'silent'>): Promise<RunResult> => {
    const running = new Set(ids)
    const stop = heartbeat(payload, running)
    const jobStatus: Record<string, JobResult> = {}
    const runOne = async (id: number) => {
      try {
        const result = await original.runByID({ id, req: args.req, silent: args.silent, overrideAccess: true })
        const status = result.jobStatus?.[String(id)]
        if (status) jobStatus[String(id)] = status
      } finally {
        running.delete(id)
        await releaseLease(payload, id).catch((err: unknown) => logger.warn({ err, job: id }, 'jobs: could not release a job lease (it expires by itself)'))
      }
    }
    try {
      if (args.sequential) for (const id of ids) await runOne(id)
      else await Promise.all(ids.map(runOne))
    } finally {
      stop()
    }
    const remainingJobsFromQueried = Object.values(jobStatus).filter((s) => s?.status === 'error').length
    return { jobStatus, remainingJobsFromQueried }
  }

  const run = async (args: RunArgs = {}): Promise<RunResult> => {
    await checkRunAccess(payload, args.req, args.overrideAccess)
    const ids = args.where ? await idsMatching(payload, args.where) : undefined
    const claimed = await claimJobs(payload, {
      queue: args.queue ?? 'default',
      allQueues: args.allQueues === true,
      limit: args.limit ?? 10,
      ids,
      newestFirst: sortNewestFirst(args.processingOrder),
    })
    if (claimed.length === 0) return { noJobsRemaining: true, remainingJobsFromQueried: 0 }
    return runClaimed(claimed, args)
  }

  const runByID = async (args: Parameters<Jobs['runByID']>[0]): Promise<RunResult> => {
    await checkRunAccess(payload, args.req, args.overrideAccess)
    const claimed = await claimJobs(payload, { allQueues: true, limit: 1, ids: [args.id], dueOnly: false })
    if (claimed.length === 0) return { noJobsRemaining: true, remainingJobsFromQueried: 0 }
    return runClaimed(claimed, { req: args.req, silent: args.silent })
  }

  const handleSchedules: Jobs['handleSchedules'] = async (args) => {
    const req = args?.req ?? (await createLocalReq({}, payload))
    const started = await initTransaction(req)
    try {
      const [lock] = await rows<{ locked: boolean }>(req, sql`SELECT pg_try_advisory_xact_lock(${SCHEDULING_LOCK}) AS locked`)
      const result = lock?.locked ? await original.handleSchedules({ ...args, req }) : { errored: [], queued: [], skipped: [] }
      if (started) await commitTransaction(req)
      return result
    } catch (err) {
      if (started) await killTransaction(req)
      throw err
    }
  }

  Object.assign(jobs, { run, runByID, handleSchedules, [INSTALLED]: true })
}
