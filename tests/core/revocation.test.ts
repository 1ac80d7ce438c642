/**
 * Revoked access ends at once: deactivation, a password change and a password reset end the other
 * sessions and tokens of a user, over REST and GraphQL, with JWT header, cookie and API key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { PASSWORD, createUser, pngBytes, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let admin: Auth

beforeAll(async () => {
  t = await startTestServer()
  admin = (await userSession(t.payload, t.api, ['admin'])).auth
})
afterAll(async () => {
  await t?.close()
})

const jwt = (a: Auth): Auth => ({ token: a.token })
const cookie = (a: Auth): Auth => ({ cookie: a.cookie })

/** Status of reading one's own user document over REST, and over GraphQL. */
async function restStatus(id: number, auth: Auth) {
  return (await t.api.get(`/api/users/${id}`, auth)).status
}
async function graphqlStatus(id: number, auth: Auth) {
  const res = await t.api.graphql<{ User: { id: number } | null }>('query ($id: Int!) { User(id: $id) { id } }', { id }, auth)
  if (res.status === 401) {
    expect(res.body.errors?.[0].extensions?.statusCode).toBe(401)
    return 401
  }
  return res.body.data?.User?.id === id ? 200 : (res.body.errors?.[0].extensions?.statusCode ?? res.status)
}

describe('deactivation', () => {
  it('ends JWT, cookie and API key access at once (REST and GraphQL), and reactivation does not revive them', async () => {
    const apiKey = `key-${'d'.repeat(28)}`
    const user = await createUser(t.payload, { enableAPIKey: true, apiKey })
    const session = await t.api.login(user.email, PASSWORD)
    const credentials = { jwt: jwt(session), cookie: cookie(session), apiKey: { apiKey } as Auth }
    for (const [name, auth] of Object.entries(credentials)) {
      expect(await restStatus(user.id, auth), name).toBe(200)
      expect(await graphqlStatus(user.id, auth), name).toBe(200)
    }

    expect((await t.api.patch(`/api/users/${user.id}`, { active: false }, admin)).status).toBe(200)

    for (const [name, auth] of Object.entries(credentials)) {
      const rest = await t.api.get(`/api/users/${user.id}`, auth)
      expect(rest.status, name).toBe(401)
      expect(rest.body.errors[0].message, name).toMatch(/no longer valid/)
      expect(await graphqlStatus(user.id, auth), name).toBe(401)
      // Payload's "who am I" keeps its contract: nobody
      expect((await t.api.get('/api/users/me', auth)).body.user, name).toBeNull()
    }
    const row = (await t.payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true, overrideAccess: true })) as unknown as {
      enableAPIKey: boolean
      sessions: unknown[]
    }
    expect(row.enableAPIKey).toBe(false)
    expect(row.sessions).toEqual([])

    // back on: the old session and the API key stay dead; a fresh login works
    expect((await t.api.patch(`/api/users/${user.id}`, { active: true }, admin)).status).toBe(200)
    for (const [name, auth] of Object.entries(credentials)) expect(await restStatus(user.id, auth), name).toBe(401)
    const again = await t.api.login(user.email, PASSWORD)
    expect(await restStatus(user.id, jwt(again))).toBe(200)
  })

  it('refuses an inactive user on every request even while sessions and API key are still stored (flag written behind the hooks)', async () => {
    const apiKey = `key-${'e'.repeat(28)}`
    const user = await createUser(t.payload, { enableAPIKey: true, apiKey })
    const session = await t.api.login(user.email, PASSWORD)
    // straight to the database: no hook ends the sessions or turns the key off
    await t.payload.db.updateOne({ collection: 'users', id: user.id, data: { active: false }, returning: false })
    const row = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as { sessions: unknown[] }
    expect(row.sessions).toHaveLength(1)
    for (const auth of [jwt(session), cookie(session), { apiKey }]) {
      expect(await restStatus(user.id, auth)).toBe(401)
      expect(await graphqlStatus(user.id, auth)).toBe(401)
    }
    // control: the same flag flipped back lets the very same credentials in again
    await t.payload.db.updateOne({ collection: 'users', id: user.id, data: { active: true }, returning: false })
    for (const auth of [jwt(session), cookie(session), { apiKey }]) expect(await restStatus(user.id, auth)).toBe(200)
  })
})

describe('password change', () => {
  it('by the user: keeps the session that made it, ends the others; the new password logs in', async () => {
    const user = await createUser(t.payload)
    const here = await t.api.login(user.email, PASSWORD)
    const elsewhere = await t.api.login(user.email, PASSWORD)
    expect(await restStatus(user.id, jwt(elsewhere))).toBe(200)

    const change = await t.api.patch(`/api/users/${user.id}`, { password: 'a-brand-new-password' }, jwt(here))
    expect(change.status).toBe(200)

    expect(await restStatus(user.id, jwt(here))).toBe(200)
    expect(await restStatus(user.id, jwt(elsewhere))).toBe(401)
    expect(await restStatus(user.id, cookie(elsewhere))).toBe(401)
    expect(await graphqlStatus(user.id, jwt(elsewhere))).toBe(401)
    expect((await t.api.post('/api/users/login', { email: user.email, password: PASSWORD })).status).toBe(401)
    const fresh = await t.api.login(user.email, 'a-brand-new-password')
    expect(await restStatus(user.id, jwt(fresh))).toBe(200)
  })

  it('through GraphQL as well', async () => {
    const user = await createUser(t.payload)
    const here = await t.api.login(user.email, PASSWORD)
    const elsewhere = await t.api.login(user.email, PASSWORD)
    const res = await t.api.graphql('mutation ($id: Int!) { updateUser(id: $id, data: { password: "graphql-new-password" }) { id } }', { id: user.id }, jwt(here))
    expect(res.body.errors).toBeUndefined()
    expect(await graphqlStatus(user.id, jwt(here))).toBe(200)
    expect(await graphqlStatus(user.id, jwt(elsewhere))).toBe(401)
  })

  it('by an admin: ends every session of that user, and only that user', async () => {
    const user = await createUser(t.payload)
    const bystander = await userSession(t.payload, t.api)
    const a = await t.api.login(user.email, PASSWORD)
    const b = await t.api.login(user.email, PASSWORD)
    expect((await t.api.patch(`/api/users/${user.id}`, { password: 'set-by-the-admin' }, admin)).status).toBe(200)
    expect(await restStatus(user.id, jwt(a))).toBe(401)
    expect(await restStatus(user.id, jwt(b))).toBe(401)
    expect(await restStatus(bystander.user.id, jwt(bystander.auth))).toBe(200)
    expect(await restStatus(user.id, jwt(await t.api.login(user.email, 'set-by-the-admin')))).toBe(200)
  })

  it('other profile edits end no session', async () => {
    const user = await createUser(t.payload)
    const a = await t.api.login(user.email, PASSWORD)
    const b = await t.api.login(user.email, PASSWORD)
    expect((await t.api.patch(`/api/users/${user.id}`, { firstName: 'Awa' }, jwt(a))).status).toBe(200)
    expect((await t.api.patch(`/api/users/${user.id}`, { bio: 'dancer' }, admin)).status).toBe(200)
    expect(await restStatus(user.id, jwt(a))).toBe(200)
    expect(await restStatus(user.id, jwt(b))).toBe(200)
  })
})

describe('password reset', () => {
  it('ends every earlier session; the token it returns works', async () => {
    const user = await createUser(t.payload)
    const a = await t.api.login(user.email, PASSWORD)
    const b = await t.api.login(user.email, PASSWORD)
    const token = await t.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await t.api.post('/api/users/reset-password', { token, password: 'after-the-reset' })
    expect(reset.status).toBe(200)
    expect(await restStatus(user.id, jwt(a))).toBe(401)
    expect(await restStatus(user.id, cookie(b))).toBe(401)
    expect(await graphqlStatus(user.id, jwt(b))).toBe(401)
    expect(await restStatus(user.id, { token: reset.body.token })).toBe(200)
    expect(await restStatus(user.id, jwt(await t.api.login(user.email, 'after-the-reset')))).toBe(200)
  })

  it('a refused reset (bad token, or a valid token with an unusable password) ends nothing', async () => {
    const user = await createUser(t.payload)
    const a = await t.api.login(user.email, PASSWORD)
    expect((await t.api.post('/api/users/reset-password', { token: 'not-a-token', password: 'whatever-password' })).status).toBe(403)
    expect(await restStatus(user.id, jwt(a))).toBe(200)
    // the sessions were ended inside the reset's transaction: its failure takes that back too
    const token = await t.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const refused = await t.api.post('/api/users/reset-password', { token, password: '' })
    // refused by Payload's password check, which runs after the hook ended the sessions
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('password')
    expect(await restStatus(user.id, jwt(a))).toBe(200)
  })
})

describe('dead credentials', () => {
  it('a forged or logged-out token is 401, not served as anonymous; no credential is still anonymous', async () => {
    const { user, auth } = await userSession(t.payload, t.api)
    expect((await t.api.post('/api/users/logout', undefined, jwt(auth))).status).toBe(200)
    expect(await restStatus(user.id, jwt(auth))).toBe(401)
    expect((await t.api.get('/api/users', { token: 'not.a.jwt' })).status).toBe(401)
    // a dead cookie is expired in the answer, so the browser stops sending it
    const byCookie = await t.api.get(`/api/users/${user.id}`, cookie(auth))
    expect(byCookie.status).toBe(401)
    const expired = byCookie.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(expired).toBeDefined()
    expect(new Date(/Expires=([^;]+)/i.exec(expired!)?.[1] ?? '').getTime()).toBeLessThan(Date.now())
    expect((await t.api.get(`/api/users/${user.id}`, jwt(auth))).headers.getSetCookie()).toEqual([])
    expect((await t.api.get('/api/users', { apiKey: 'x'.repeat(32) })).status).toBe(401)
    expect((await t.api.graphql('{ Users { docs { id } } }', undefined, { token: 'not.a.jwt' })).status).toBe(401)
    // control: without any credential the same requests are anonymous ones (403 from access control)
    expect((await t.api.get('/api/users')).status).toBe(403)
    expect((await t.api.graphql('{ Users { docs { id } } }')).body.errors?.[0].extensions?.statusCode).toBe(403)
  })

  it('a browser holding a dead cookie can still log in again (REST and GraphQL)', async () => {
    const user = await createUser(t.payload)
    const old = await t.api.login(user.email, PASSWORD)
    expect((await t.api.patch(`/api/users/${user.id}`, { active: false }, admin)).status).toBe(200)
    expect((await t.api.patch(`/api/users/${user.id}`, { active: true }, admin)).status).toBe(200)
    const rest = await t.api.request('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD }, auth: cookie(old) })
    expect(rest.status).toBe(200)
    const gql = await t.api.graphql(
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      { email: user.email, password: PASSWORD },
      cookie(old),
    )
    expect(gql.status).toBe(200)
    expect(gql.body.data).toMatchObject({ loginUser: { token: expect.any(String) } })

    // public upload files (a page's images) are served as anonymous rather than a burst of 401s
    const bytes = Buffer.from(await pngBytes(8, 8))
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'square' } as never,
      file: { data: bytes, mimetype: 'image/png', name: 'dead-cookie.png', size: bytes.length },
    })
    const file = await t.api.request('GET', new URL(media.url as string, t.url).pathname, { auth: cookie(old) })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
  })
})
