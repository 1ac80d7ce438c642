import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/poll'
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
    expect(res.body).toEqual({ message: expect.stringMatching(/Check your e-mail/), user: { email } })
    const [user] = (await t.payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })).docs
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

  it('refuses roles in the body, bad e-mails, short passwords and bad phones — writing nothing', async () => {
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
  })

  it('answers a known address exactly as a new one, creates nothing, and e-mails the owner instead', async () => {
    const fresh = await t.api.post('/api/users/register', { email: 'first.time@test.local', password: 'a-long-password' })
    const owner = await t.payload.create({
      collection: 'users',
      data: { email: 'owner@test.local', password: 'owners-password-1', roles: ['participant'], _verified: true, preferredLocale: 'en' } as never,
      disableVerificationEmail: true,
    })
    const before = (await t.payload.count({ collection: 'users' })).totalDocs
    const known = await t.api.post('/api/users/register', { email: 'OWNER@test.local', password: 'attackers-password', firstName: 'Eve' })

    expect(known.status).toBe(fresh.status)
    expect(known.status).toBe(201)
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(fresh.body).sort())
    expect(known.body).toEqual({ ...fresh.body, user: { email: 'owner@test.local' } })
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(before)
    const stored = await t.payload.findByID({ collection: 'users', id: owner.id })
    expect(stored.firstName).toBeFalsy()
    expect((await t.api.post('/api/users/login', { email: 'owner@test.local', password: 'attackers-password' })).status).toBe(401)
    expect((await t.api.post('/api/users/login', { email: 'owner@test.local', password: 'owners-password-1' })).status).toBe(200)

    const mail = await smtp.waitFor('owner@test.local')
    expect(mail.subject).toMatch(/Someone tried to register with your address/)
    expect(mail.text).toMatch(/reset your password/)
    expect(mail.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/admin\/forgot/)
    expect(smtp.messages.filter((m) => m.to.includes('owner@test.local'))).toHaveLength(1)
  })

  it('two registrations of one new address at once: one account, the same answer to both', async () => {
    const email = 'twice.at.once@test.local'
    const [a, b] = await Promise.all(
      ['first-password-1', 'second-password-2'].map((password) => t.api.post('/api/users/register', { email, password })),
    )
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.body).toEqual(b.body)
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
    // one verification e-mail for the account, one notice for the attempt that found it taken
    const mails = await eventually(
      async () => smtp.messages.filter((m) => m.to.includes(email)).map((m) => m.subject),
      (subjects) => subjects.length >= 2,
    )
    // (the accented subject arrives MIME-encoded)
    expect(mails).toHaveLength(2)
    expect(mails.filter((subject) => /Confirmez votre adresse/.test(subject))).toHaveLength(1)
    expect(mails.filter((subject) => /Tentative_d|Tentative d/.test(subject))).toHaveLength(1)
  })

  it('the plain create route is not open to anonymous callers', async () => {
    const before = (await t.payload.count({ collection: 'users' })).totalDocs
    const res = await t.api.post('/api/users', { email: 'sneaky@test.local', password: 'a-long-password' })
    expect(res.status).toBe(403)
    const gql = await t.api.graphql('mutation { createUser(data: { email: "sneaky2@test.local", password: "a-long-password", roles: [participant] }) { id } }')
    expect(gql.body.errors?.[0].extensions?.statusCode).toBe(403)
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(before)
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
