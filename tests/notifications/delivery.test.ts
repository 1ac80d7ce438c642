/**
 * notify() end to end: templates in fr/en, preferences, critical, the send job against a local
 * SMTP server and fake FCM / SMS servers, retries, invalid device tokens, idempotency.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { notify, NotifyError, syncNotificationTemplates } from '../../src/plugins/notifications'
import { deliver } from '../../src/plugins/notifications/services/deliver'
import { createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { startFcm, startSms, startSmtp } from './fakes'

// real HTTP + jobs on a shared 2-core machine: a few notify round trips can exceed the 60 s default
vi.setConfig({ testTimeout: 240_000 })

let t: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let fcm: Awaited<ReturnType<typeof startFcm>>
let sms: Awaited<ReturnType<typeof startSms>>
let seq = 0
const key = (label: string) => `test:${label}:${++seq}`

beforeAll(async () => {
  smtp = await startSmtp()
  fcm = await startFcm()
  sms = await startSms()
  t = await startTestServer({
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_IGNORE_TLS: 'true', ...fcm.env, ...sms.env },
  })
  await syncNotificationTemplates(t.payload)
})
afterAll(async () => {
  await t?.close()
  await Promise.all([smtp?.close(), fcm?.close(), sms?.close()])
})

const runJobs = () => t.payload.jobs.run({ queue: 'notifications', limit: 100 })
/** Stands in for the backoff delay passing: makes every waiting job due now. */
const backoffElapsed = () =>
  t.payload.update({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, data: { waitUntil: new Date(0).toISOString() } })
const deliveries = async (idempotencyKey: string) =>
  (await t.payload.find({ collection: 'notification-deliveries', where: { idempotencyKey: { like: `${idempotencyKey}:` } }, limit: 10 })).docs
const deliveryOf = async (idempotencyKey: string, channel: string) =>
  (await t.payload.find({ collection: 'notification-deliveries', where: { idempotencyKey: { equals: `${idempotencyKey}:${channel}` } } })).docs[0]
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email))

async function userWithDevice(locale: 'en' | 'fr', extra: Record<string, unknown> = {}) {
  const user = await createUser(t.payload, { preferredLocale: locale, firstName: locale === 'fr' ? 'Awa' : 'Lucas', phone: `+2250700${String(++seq).padStart(6, '0')}`, ...extra })
  const token = `device-${locale}-${seq}-abcdefgh`
  await t.payload.create({ collection: 'push-tokens', data: { user: user.id, platform: 'android', token, active: true } })
  return { user, token }
}

describe('templates in the user’s language', () => {
  it('renders fr and en for in-app, e-mail and push, from the seeded templates', async () => {
    const fr = await userWithDevice('fr')
    const en = await userWithDevice('en')
    const data = { amount: '5 000 XOF', description: 'Bachata Festival', url: '/payments/42' }
    const kFr = key('fr')
    const kEn = key('en')
    const rFr = await notify(t.payload, { user: fr.user.id, type: 'payment.succeeded', data, idempotencyKey: kFr })
    const rEn = await notify(t.payload, { user: en.user, type: 'payment.succeeded', data, idempotencyKey: kEn })
    expect(rFr.deliveries.map((d) => [d.channel, d.status]).sort()).toEqual([['email', 'queued'], ['in-app', 'sent'], ['push', 'queued']])

    const nFr = await t.payload.findByID({ collection: 'notifications', id: rFr.notificationId! })
    const nEn = await t.payload.findByID({ collection: 'notifications', id: rEn.notificationId! })
    expect(nFr.title).toBe('Paiement reçu')
    expect(nFr.message).toContain('Bonjour Awa,\n\nNous avons bien reçu votre paiement de 5 000 XOF pour Bachata Festival.')
    expect(nEn.title).toBe('Payment received')
    expect(nEn.message).toContain('Hello Lucas,\n\nWe received your payment of 5 000 XOF for Bachata Festival.')
    expect(nEn.actionUrl).toBe('/payments/42')

    await runJobs()
    const [mailFr] = mailsTo(fr.user.email)
    const [mailEn] = mailsTo(en.user.email)
    expect(mailFr.subject).toBe('Paiement de 5 000 XOF reçu')
    expect(mailFr.text).toContain('Nous avons bien reçu votre paiement')
    expect(mailEn.subject).toBe('Payment of 5 000 XOF received')
    expect(mailEn.text).toContain('We received your payment')
    expect(fcm.delivered(fr.token)).toEqual([
      expect.objectContaining({ notification: { title: 'Paiement reçu', body: expect.stringContaining('Bonjour Awa') }, data: { type: 'payment.succeeded', actionUrl: '/payments/42' } }),
    ])
    expect(fcm.delivered(en.token)[0].notification.title).toBe('Payment received')
    // the push went through the service-account flow: the fake verified the signed assertion
    const send = fcm.requests.find((r) => r.path.endsWith('messages:send'))!
    expect(send.headers.authorization).toMatch(/^Bearer ya29\.fake-/)
    expect((await deliveryOf(kFr, 'email')).status).toBe('sent')
    expect((await deliveryOf(kFr, 'push')).provider).toBe('fcm')
  })

  it('an editor’s change to a template is used, and an inactive English template falls back to French', async () => {
    const en = await createUser(t.payload, { preferredLocale: 'en' })
    const [row] = (
      await t.payload.find({ collection: 'notification-templates', where: { type: { equals: 'level.up' }, channel: { equals: 'in-app' }, locale: { equals: 'en' } } })
    ).docs
    await t.payload.update({ collection: 'notification-templates', id: row.id, data: { title: 'Up to level {{ level }}!' } })
    const r1 = await notify(t.payload, { user: en.id, type: 'level.up', data: { level: 3 }, channels: ['in-app'], idempotencyKey: key('edit') })
    expect((await t.payload.findByID({ collection: 'notifications', id: r1.notificationId! })).title).toBe('Up to level 3!')
    await t.payload.update({ collection: 'notification-templates', id: row.id, data: { active: false } })
    const r2 = await notify(t.payload, { user: en.id, type: 'level.up', data: { level: 4 }, channels: ['in-app'], idempotencyKey: key('edit') })
    expect((await t.payload.findByID({ collection: 'notifications', id: r2.notificationId! })).title).toBe('Niveau 4 atteint')
  })

  it('refuses bad input and unknown users or types with a clear error', async () => {
    const u = await createUser(t.payload)
    await expect(notify(t.payload, { user: 999999, type: 'level.up', idempotencyKey: key('x') })).rejects.toThrow(/unknown user 999999/)
    await expect(notify(t.payload, { user: u.id, type: 'Not A Type', idempotencyKey: key('x') })).rejects.toThrow(NotifyError)
    await expect(notify(t.payload, { user: u.id, type: 'no.such.type', idempotencyKey: key('x') })).rejects.toThrow(/no template for type "no.such.type"/)
    await expect(notify(t.payload, { user: u.id, type: 'level.up', idempotencyKey: '' })).rejects.toThrow(/idempotencyKey/)
  })
})

describe('preferences and critical', () => {
  it('a channel turned off sends nothing there; the others still go', async () => {
    const { user, auth } = await userSession(t.payload, t.api, ['student'], { preferredLocale: 'en' })
    const token = `device-prefs-${++seq}-abcdefgh`
    await t.payload.create({ collection: 'push-tokens', data: { user: user.id, platform: 'ios', token, active: true } })
    const res = await t.api.patch(
      '/api/notification-preferences/me',
      { preferences: [{ type: 'badge.awarded', channel: 'email', enabled: false }, { type: '*', channel: 'push', enabled: false }] },
      auth,
    )
    expect(res.status).toBe(200)
    const k = key('prefs')
    const r = await notify(t.payload, { user: user.id, type: 'badge.awarded', data: { badge: 'Explorer' }, idempotencyKey: k })
    expect(Object.fromEntries(r.deliveries.map((d) => [d.channel, [d.status, d.reason]]))).toEqual({
      'in-app': ['sent', undefined],
      email: ['skipped', 'preference-off'],
      push: ['skipped', 'preference-off'],
    })
    await runJobs()
    expect(mailsTo(user.email)).toHaveLength(0)
    expect(fcm.requests.filter((q) => q.body?.message?.token === token)).toHaveLength(0)
  })

  it('critical bypasses the preferences', async () => {
    const { user, auth } = await userSession(t.payload, t.api, ['student'])
    const token = `device-critical-${++seq}-abcdefgh`
    await t.payload.create({ collection: 'push-tokens', data: { user: user.id, platform: 'web', token, active: true } })
    await t.api.patch('/api/notification-preferences/me', { preferences: [{ type: '*', channel: 'email', enabled: false }, { type: '*', channel: 'push', enabled: false }] }, auth)
    const r = await notify(t.payload, {
      user: user.id,
      type: 'account',
      data: { title: 'Nouvelle connexion', message: 'Une connexion a eu lieu depuis un nouvel appareil.' },
      channels: ['email', 'push'],
      critical: true,
      idempotencyKey: key('critical'),
    })
    expect(r.deliveries.every((d) => d.status === 'queued')).toBe(true)
    await runJobs()
    expect(mailsTo(user.email).map((m) => m.subject)).toEqual(['Nouvelle connexion'])
    expect(fcm.delivered(token)).toHaveLength(1)
  })
})

describe('retries and idempotency', () => {
  it('retries after an SMS gateway 500 and sends exactly once', async () => {
    const { user } = await userWithDevice('fr')
    sms.failures.push(500)
    const k = key('sms')
    await notify(t.payload, { user: user.id, type: 'order.status_changed', data: { number: 'A-17', status: 'prête' }, channels: ['sms'], idempotencyKey: k })
    await runJobs()
    let row = await deliveryOf(k, 'sms')
    expect(row.status).toBe('queued')
    expect(row.attempts).toBe(1)
    expect(row.lastError).toMatch(/HTTP 500/)
    expect(sms.delivered(user.phone!)).toHaveLength(0)
    await runJobs() // the backoff has not elapsed: nothing happens
    expect((await deliveryOf(k, 'sms')).attempts).toBe(1)
    await backoffElapsed()
    await runJobs()
    row = await deliveryOf(k, 'sms')
    expect(row.status).toBe('sent')
    expect(row.attempts).toBe(2)
    expect(sms.delivered(user.phone!)).toEqual([{ to: user.phone, from: 'VIBE', text: 'Commande A-17: Votre commande A-17 est maintenant : prête.' }])
    await backoffElapsed()
    await runJobs()
    expect(sms.delivered(user.phone!)).toHaveLength(1)
  })

  it('an SMS gateway 4xx is final: no retry', async () => {
    const { user } = await userWithDevice('en')
    sms.failures.push(422)
    const k = key('sms4xx')
    await notify(t.payload, { user: user.id, type: 'order.status_changed', data: { number: 'B-1', status: 'ready' }, channels: ['sms'], idempotencyKey: k })
    await runJobs()
    await backoffElapsed()
    await runJobs()
    const row = await deliveryOf(k, 'sms')
    expect(row.status).toBe('failed')
    expect(row.attempts).toBe(1)
  })

  it('push: a device that failed with a 500 is retried, the one already reached is not sent twice', async () => {
    const { user, token: ok } = await userWithDevice('en')
    const flaky = `device-flaky-${++seq}-abcdefgh`
    await t.payload.create({ collection: 'push-tokens', data: { user: user.id, platform: 'android', token: flaky, active: true } })
    fcm.failuresByToken.set(flaky, [500])
    const k = key('push-retry')
    await notify(t.payload, { user: user.id, type: 'level.up', data: { level: 2 }, channels: ['push'], idempotencyKey: k })
    await runJobs()
    expect((await deliveryOf(k, 'push')).status).toBe('queued')
    expect(fcm.delivered(ok)).toHaveLength(1)
    expect(fcm.delivered(flaky)).toHaveLength(0)
    await backoffElapsed()
    await runJobs()
    const row = await deliveryOf(k, 'push')
    expect(row.status).toBe('sent')
    expect(row.attempts).toBe(2)
    expect(fcm.delivered(ok)).toHaveLength(1)
    expect(fcm.delivered(flaky)).toHaveLength(1)
  })

  it('SMTP: a temporary 451 is retried, then one e-mail arrives', async () => {
    const user = await createUser(t.payload, { preferredLocale: 'en' })
    smtp.failures.push(451)
    const k = key('smtp')
    await notify(t.payload, { user: user.id, type: 'certificate.issued', data: { course: 'Salsa 101', code: 'ABC-123', url: '/c/ABC-123' }, channels: ['email'], idempotencyKey: k })
    await runJobs()
    expect((await deliveryOf(k, 'email')).status).toBe('queued')
    expect(mailsTo(user.email)).toHaveLength(0)
    await backoffElapsed()
    await runJobs()
    expect(mailsTo(user.email).map((m) => m.subject)).toEqual(['Your “Salsa 101” certificate'])
    expect(mailsTo(user.email)[0].raw).toContain('/c/ABC-123')
    expect((await deliveryOf(k, 'email')).status).toBe('sent')
  })

  it('the same idempotency key, repeated or concurrent, sends once', async () => {
    const { user, token } = await userWithDevice('fr')
    const k = key('idem')
    const input = { user: user.id, type: 'event.reminder', data: { event: 'Kizomba Night', date: '12/12', place: 'Abidjan' }, idempotencyKey: k }
    const results = await Promise.all(Array.from({ length: 5 }, () => notify(t.payload, input)))
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1)
    const again = await notify(t.payload, input)
    expect(again.duplicate).toBe(true)
    expect(again.notificationId).toBe(results.find((r) => !r.duplicate)!.notificationId)
    await runJobs()
    await backoffElapsed()
    await runJobs()
    expect(await t.payload.count({ collection: 'notifications', where: { user: { equals: user.id } } })).toEqual({ totalDocs: 1 })
    expect(mailsTo(user.email)).toHaveLength(1)
    expect(fcm.delivered(token)).toHaveLength(1)
    expect(sms.delivered(user.phone!)).toHaveLength(1)
    expect((await deliveries(k)).map((d) => d.channel).sort()).toEqual(['email', 'in-app', 'push', 'sms'])
  })

  it('the same delivery run twice (a job re-run) is not sent again', async () => {
    const user = await createUser(t.payload)
    const k = key('rerun')
    const r = await notify(t.payload, { user: user.id, type: 'level.up', data: { level: 9 }, channels: ['in-app'], idempotencyKey: k })
    expect(r.deliveries[0].status).toBe('sent')
    const mail = await notify(t.payload, { user: user.id, type: 'badge.awarded', data: { badge: 'X' }, channels: ['email'], idempotencyKey: key('rerun') })
    const id = mail.deliveries[0].id
    const outcomes = await Promise.all([deliver(t.payload, id), deliver(t.payload, id)])
    expect(outcomes.map((o) => o.status).sort()).toEqual(['not-claimed', 'sent'])
    expect((await deliver(t.payload, id)).status).toBe('not-claimed')
    expect(mailsTo(user.email)).toHaveLength(1)
  })
})

describe('device tokens', () => {
  it('tokens FCM reports UNREGISTERED or invalid are deactivated and not used again', async () => {
    const { user, token: good } = await userWithDevice('en')
    const gone = `gone-${++seq}-abcdefgh`
    const malformed = `malformed-${seq}-abcdefgh`
    for (const token of [gone, malformed]) await t.payload.create({ collection: 'push-tokens', data: { user: user.id, platform: 'android', token, active: true } })
    const k = key('invalid')
    await notify(t.payload, { user: user.id, type: 'level.up', data: { level: 5 }, channels: ['push'], idempotencyKey: k })
    await runJobs()
    expect((await deliveryOf(k, 'push')).status).toBe('sent')
    const tokens = await t.payload.find({ collection: 'push-tokens', where: { user: { equals: user.id } }, sort: 'token' })
    expect(Object.fromEntries(tokens.docs.map((d) => [d.token, d.active]))).toEqual({ [good]: true, [gone]: false, [malformed]: false })
    expect(tokens.docs.find((d) => d.token === gone)!.deactivatedReason).toMatch(/no longer valid/)
    const before = fcm.requests.length
    await notify(t.payload, { user: user.id, type: 'level.up', data: { level: 6 }, channels: ['push'], idempotencyKey: key('invalid') })
    await runJobs()
    expect(fcm.requests.slice(before).filter((r) => r.path.endsWith('messages:send')).map((r) => r.body.message.token)).toEqual([good])
  })

  it('a user with no device gets a skipped push, not an error', async () => {
    const user = await createUser(t.payload)
    const k = key('nodevice')
    await notify(t.payload, { user: user.id, type: 'level.up', data: { level: 1 }, channels: ['push'], idempotencyKey: k })
    await runJobs()
    const row = await deliveryOf(k, 'push')
    expect([row.status, row.reason]).toEqual(['skipped', 'no-device'])
  })
})
