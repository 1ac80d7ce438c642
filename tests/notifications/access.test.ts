/**
 * What each user sees and may change, through REST and GraphQL: notifications, preferences, push
 * tokens, messages.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { notify } from '../../src/plugins/notifications'
import { createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

// real HTTP + jobs on a shared 2-core machine: a few notify round trips can exceed the 60 s default
vi.setConfig({ testTimeout: 240_000 })

let t: TestServer
let seq = 0

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

const inApp = (user: number, n: number) =>
  notify(t.payload, { user, type: 'level.up', data: { level: n }, channels: ['in-app'], idempotencyKey: `access:${user}:${n}:${++seq}` })
const ids = (docs: { id: number }[]) => docs.map((d) => d.id).sort((a, b) => a - b)

describe('in-app notifications', () => {
  it('GET /api/notifications/me pages through my notifications with the unread count', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await createUser(t.payload)
    for (let i = 1; i <= 5; i++) await inApp(me.user.id, i)
    await inApp(other.id, 1)
    expect((await t.api.get('/api/notifications/me')).status).toBe(401)
    const page1 = await t.api.get('/api/notifications/me?limit=2', me.auth)
    expect(page1.status).toBe(200)
    expect(page1.body).toMatchObject({ totalDocs: 5, totalPages: 3, page: 1, hasNextPage: true, unreadCount: 5 })
    expect(page1.body.docs.map((d: { title: string }) => d.title)).toEqual(['Niveau 5 atteint', 'Niveau 4 atteint'])
    expect(page1.body.docs[0]).not.toHaveProperty('idempotencyKey')
    const page3 = await t.api.get('/api/notifications/me?limit=2&page=3', me.auth)
    expect(page3.body.docs).toHaveLength(1)
    expect((await t.api.get('/api/notifications/me?limit=500', me.auth)).status).toBe(400)
    expect((await t.api.get('/api/notifications/me?page=zero', me.auth)).status).toBe(400)
  })

  it('marks one read (mine only), then all; other users’ stay unread', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await createUser(t.payload)
    const a = await inApp(me.user.id, 1)
    await inApp(me.user.id, 2)
    const theirs = await inApp(other.id, 1)
    const one = await t.api.post(`/api/notifications/${a.notificationId}/read`, undefined, me.auth)
    expect(one.status).toBe(200)
    expect(one.body.doc).toMatchObject({ read: true, readAt: expect.any(String) })
    expect((await t.api.post(`/api/notifications/${theirs.notificationId}/read`, undefined, me.auth)).status).toBe(404)
    expect((await t.api.get('/api/notifications/me', me.auth)).body.unreadCount).toBe(1)
    const all = await t.api.post('/api/notifications/read-all', undefined, me.auth)
    expect(all.body).toEqual({ updated: 1 })
    expect((await t.api.get('/api/notifications/me?unread=true', me.auth)).body.totalDocs).toBe(0)
    expect((await t.payload.findByID({ collection: 'notifications', id: theirs.notificationId! })).read).toBe(false)
  })

  it('REST and GraphQL list only my own; I cannot rewrite or create notifications', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await createUser(t.payload)
    const mine = await inApp(me.user.id, 1)
    const theirs = await inApp(other.id, 1)
    const list = await t.api.get('/api/notifications?limit=100', me.auth)
    expect(ids(list.body.docs)).toEqual([mine.notificationId])
    expect((await t.api.get(`/api/notifications/${theirs.notificationId}`, me.auth)).status).toBe(404)
    const gql = await t.api.graphql('{ Notifications(limit: 100) { docs { id title } } }', {}, me.auth)
    expect(gql.body.data.Notifications.docs.map((d: { id: number }) => d.id)).toEqual([mine.notificationId])
    const gqlOther = await t.api.graphql(`{ Notification(id: ${theirs.notificationId}) { id } }`, {}, me.auth)
    expect(gqlOther.body.data?.Notification ?? null).toBeNull()
    const patch = await t.api.patch(`/api/notifications/${mine.notificationId}`, { title: 'Hacked', read: true }, me.auth)
    expect(patch.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'notifications', id: mine.notificationId! })
    expect([after.title, after.read]).toEqual(['Niveau 1 atteint', true])
    expect([403, 404]).toContain((await t.api.patch(`/api/notifications/${theirs.notificationId}`, { read: true }, me.auth)).status)
    expect((await t.api.post('/api/notifications', { user: me.user.id, type: 'x', title: 'Spoof' }, me.auth)).status).toBe(403)
    const gqlCreate = await t.api.graphql('mutation { createNotification(data: { user: 1, type: "x", title: "Spoof" }) { id } }', {}, me.auth)
    expect(gqlCreate.body.errors?.[0].message).toBeTruthy()
  })
})

describe('preferences', () => {
  it('GET|PATCH /api/notification-preferences/me reads and upserts only mine', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await userSession(t.payload, t.api)
    await t.api.patch('/api/notification-preferences/me', { preferences: [{ type: 'badge.awarded', channel: 'email', enabled: false }] }, other.auth)
    expect((await t.api.get('/api/notification-preferences/me', me.auth)).body.preferences).toEqual([])
    const set = await t.api.patch(
      '/api/notification-preferences/me',
      { preferences: [{ type: 'badge.awarded', channel: 'email', enabled: false }, { type: '*', channel: 'sms', enabled: false }] },
      me.auth,
    )
    expect(set.status).toBe(200)
    const again = await t.api.patch('/api/notification-preferences/me', { preferences: [{ type: 'badge.awarded', channel: 'email', enabled: true }] }, me.auth)
    expect(again.body.preferences.map((p: { channel: string; enabled: boolean; type: string }) => [p.type, p.channel, p.enabled])).toEqual([
      ['*', 'sms', false],
      ['badge.awarded', 'email', true],
    ])
    const gql = await t.api.graphql('{ NotificationPreferences(limit: 100) { docs { type user { id } } } }', {}, me.auth)
    expect(gql.body.data.NotificationPreferences.docs.every((d: { user: { id: number } }) => d.user.id === me.user.id)).toBe(true)
    expect(gql.body.data.NotificationPreferences.docs).toHaveLength(2)
    expect((await t.api.get('/api/notification-preferences/me')).status).toBe(401)
  })

  it('bad preference bodies are refused with 400 naming the field, and nothing is written', async () => {
    const me = await userSession(t.payload, t.api)
    const bad = await t.api.patch(
      '/api/notification-preferences/me',
      { preferences: [{ type: 'badge.awarded', channel: 'email', enabled: false }, { type: 'badge.awarded', channel: 'pigeon', enabled: false }] },
      me.auth,
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/preferences\.1\.channel/)
    expect((await t.api.patch('/api/notification-preferences/me', { preferences: [] }, me.auth)).status).toBe(400)
    expect((await t.api.request('PATCH', '/api/notification-preferences/me', { auth: me.auth, raw: '{oops', headers: { 'content-type': 'application/json' } })).status).toBe(400)
    expect((await t.api.get('/api/notification-preferences/me', me.auth)).body.preferences).toEqual([])
  })

  it('a preference created through the collection API belongs to its author whatever the body says', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await createUser(t.payload)
    const res = await t.api.post('/api/notification-preferences', { user: other.id, type: 'level.up', channel: 'push', enabled: false }, me.auth)
    expect(res.status).toBe(201)
    expect(res.body.doc.user.id ?? res.body.doc.user).toBe(me.user.id)
  })
})

describe('push tokens', () => {
  it('registers, re-registers, moves a token to the new owner, and removes it', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await userSession(t.payload, t.api)
    const token = `fcm-token-${++seq}-abcdefghij`
    expect((await t.api.post('/api/push-tokens', { token, platform: 'android' })).status).toBe(401)
    expect((await t.api.post('/api/push-tokens', { token, platform: 'blackberry' }, me.auth)).status).toBe(400)
    const first = await t.api.post('/api/push-tokens', { token, platform: 'android' }, me.auth)
    expect(first.status).toBe(201)
    expect((await t.api.post('/api/push-tokens', { token, platform: 'android' }, me.auth)).status).toBe(200)
    expect(await t.payload.count({ collection: 'push-tokens', where: { token: { equals: token } } })).toEqual({ totalDocs: 1 })
    // the same device signs in as someone else: the token follows
    const moved = await t.api.post('/api/push-tokens', { token, platform: 'android' }, other.auth)
    expect(moved.status).toBe(200)
    expect((await t.api.get('/api/push-tokens', me.auth)).body.docs).toEqual([])
    expect((await t.api.get('/api/push-tokens', other.auth)).body.docs.map((d: { token: string }) => d.token)).toEqual([token])
    const gql = await t.api.graphql('{ PushTokens { docs { token } } }', {}, me.auth)
    expect(gql.body.data.PushTokens.docs).toEqual([])
    // removal: not mine → 404; mine → gone
    expect((await t.api.post('/api/push-tokens/remove', { token }, me.auth)).status).toBe(404)
    expect([403, 404]).toContain((await t.api.delete(`/api/push-tokens/${first.body.doc.id}`, me.auth)).status)
    expect((await t.api.post('/api/push-tokens/remove', { token }, other.auth)).body).toEqual({ removed: 1 })
    expect(await t.payload.count({ collection: 'push-tokens', where: { token: { equals: token } } })).toEqual({ totalDocs: 0 })
  })
})

describe('messages', () => {
  it('direct messages: only sender and recipient see them; the recipient gets an in-app notification', async () => {
    const alice = await userSession(t.payload, t.api, ['student'], { firstName: 'Alice', lastName: 'K' })
    const bob = await userSession(t.payload, t.api, ['student'])
    const eve = await userSession(t.payload, t.api, ['student'])
    const sent = await t.api.post('/api/messages', { recipient: bob.user.id, subject: 'Notes', body: 'Voici mes notes du cours 3.', sender: eve.user.id }, alice.auth)
    expect(sent.status).toBe(201)
    const id = sent.body.doc.id
    expect(sent.body.doc.sender.id ?? sent.body.doc.sender).toBe(alice.user.id)
    expect((await t.api.get(`/api/messages/${id}`, bob.auth)).status).toBe(200)
    expect((await t.api.get(`/api/messages/${id}`, alice.auth)).status).toBe(200)
    expect((await t.api.get(`/api/messages/${id}`, eve.auth)).status).toBe(404)
    const gql = await t.api.graphql('{ Messages { docs { id } } }', {}, eve.auth)
    expect(gql.body.data.Messages.docs).toEqual([])
    const bell = await t.api.get('/api/notifications/me', bob.auth)
    expect(bell.body.docs[0]).toMatchObject({ type: 'message.received', title: 'Message de Alice K', actionUrl: `/messages/${id}` })
    // read status
    let inbox = await t.api.get('/api/messages/me', bob.auth)
    expect(inbox.body).toMatchObject({ totalDocs: 1, unreadCount: 1 })
    expect(inbox.body.docs[0]).toMatchObject({ id, read: false })
    expect((await t.api.post(`/api/messages/${id}/read`, undefined, eve.auth)).status).toBe(404)
    expect((await t.api.post(`/api/messages/${id}/read`, undefined, bob.auth)).status).toBe(200)
    expect((await t.api.post(`/api/messages/${id}/read`, undefined, bob.auth)).status).toBe(200)
    inbox = await t.api.get('/api/messages/me', bob.auth)
    expect(inbox.body).toMatchObject({ unreadCount: 0 })
    expect(inbox.body.docs[0]).toMatchObject({ read: true, readAt: expect.any(String) })
    // the sender's inbox does not hold what they sent
    expect((await t.api.get('/api/messages/me', alice.auth)).body.totalDocs).toBe(0)
    // nobody but admins edits a sent message
    expect([403, 404]).toContain((await t.api.patch(`/api/messages/${id}`, { body: 'changed' }, bob.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/messages/${id}`, { body: 'changed' }, alice.auth)).status)
  })

  it('refuses bad messages with a clear 4xx and stores nothing', async () => {
    const s = await userSession(t.payload, t.api, ['student'])
    const before = await t.payload.count({ collection: 'messages' })
    const noRecipient = await t.api.post('/api/messages', { subject: 'x', body: 'y' }, s.auth)
    expect(noRecipient.status).toBe(400)
    expect(noRecipient.body.errors[0].message).toMatch(/needs a recipient/)
    expect((await t.api.post('/api/messages', { recipient: s.user.id, subject: 'x', body: 'y' }, s.auth)).status).toBe(400)
    const broadcast = await t.api.post('/api/messages', { kind: 'broadcast', audienceRoles: ['student'], subject: 'x', body: 'y' }, s.auth)
    expect(broadcast.status).toBe(403)
    expect(broadcast.body.errors[0].message).toMatch(/Only admins and instructors/)
    const gql = await t.api.graphql('mutation { createMessage(data: { kind: broadcast, audienceRoles: [student], subject: "x", body: "y" }) { id } }', {}, s.auth)
    expect(gql.body.errors?.[0].message).toMatch(/Only admins and instructors/)
    expect((await t.api.post('/api/messages', { recipient: s.user.id, subject: 'x', body: 'y' })).status).toBe(403)
    expect(await t.payload.count({ collection: 'messages' })).toEqual(before)
  })

  it('broadcasts by an instructor reach the role and the listed users only', async () => {
    const teacher = await userSession(t.payload, t.api, ['instructor'])
    const student = await userSession(t.payload, t.api, ['student'])
    const customer = await userSession(t.payload, t.api, ['customer'])
    const guest = await userSession(t.payload, t.api, ['participant'])
    const toRole = await t.api.post('/api/messages', { kind: 'broadcast', audienceRoles: ['student'], subject: 'Cours annulé', body: 'Le cours de jeudi est annulé.' }, teacher.auth)
    expect(toRole.status).toBe(201)
    const toList = await t.api.post('/api/messages', { kind: 'broadcast', audienceUsers: [guest.user.id], subject: 'Invitation', body: 'Bienvenue.' }, teacher.auth)
    expect(toList.status).toBe(201)
    const seen = async (auth: typeof student.auth) => {
      const rest = (await t.api.get('/api/messages/me?limit=100', auth)).body.docs.map((d: { id: number }) => d.id)
      const gql = (await t.api.graphql('{ Messages(limit: 100) { docs { id } } }', {}, auth)).body.data.Messages.docs.map((d: { id: number }) => d.id)
      return { rest: rest.filter((i: number) => [toRole.body.doc.id, toList.body.doc.id].includes(i)), gql: gql.filter((i: number) => [toRole.body.doc.id, toList.body.doc.id].includes(i)) }
    }
    expect(await seen(student.auth)).toEqual({ rest: [toRole.body.doc.id], gql: [toRole.body.doc.id] })
    expect(await seen(guest.auth)).toEqual({ rest: [toList.body.doc.id], gql: [toList.body.doc.id] })
    expect(await seen(customer.auth)).toEqual({ rest: [], gql: [] })
    expect((await t.api.get(`/api/messages/${toRole.body.doc.id}`, customer.auth)).status).toBe(404)
    expect((await t.api.post(`/api/messages/${toRole.body.doc.id}/read`, undefined, student.auth)).status).toBe(200)
    expect((await t.api.post(`/api/messages/${toRole.body.doc.id}/read`, undefined, customer.auth)).status).toBe(404)
    // who read what is not visible to other recipients
    expect((await t.api.get('/api/message-reads', guest.auth)).body.docs).toEqual([])
  })
})

describe('course broadcasts', () => {
  const course = async (instructor: number, title: string) => {
    const category = await t.payload.create({ collection: 'course-categories', data: { name: `${title} cat`, color: '#112233' }, overrideAccess: true })
    const data = { title, instructor, category: category.id, price: 0, currency: 'XOF', _status: 'published' as const }
    return t.payload.create({ collection: 'courses', data, overrideAccess: true })
  }

  it('reach the learners of that course only, enrolled before or after, and only its instructor or an admin sends them', async () => {
    const [teacher, rival, admin] = [await userSession(t.payload, t.api, ['instructor']), await userSession(t.payload, t.api, ['instructor']), await userSession(t.payload, t.api, ['admin'])]
    const [early, late, elsewhere, bystander] = [
      await userSession(t.payload, t.api, ['student']),
      await userSession(t.payload, t.api, ['student']),
      await userSession(t.payload, t.api, ['student']),
      await userSession(t.payload, t.api, ['student']),
    ]
    const mine = await course(teacher.user.id, 'Salsa cubaine')
    const theirs = await course(rival.user.id, 'Kizomba')
    expect((await t.api.post(`/api/courses/${mine.id}/enroll`, {}, early.auth)).status).toBe(201)
    expect((await t.api.post(`/api/courses/${theirs.id}/enroll`, {}, elsewhere.auth)).status).toBe(201)

    const before = await t.payload.count({ collection: 'messages' })
    const foreign = await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: [mine.id, theirs.id], subject: 'x', body: 'y' }, teacher.auth)
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toMatch(/your own courses \("Kizomba"/)
    const gql = await t.api.graphql(`mutation { createMessage(data: { kind: broadcast, audienceCourses: [${theirs.id}], subject: "x", body: "y" }) { id } }`, {}, teacher.auth)
    expect(gql.body.errors?.[0]?.message).toMatch(/your own courses/)
    const unknown = await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: [987654], subject: 'x', body: 'y' }, teacher.auth)
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toMatch(/unknown course 987654/)
    for (const wrong of ['abc', ['abc'], [{}], 12, { id: mine.id }]) {
      const bad = await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: wrong, subject: 'x', body: 'y' }, teacher.auth)
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].message).toBe('audienceCourses: a list of ids is expected.')
    }
    const direct = await t.api.post('/api/messages', { recipient: early.user.id, audienceCourses: [mine.id], subject: 'x', body: 'y' }, teacher.auth)
    expect(direct.status).toBe(400)
    expect(direct.body.errors[0].message).toMatch(/not an audience/)
    expect((await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: [mine.id], subject: 'x', body: 'y' }, early.auth)).status).toBe(403)
    expect(await t.payload.count({ collection: 'messages' })).toEqual(before)

    const sent = await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: [mine.id], subject: 'Salle changée', body: 'Jeudi, salle 2.' }, teacher.auth)
    expect(sent.status).toBe(201)
    const byAdmin = await t.api.post('/api/messages', { kind: 'broadcast', audienceCourses: [theirs.id], subject: 'Maintenance', body: 'Samedi.' }, admin.auth)
    expect(byAdmin.status).toBe(201)
    // enrolled after the message was sent: reads it too, like a course's announcements
    expect((await t.api.post(`/api/courses/${mine.id}/enroll`, {}, late.auth)).status).toBe(201)

    const ours = [sent.body.doc.id, byAdmin.body.doc.id]
    const seen = async (auth: typeof early.auth) => {
      const rest = (await t.api.get('/api/messages/me?limit=100', auth)).body.docs.map((d: { id: number }) => d.id)
      const gqlDocs = (await t.api.graphql('{ Messages(limit: 100) { docs { id } } }', {}, auth)).body.data.Messages.docs.map((d: { id: number }) => d.id)
      return { rest: rest.filter((i: number) => ours.includes(i)), gql: gqlDocs.filter((i: number) => ours.includes(i)).sort() }
    }
    expect(await seen(early.auth)).toEqual({ rest: [sent.body.doc.id], gql: [sent.body.doc.id] })
    expect(await seen(late.auth)).toEqual({ rest: [sent.body.doc.id], gql: [sent.body.doc.id] })
    expect(await seen(elsewhere.auth)).toEqual({ rest: [byAdmin.body.doc.id], gql: [byAdmin.body.doc.id] })
    expect(await seen(bystander.auth)).toEqual({ rest: [], gql: [] })
    // the rival instructor reads the admin's message to their course, not the teacher's
    expect(await seen(rival.auth)).toEqual({ rest: [byAdmin.body.doc.id], gql: [byAdmin.body.doc.id] })
    expect((await t.api.get(`/api/messages/${sent.body.doc.id}`, bystander.auth)).status).toBe(404)
    expect((await t.api.post(`/api/messages/${sent.body.doc.id}/read`, undefined, elsewhere.auth)).status).toBe(404)
    expect((await t.api.post(`/api/messages/${sent.body.doc.id}/read`, undefined, late.auth)).status).toBe(200)
    const inbox = (await t.api.get('/api/messages/me?limit=100', late.auth)).body.docs
    expect(inbox.find((d: { id: number }) => d.id === sent.body.doc.id).read).toBe(true)
  })
})
