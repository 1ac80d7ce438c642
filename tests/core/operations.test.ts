/**
 * Operations as a person meets them: the admin opened at an address Payload refuses is reported
 * (at start-up and in the log, with the origin and the variable to set); a second start reminds how
 * to reset the admin password, and the reset works.
 */
import http from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startupAdvice } from '../../src/http/admin-origin'
import { logger } from '../../src/lib/logger'
import { seedOnce } from '../../src/seed'
import { resetPassword } from '../../src/seed/reset-password'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

const PUBLIC_URL = 'http://localhost:4310'
let t: TestServer

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_URL, CORS_ORIGINS: undefined } })
})
afterAll(async () => {
  await t?.close()
})
afterEach(() => vi.restoreAllMocks())

/** A PATCH of one's own name with the session cookie, as the admin's save sends it. */
function save(id: number | string, cookie: string, origin: string, host?: string): Promise<number> {
  const url = new URL(`${t.url}/api/users/${id}`)
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: url.hostname, port: url.port, path: url.pathname, method: 'PATCH', headers: { 'content-type': 'application/json', cookie, origin, ...(host ? { host } : {}) } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify({ firstName: 'Renamed' }))
  })
}

describe('admin opened at another address than PUBLIC_URL', () => {
  it('says at start-up where the admin works and which variable to set', () => {
    const exposed = startupAdvice(t.payload.config, '0.0.0.0')
    expect(exposed?.level).toBe('warn')
    expect(exposed?.message).toContain(PUBLIC_URL)
    expect(exposed?.message).toContain('PUBLIC_URL')
    expect(exposed?.message).toContain('CORS_ORIGINS')
    expect(startupAdvice(t.payload.config, '127.0.0.1')?.level).toBe('info')
  })

  it('logs the refused origin and the variable to set, once per origin; the accepted origin saves', async () => {
    const user = await createUser(t.payload)
    const login = await t.api.post('/api/users/login', { email: user.email, password: PASSWORD })
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/-token=/)
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined)

    // control: from PUBLIC_URL the save goes through, and nothing is reported
    expect(await save(user.id, cookie, PUBLIC_URL)).toBe(200)
    expect(warn).not.toHaveBeenCalled()

    // the admin opened at the machine's LAN address: refused, and the log says what to set
    const lan = 'http://192.168.1.50:4310'
    expect(await save(user.id, cookie, lan, '192.168.1.50:4310')).toBeGreaterThanOrEqual(401)
    expect(warn).toHaveBeenCalledTimes(1)
    const [fields, message] = warn.mock.calls[0] as unknown as [Record<string, unknown>, string]
    expect(fields).toMatchObject({ origin: lan, variable: 'PUBLIC_URL' })
    expect(message).toContain(`PUBLIC_URL=${lan}`)

    // once per origin, not once per request
    await save(user.id, cookie, lan, '192.168.1.50:4310')
    expect(warn).toHaveBeenCalledTimes(1)
    // another site's request with the cookie: reported with the CORS_ORIGINS advice
    await save(user.id, cookie, 'https://app.example')
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[1][1]).toContain('CORS_ORIGINS')
  })
})

describe('admin password', () => {
  it('a second start reminds how to reset it', async () => {
    await t.payload.kv.set('vibe:seeded', { at: new Date().toISOString() })
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined)
    expect(await seedOnce(t.payload)).toBe(false)
    expect(info.mock.calls.map((c) => String(c[0])).join('\n')).toContain('npm run reset-admin-password')
  })

  it('the reset sets a new password that logs in (and the old one no longer does)', async () => {
    const admin = await createUser(t.payload, { roles: ['admin'] })
    const fresh = await resetPassword(t.payload, admin.email.toUpperCase())
    expect(fresh.length).toBeGreaterThanOrEqual(12)
    expect((await t.api.post('/api/users/login', { email: admin.email, password: fresh })).status).toBe(200)
    expect((await t.api.post('/api/users/login', { email: admin.email, password: PASSWORD })).status).toBe(401)
    await expect(resetPassword(t.payload, 'nobody@test.local')).rejects.toThrow(/No account/)
  })
})
