import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer({
    rateLimits: { auth: { windowMs: 60_000, limit: 3 }, publicWrite: { windowMs: 60_000, limit: 1000 } },
    env: { CORS_ORIGINS: 'https://app.vibe.test' },
  })
})
afterAll(async () => {
  await t?.close()
})

describe('probes and headers', () => {
  it('/healthz and /readyz answer JSON', async () => {
    const health = await t.api.get('/healthz')
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')
    const ready = await t.api.get('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body).toMatchObject({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } })
  })

  it('sets a request id, security headers, and CORS only for configured origins', async () => {
    const res = await fetch(`${t.url}/api/media`, { headers: { origin: 'https://app.vibe.test', 'x-request-id': 'abc-123' } })
    expect(res.headers.get('x-request-id')).toBe('abc-123')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-powered-by')).toBeNull()
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.vibe.test')
    const other = await fetch(`${t.url}/api/media`, { headers: { origin: 'https://evil.test' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${t.url}/api/users/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.vibe.test', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.api.get('/nope')
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toBeTruthy()
  })
})

describe('audit log', () => {
  it('records creates, updates, deletes, logins and failed logins; only admins read it; nobody writes it', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const user = await createUser(t.payload, { email: 'audited@test.local' })
    await t.api.patch(`/api/users/${user.id}`, { city: 'Dakar' }, admin.auth)
    await t.api.post('/api/users/login', { email: 'audited@test.local', password: 'wrong-password' })
    await t.api.delete(`/api/users/${user.id}`, admin.auth)

    const log = await t.api.get('/api/audit-log?limit=100&sort=createdAt', admin.auth)
    expect(log.status).toBe(200)
    const entries = log.body.docs as { action: string; targetCollection: string; documentId: string; changedFields?: string[]; userEmail?: string }[]
    const about = entries.filter((e) => e.documentId === String(user.id))
    expect(about.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete']))
    expect(about.find((e) => e.action === 'update')?.changedFields).toContain('city')
    expect(entries.some((e) => e.action === 'login' && e.documentId === String(admin.user.id))).toBe(true)
    const failed = entries.find((e) => e.action === 'login-failed')
    expect(failed?.userEmail).toBe('audited@test.local')
    expect(JSON.stringify(entries)).not.toContain('wrong-password')

    const member = await userSession(t.payload, t.api)
    expect((await t.api.get('/api/audit-log', member.auth)).status).toBe(403)
    expect((await t.api.post('/api/audit-log', { action: 'create' }, admin.auth)).status).toBe(403)
    const id = entries[0] && (log.body.docs[0] as { id: number }).id
    expect((await t.api.delete(`/api/audit-log/${id}`, admin.auth)).status).toBe(403)
    const gql = await t.api.graphql('{ AuditLogs { docs { id } } }', undefined, member.auth)
    expect(gql.body.errors?.[0].extensions?.statusCode).toBe(403)
  })
})

describe('rate limits', () => {
  it('limits login attempts with 429 and Retry-After', async () => {
    const u = await createUser(t.payload)
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${t.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ email: u.email, password: PASSWORD }),
      })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 3).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(3)).toEqual([429, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await last!.json()).errors[0].message).toMatch(/Too many/)
  })
})
