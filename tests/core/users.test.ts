import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('users: access through REST', () => {
  it('anonymous cannot list or read users', async () => {
    const u = await createUser(t.payload)
    expect((await t.api.get('/api/users')).status).toBe(403)
    expect((await t.api.get(`/api/users/${u.id}`)).status).toBe(403)
  })

  it('a user reads and updates only themselves', async () => {
    const me = await userSession(t.payload, t.api)
    const other = await createUser(t.payload)
    const list = await t.api.get('/api/users', me.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([me.user.id])
    expect((await t.api.get(`/api/users/${other.id}`, me.auth)).status).toBe(404)
    const patchOther = await t.api.patch(`/api/users/${other.id}`, { firstName: 'Hacked' }, me.auth)
    expect([403, 404]).toContain(patchOther.status)
    const after = await t.payload.findByID({ collection: 'users', id: other.id })
    expect(after.firstName).not.toBe('Hacked')
    const patchSelf = await t.api.patch(`/api/users/${me.user.id}`, { firstName: 'Awa', city: 'Abidjan' }, me.auth)
    expect(patchSelf.status).toBe(200)
    expect(patchSelf.body.doc.firstName).toBe('Awa')
  })

  it('admins read and change everyone', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const other = await createUser(t.payload)
    expect((await t.api.get(`/api/users/${other.id}`, admin.auth)).status).toBe(200)
    const res = await t.api.patch(`/api/users/${other.id}`, { roles: ['instructor'] }, admin.auth)
    expect(res.status).toBe(200)
    expect(res.body.doc.roles).toEqual(['instructor'])
  })

  it('refuses role escalation, verified and active flips by a non-admin, and writes nothing', async () => {
    const me = await userSession(t.payload, t.api)
    for (const data of [{ roles: ['admin'] }, { active: false }, { _verified: false }, { roles: ['participant', 'admin'], firstName: 'X' }]) {
      const res = await t.api.patch(`/api/users/${me.user.id}`, data, me.auth)
      expect(res.status, JSON.stringify(data)).toBe(403)
      expect(res.body.errors[0].message).toMatch(/Only an admin/)
    }
    const after = await t.payload.findByID({ collection: 'users', id: me.user.id, showHiddenFields: true })
    expect(after.roles).toEqual(['participant'])
    expect(after.firstName).not.toBe('X')
    // sending one's own unchanged roles is harmless (admin UI sends the whole form)
    expect((await t.api.patch(`/api/users/${me.user.id}`, { roles: ['participant'], city: 'Lyon' }, me.auth)).status).toBe(200)
  })

  it('non-admins cannot create users directly', async () => {
    const me = await userSession(t.payload, t.api)
    const res = await t.api.post('/api/users', { email: 'x@test.local', password: PASSWORD, roles: ['admin'] }, me.auth)
    expect(res.status).toBe(403)
  })

  it('validates phone (E.164) and country (ISO) with a clear 400', async () => {
    const me = await userSession(t.payload, t.api)
    const bad = await t.api.patch(`/api/users/${me.user.id}`, { phone: '0612345678' }, me.auth)
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/E\.164/)
    const badCountry = await t.api.patch(`/api/users/${me.user.id}`, { country: 'XX' }, me.auth)
    expect(badCountry.status).toBe(400)
    const ok = await t.api.patch(`/api/users/${me.user.id}`, { phone: '+33612345678', country: 'FR' }, me.auth)
    expect(ok.status).toBe(200)
  })

  it('refuses a wrong JSON type for a text, number or list field with a 400 naming it, and writes nothing', async () => {
    const me = await userSession(t.payload, t.api, ['participant'], { firstName: 'Awa' })
    for (const wrong of [{ a: 1 }, ['Awa'], 12, true]) {
      const res = await t.api.patch(`/api/users/${me.user.id}`, { firstName: wrong, bio: 'unchanged?' }, me.auth)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'firstName', message: 'Must be a text.' })])
    }
    const admin = await userSession(t.payload, t.api, ['admin'])
    const nested = await t.api.post('/api/course-categories', { name: 'Salsa', color: '#112233', description: { text: 'x' } }, admin.auth)
    expect(nested.status).toBe(400)
    expect(nested.body.errors[0].data.errors[0].path).toBe('description')
    // a list of rows and a number: a string for the list crashed its validation (500), [5] was dropped silently, "5.32abc" stored as 5.32
    const customer = await userSession(t.payload, t.api, ['customer'])
    const row = { key: 'work', label: 'Bureau', address: 'Plateau, Abidjan', latitude: 5.32, longitude: -4.02 }
    for (const [deliveryAddresses, path, message] of [
      ['home', 'deliveryAddresses', 'Must be a list of objects.'],
      [[5], 'deliveryAddresses', 'Must be a list of objects.'],
      [[{ ...row, latitude: '5.32abc' }], 'deliveryAddresses.0.latitude', 'Must be a number.'],
      [[{ ...row, label: 7 }], 'deliveryAddresses.0.label', 'Must be a text.'],
    ] as const) {
      const res = await t.api.post('/api/customer-profiles', { deliveryAddresses }, customer.auth)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([expect.objectContaining({ path, message })])
    }
    expect((await t.payload.count({ collection: 'customer-profiles', where: { user: { equals: customer.user.id } } })).totalDocs).toBe(0)
    expect((await t.api.post('/api/customer-profiles', { deliveryAddresses: [row] }, customer.auth)).status).toBe(201)
    // nothing was written
    expect(await t.payload.findByID({ collection: 'users', id: me.user.id })).toMatchObject({ firstName: 'Awa', bio: null })
    expect((await t.payload.count({ collection: 'course-categories', where: { name: { equals: 'Salsa' } } })).totalDocs).toBe(0)
  })

  it('deactivated accounts cannot log in', async () => {
    const u = await createUser(t.payload, { active: false })
    const res = await t.api.post('/api/users/login', { email: u.email, password: PASSWORD })
    expect(res.status).toBe(403)
    expect(res.text).toMatch(/deactivated/)
  })
})

describe('users: access through GraphQL', () => {
  it('anonymous gets no users; a user sees only themselves; escalation is refused', async () => {
    const me = await userSession(t.payload, t.api)
    await createUser(t.payload)
    const anon = await t.api.graphql('{ Users { docs { id email } } }')
    expect(anon.body.errors?.[0].extensions?.statusCode).toBe(403)
    const mine = await t.api.graphql<{ Users: { docs: { id: number }[] } }>('{ Users { docs { id email } } }', undefined, me.auth)
    expect(mine.body.data.Users.docs.map((d) => d.id)).toEqual([me.user.id])
    const esc = await t.api.graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { id roles } }',
      { id: me.user.id },
      me.auth,
    )
    expect(esc.body.errors?.[0].message).toMatch(/Only an admin/)
    const after = await t.payload.findByID({ collection: 'users', id: me.user.id })
    expect(after.roles).toEqual(['participant'])
  })
})

describe('auth mechanisms', () => {
  it('JWT header, cookie and API key each authenticate /api/users/me', async () => {
    const me = await userSession(t.payload, t.api)
    const byJwt = await t.api.get('/api/users/me', { token: me.auth.token })
    expect(byJwt.body.user.id).toBe(me.user.id)
    const byCookie = await t.api.get('/api/users/me', { cookie: me.auth.cookie })
    expect(byCookie.body.user.id).toBe(me.user.id)

    const bot = await createUser(t.payload, { roles: ['admin'], enableAPIKey: true, apiKey: 'k'.repeat(32) })
    const byKey = await t.api.get('/api/users/me', { apiKey: 'k'.repeat(32) })
    expect(byKey.body.user.id).toBe(bot.id)
    expect((await t.api.get('/api/users/me', { apiKey: 'wrong'.repeat(8) })).body.user).toBeNull()
  })

  it('refresh issues a new token; logout ends the session', async () => {
    const me = await userSession(t.payload, t.api)
    const refreshed = await t.api.post('/api/users/refresh-token', undefined, { token: me.auth.token })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refreshedToken).toBeTruthy()
    const out = await t.api.post('/api/users/logout', undefined, { token: refreshed.body.refreshedToken })
    expect(out.status).toBe(200)
    const after = await t.api.get('/api/users/me', { token: refreshed.body.refreshedToken })
    expect(after.body.user).toBeNull()
  })

  it('locks the account after too many failed logins', async () => {
    const u = await createUser(t.payload)
    for (let i = 0; i < 5; i++) {
      expect((await t.api.post('/api/users/login', { email: u.email, password: 'wrong-password' })).status).toBe(401)
    }
    const locked = await t.api.post('/api/users/login', { email: u.email, password: PASSWORD })
    expect(locked.status).toBe(401)
    expect(locked.text).toMatch(/locked/i)
    // an admin unlocks it
    const admin = await userSession(t.payload, t.api, ['admin'])
    expect((await t.api.post('/api/users/unlock', { email: u.email }, admin.auth)).status).toBe(200)
    expect((await t.api.post('/api/users/login', { email: u.email, password: PASSWORD })).status).toBe(200)
  })
})
