/**
 * The lease-claiming job runner (src/jobs) in one process, where runs can be made to overlap at
 * will: concurrent runs execute each job once where Payload's own runner (the control) executes
 * some twice; a job held under a live lease is left alone and taken over once the lease expires;
 * the REST runner is for admins. The same across real processes: multi-instance.test.ts.
 */
import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildVibeConfig } from '../../src/config/build-config'
import { claimJobs } from '../../src/jobs/leases'
import { PROBE_TASK } from '../../src/jobs/probe'
import { unsafePayloadRun } from '../../src/jobs/runner'
import { logger } from '../../src/lib/logger'
import { bootPayload, closePayload } from '../../src/runtime/boot'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let started: string[] = []

beforeAll(async () => {
  t = await startTestServer()
  // every execution of the probe task is recorded here
  vi.spyOn(logger, 'info').mockImplementation(((obj: { probe?: { tag: string } }, msg?: string) => {
    if (msg === 'jobs-probe started' && obj?.probe) started.push(obj.probe.tag)
  }) as never)
})
afterAll(async () => {
  vi.restoreAllMocks()
  await t?.close()
})

const queueProbes = async (queue: string, n: number, holdMs = 50) => {
  for (let i = 0; i < n; i++) await t.payload.jobs.queue({ task: PROBE_TASK as never, input: { tag: `${queue}-${i}`, holdMs } as never, queue })
}
const executions = (queue: string) => started.filter((tag) => tag.startsWith(`${queue}-`))
const remaining = async (queue: string) =>
  (await (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: { n: number }[] }> } }).drizzle.execute(sql`SELECT count(*)::int AS n FROM payload_jobs WHERE queue = ${queue}`)).rows[0].n

describe('job claims', () => {
  it('control: Payload’s own runner, run four times at once, executes jobs more than once or deadlocks', async () => {
    started = []
    await queueProbes('unsafe', 20)
    // on an instance of its own, closed after: runs that deadlock can leave its connections in a
    // transaction until Postgres ends them, and the tests below need a pool that is not starved
    const control = await bootPayload({ config: buildVibeConfig({ databaseUrl: t.databaseUrl }), migrate: false, seed: false, key: `job-claims-control-${Date.now()}` })
    const run = unsafePayloadRun(control)!
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => run({ queue: 'unsafe', limit: 20 }))).finally(() => closePayload(control))
    const failed = outcomes.filter((o) => o.status === 'rejected').length
    // the runners find the same jobs and run them (the same job twice), or lock each other while marking them (deadlock)
    console.info(`job claims control: 20 jobs, ${executions('unsafe').length} executions, ${failed} of 4 runs failed`)
    expect(executions('unsafe').length > 20 || failed > 0).toBe(true)
  })

  it('payload.jobs.run, four times at once, executes each job exactly once', async () => {
    started = []
    await queueProbes('safe', 20)
    const results = await Promise.all(Array.from({ length: 4 }, () => t.payload.jobs.run({ queue: 'safe', limit: 20 })))
    expect(executions('safe').sort()).toEqual(Array.from({ length: 20 }, (_, i) => `safe-${i}`).sort())
    expect(results.reduce((n, r) => n + Object.keys(r.jobStatus ?? {}).length, 0)).toBe(20)
    expect(await remaining('safe')).toBe(0)
  })

  it('leaves a job under a live lease alone and takes it over once the lease has expired', async () => {
    started = []
    await queueProbes('lease', 1, 0)
    // a runner that claimed the job, then died: its lease runs out in 1.5 s
    expect(await claimJobs(t.payload, { queue: 'lease', limit: 5, owner: 'dead-runner', leaseMs: 1500 })).toHaveLength(1)
    const claimedAt = Date.now()
    expect((await t.payload.jobs.run({ queue: 'lease' })).noJobsRemaining).toBe(true)
    const [{ id }] = (await t.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'lease' } }, overrideAccess: true })).docs
    expect((await t.payload.jobs.runByID({ id })).noJobsRemaining).toBe(true)
    expect(executions('lease')).toEqual([])
    while (Date.now() - claimedAt < 1600) await new Promise((r) => setTimeout(r, 100))
    await t.payload.jobs.run({ queue: 'lease' })
    expect(executions('lease')).toEqual(['lease-0'])
    expect(await remaining('lease')).toBe(0)
  })

  it('queues each scheduled task once when six processes schedule at the same time', async () => {
    await Promise.all(Array.from({ length: 6 }, () => t.payload.jobs.handleSchedules({ allQueues: true })))
    const rows = (
      await (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: { task_slug: string; n: number }[] }> } }).drizzle.execute(
        sql`SELECT task_slug, count(*)::int AS n FROM payload_jobs WHERE completed_at IS NULL AND (meta->>'scheduled')::boolean IS TRUE GROUP BY task_slug`,
      )
    ).rows
    // every scheduled task of every enabled plugin, once
    const scheduled = (t.payload.config.jobs.tasks ?? []).filter((task) => task.schedule?.length).map((task) => task.slug)
    expect(scheduled.length).toBeGreaterThanOrEqual(2)
    expect(rows.map((r) => r.task_slug).sort()).toEqual([...scheduled].sort())
    for (const row of rows) expect(row.n).toBe(1)
  })

  it('runs jobs over REST for admins only', async () => {
    started = []
    await queueProbes('rest', 2, 0)
    expect((await t.api.get('/api/payload-jobs/run?queue=rest')).status).toBe(401)
    const user = await userSession(t.payload, t.api, ['participant'])
    expect((await t.api.get('/api/payload-jobs/run?queue=rest', user.auth)).status).toBe(403)
    const admin = await userSession(t.payload, t.api, ['admin'])
    expect((await t.api.get('/api/payload-jobs/run?queue=rest&limit=zero', admin.auth)).status).toBe(400)
    const ran = await t.api.get('/api/payload-jobs/run?queue=rest&disableScheduling=true', admin.auth)
    expect(ran.status).toBe(200)
    expect(executions('rest').sort()).toEqual(['rest-0', 'rest-1'])
  })
})
