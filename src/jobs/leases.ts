/**
 * Job claims that hold with any number of runners on one database.
 *
 * Payload 3's runner finds runnable jobs, then marks them `processing` in a second statement: two
 * workers polling the same queue both find a job and both run it. Here a claim is one statement:
 * the candidates are locked with `FOR UPDATE SKIP LOCKED` (a job another runner is claiming is
 * skipped, not waited for), a lease row is written for each (`payload_job_leases`: owner and
 * expiry), and they are marked `processing` — all in one transaction, so a job has one owner.
 *
 * A running job's lease is renewed every third of its length (heartbeat). A runner that dies (kill,
 * crash, lost machine) stops renewing: once its leases expire, the jobs it held (still
 * `processing`) are claimable again, and the next runner takes them over. A lease upsert only
 * replaces an expired lease, which keeps two runners from both taking over the same job.
 */
import type { Payload } from 'payload'

import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'

import { sql } from '../db/transaction'
import { env } from '../lib/env'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

/** Primary database handle (raw SQL always goes to the primary, replicas or not). */
const primary = (payload: Payload): Executor => {
  const db = payload.db as unknown as { primaryDrizzle?: Executor; drizzle: Executor }
  return db.primaryDrizzle ?? db.drizzle
}

/** This process's name in lease rows: host, pid and a random part (pids repeat across containers). */
export const RUNNER_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`

/** How long a claim lasts without renewal (JOBS_LEASE_MS, default 60 s). */
export const leaseMs = (): number => {
  const ms = env.int('JOBS_LEASE_MS', 60_000)
  if (ms < 500) throw new Error(`JOBS_LEASE_MS must be at least 500 (milliseconds), got ${ms}`)
  return ms
}

export type ClaimOptions = {
  /** One queue (default 'default'), unless `allQueues`. */
  queue?: string
  allQueues?: boolean
  limit: number
  /** Only these job ids (a caller's `where`, resolved to ids). */
  ids?: (number | string)[]
  /** Newest first instead of oldest first. */
  newestFirst?: boolean
  /** Only jobs whose `waitUntil` has passed (default true; false: run one job by id now). */
  dueOnly?: boolean
  owner?: string
  leaseMs?: number
}

/**
 * Claims up to `limit` runnable jobs: not completed, not failed for good, due, and either not
 * processing or processing under an expired lease. Returns their ids, oldest first.
 */
export async function claimJobs(payload: Payload, options: ClaimOptions): Promise<number[]> {
  const { limit, allQueues = false, queue = 'default', ids, newestFirst = false, dueOnly = true, owner = RUNNER_ID } = options
  if (limit <= 0 || (ids && ids.length === 0)) return []
  const lease = options.leaseMs ?? leaseMs()
  const queueFilter = allQueues ? sql`` : sql` AND j.queue = ${queue}`
  const idFilter = ids ? sql` AND j.id = ANY(${`{${ids.map(Number).join(',')}}`}::int[])` : sql``
  const dueFilter = dueOnly ? sql` AND (j.wait_until IS NULL OR j.wait_until < now())` : sql``
  const order = newestFirst ? sql`j.created_at DESC, j.id DESC` : sql`j.created_at, j.id`
  const result = await primary(payload).execute(sql`
    WITH candidates AS (
      SELECT j.id FROM payload_jobs j
        LEFT JOIN payload_job_leases l ON l.job_id = j.id
       WHERE j.completed_at IS NULL
         AND j.has_error IS NOT TRUE
         AND (j.processing IS NOT TRUE OR l.lease_until < now())${dueFilter}${queueFilter}${idFilter}
       ORDER BY ${order}
       LIMIT ${limit}
         FOR UPDATE OF j SKIP LOCKED
    ), leased AS (
      INSERT INTO payload_job_leases (job_id, owner, lease_until, claims)
      SELECT id, ${owner}, now() + make_interval(secs => ${lease / 1000}), 1 FROM candidates
      ON CONFLICT (job_id) DO UPDATE
         SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, claims = payload_job_leases.claims + 1
       WHERE payload_job_leases.lease_until < now()
      RETURNING job_id
    )
    UPDATE payload_jobs j SET processing = true, updated_at = now()
      FROM leased WHERE j.id = leased.job_id
    RETURNING j.id, j.created_at`)
  return result.rows
    .sort((a, b) => (newestFirst ? -1 : 1) * (new Date(a.created_at as string).getTime() - new Date(b.created_at as string).getTime() || Number(a.id) - Number(b.id)))
    .map((r) => Number(r.id))
}

/** Extends this runner's leases on `ids`; returns the ids it still holds. */
export async function renewLeases(payload: Payload, ids: number[], owner = RUNNER_ID, lease = leaseMs()): Promise<number[]> {
  if (ids.length === 0) return []
  const result = await primary(payload).execute(sql`
    UPDATE payload_job_leases SET lease_until = now() + make_interval(secs => ${lease / 1000})
     WHERE job_id = ANY(${`{${ids.join(',')}}`}::int[]) AND owner = ${owner}
    RETURNING job_id`)
  return result.rows.map((r) => Number(r.job_id))
}

/** Drops this runner's lease on a job it finished with (whatever the outcome). */
export async function releaseLease(payload: Payload, id: number, owner = RUNNER_ID): Promise<void> {
  await primary(payload).execute(sql`DELETE FROM payload_job_leases WHERE job_id = ${id} AND owner = ${owner}`)
}
