/**
 * Payload's job crons start when a process boots with them (JOBS_AUTORUN, the worker), or never.
 * Payload's REST handler asks for them on every request (`getPayload({ cron: true })`): an instance
 * booted without them used to start them on its first request, inside that request's async
 * context, so every tick ran in that request's transaction scope (and, when a tick fell during the
 * request, the request-transaction guard failed it with a 500: a CI run's login). The first test
 * fails on that code: one cron after the first request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { userSession } from '../helpers/fixtures'
import { createTestDatabase, dropTestDatabase, startTestServer, type TestServer } from '../helpers/server'

const cronsOf = (payload: unknown) => (payload as { crons: unknown[] }).crons.length

describe('job crons', () => {
  let t: TestServer
  beforeAll(async () => {
    t = await startTestServer({ key: 'boot-crons' })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('an instance booted without crons serves REST and GraphQL requests without ever starting them', async () => {
    expect(cronsOf(t.payload)).toBe(0)
    const me = await userSession(t.payload, t.api)
    expect((await t.api.get('/api/users/me', me.auth)).status).toBe(200)
    expect((await t.api.get('/api/courses?limit=1')).status).toBe(200)
    expect((await t.api.graphql('{ Courses(limit: 1) { totalDocs } }')).status).toBe(200)
    expect(cronsOf(t.payload)).toBe(0)
  })

  it('an instance booted with crons has them from boot, before any request', async () => {
    const [{ buildVibeConfig }, { bootPayload, closePayload }] = await Promise.all([import('../../src/config/build-config'), import('../../src/runtime/boot')])
    const db = await createTestDatabase()
    const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.url }), migrate: false, seed: false, cron: true, key: 'boot-crons-on' })
    try {
      expect(cronsOf(payload)).toBeGreaterThan(0)
    } finally {
      await closePayload(payload)
      await dropTestDatabase(db.name)
    }
  })
})
