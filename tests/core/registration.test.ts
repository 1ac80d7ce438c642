import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSmtpServer } from '../helpers/smtp'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await startTestServer({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_IGNORE_TLS: 'true' } })
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

describe('self-registration with e-mail verification over SMTP', () => {
  it('registers a participant, e-mails a link, and the link verifies the account', async () => {
    const email = 'new.dancer@test.local'
    const res = await t.api.post('/api/users/register', { email, password: 'a-long-password', firstName: 'Awa', preferredLocale: 'en' })
    expect(res.status).toBe(201)
    const user = await t.payload.findByID({ collection: 'users', id: res.body.user.id, showHiddenFields: true })
    expect(user.roles).toEqual(['participant', 'student', 'customer'])
    expect(user._verified).toBeFalsy()

    // cannot log in before verifying
    const early = await t.api.post('/api/users/login', { email, password: 'a-long-password' })
    expect(early.status).toBe(403)
    expect(early.text).toMatch(/verify/i)

    const mail = await smtp.waitFor(email)
    expect(mail.subject).toMatch(/Confirm your e-mail/)
    const link = /(http:\/\/127\.0\.0\.1:\d+\/api\/users\/verify\/[A-Za-z0-9]+)/.exec(mail.text)?.[1]
    expect(link).toBeTruthy()
    const page = await fetch(link!)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/verified|vérifiée/)
    expect((await fetch(link!)).status).toBe(400) // single use

    const login = await t.api.post('/api/users/login', { email, password: 'a-long-password' })
    expect(login.status).toBe(200)
  })

  it('sends the verification e-mail in French by default', async () => {
    const email = 'nouvelle@test.local'
    expect((await t.api.post('/api/users/register', { email, password: 'mot-de-passe-long' })).status).toBe(201)
    const mail = await smtp.waitFor(email)
    expect(mail.text).toMatch(/Bienvenue/)
  })

  it('refuses roles in the body, bad e-mails, short passwords, bad phones and duplicates — writing nothing', async () => {
    const before = (await t.payload.count({ collection: 'users' })).totalDocs
    const cases = [
      { email: 'x@test.local', password: 'a-long-password', roles: ['admin'] },
      { email: 'not-an-email', password: 'a-long-password' },
      { email: 'y@test.local', password: 'short' },
      { email: 'z@test.local', password: 'a-long-password', phone: '0612' },
      { password: 'a-long-password' },
    ]
    for (const body of cases) {
      const res = await t.api.post('/api/users/register', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    const malformed = await t.api.request('POST', '/api/users/register', { raw: '{"email":', headers: { 'content-type': 'application/json' } })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toMatch(/Malformed JSON/)
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(before)

    expect((await t.api.post('/api/users/register', { email: 'dup@test.local', password: 'a-long-password' })).status).toBe(201)
    const dup = await t.api.post('/api/users/register', { email: 'DUP@test.local', password: 'a-long-password' })
    expect(dup.status).toBe(400)
  })

  it('forgot-password e-mails a reset link whose token resets the password', async () => {
    const email = 'forgetful@test.local'
    await t.payload.create({ collection: 'users', data: { email, password: 'old-password-1', roles: ['participant'], _verified: true } as never, disableVerificationEmail: true })
    expect((await t.api.post('/api/users/forgot-password', { email })).status).toBe(200)
    const mail = await smtp.waitFor(email)
    const token = /\/admin\/reset\/([A-Za-z0-9]+)/.exec(mail.text)?.[1]
    expect(token).toBeTruthy()
    const reset = await t.api.post('/api/users/reset-password', { token, password: 'new-password-2' })
    expect(reset.status).toBe(200)
    expect((await t.api.post('/api/users/login', { email, password: 'new-password-2' })).status).toBe(200)
  })
})
