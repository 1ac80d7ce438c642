import { describe, expect, it } from 'vitest'

import { isDeactivated, isGraphqlAuthFlow, presentsCredentials, refusesDeadCredentials } from './revocation'

const payload = { config: { cookiePrefix: 'payload' } } as never
const headers = (h: Record<string, string>) => new Headers(h)

describe('presentsCredentials', () => {
  it('sees a JWT or Bearer header, an API key header and the session cookie', () => {
    expect(presentsCredentials(headers({ authorization: 'JWT abc.def.ghi' }), payload)).toBe(true)
    expect(presentsCredentials(headers({ authorization: 'Bearer abc' }), payload)).toBe(true)
    expect(presentsCredentials(headers({ authorization: 'users API-Key 0123' }), payload)).toBe(true)
    expect(presentsCredentials(headers({ cookie: 'lang=fr; payload-token=abc' }), payload)).toBe(true)
  })

  it('does not take other headers or cookies for one', () => {
    expect(presentsCredentials(headers({}), payload)).toBe(false)
    expect(presentsCredentials(headers({ authorization: 'Basic dXNlcjpwYXNz' }), payload)).toBe(false)
    expect(presentsCredentials(headers({ authorization: 'JWT ' }), payload)).toBe(false)
    expect(presentsCredentials(headers({ cookie: 'lang=fr; payload-token=' }), payload)).toBe(false)
    expect(presentsCredentials(headers({ cookie: 'other-token=abc' }), payload)).toBe(false)
  })
})

describe('refusesDeadCredentials', () => {
  it('guards every API route except the auth flow, upload files, webhooks and the jobs runner', () => {
    const users = { kind: 'collection', auth: true } as const
    const media = { kind: 'collection', upload: true } as const
    const plain = { kind: 'collection' } as const
    expect(refusesDeadCredentials('/:id', users)).toBe(true)
    expect(refusesDeadCredentials('/', plain)).toBe(true)
    expect(refusesDeadCredentials('/:id', media)).toBe(true)
    expect(refusesDeadCredentials('/', { kind: 'global' })).toBe(true)
    expect(refusesDeadCredentials('/openapi.json', { kind: 'root' })).toBe(true)
    for (const path of ['/login', '/logout', '/refresh-token', '/me', '/forgot-password', '/reset-password', '/verify/:token', '/register']) {
      expect(refusesDeadCredentials(path, users), path).toBe(false)
      // the same paths in a collection without auth are ordinary custom routes
      expect(refusesDeadCredentials(path, plain), path).toBe(true)
    }
    expect(refusesDeadCredentials('/file/:filename', media)).toBe(false)
    expect(refusesDeadCredentials('/webhooks/stripe', plain)).toBe(false)
    expect(refusesDeadCredentials('/run', plain)).toBe(false)
    expect(refusesDeadCredentials('/access', { kind: 'root' })).toBe(false)
  })
})

describe('isGraphqlAuthFlow', () => {
  it('lets through bodies that only log in, log out or ask who is logged in', () => {
    expect(isGraphqlAuthFlow({ query: 'mutation { loginUser(email: "a", password: "b") { token } }' })).toBe(true)
    expect(isGraphqlAuthFlow({ query: '{ meUser { user { id } } Access { canAccessAdmin } }' })).toBe(true)
    expect(isGraphqlAuthFlow({ query: 'query A { Users { docs { id } } } mutation B { logoutUser }', operationName: 'B' })).toBe(true)
  })

  it('refuses anything else, several unnamed operations and unreadable bodies', () => {
    expect(isGraphqlAuthFlow({ query: '{ Users { docs { id } } }' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: '{ meUser { user { id } } Users { docs { id } } }' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: 'query A { meUser { user { id } } } mutation B { updateUser(id: 1, data: {}) { id } }', operationName: 'B' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: 'query A { meUser { user { id } } } query B { meUser { user { id } } }' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: '{ Meetup(id: 1) { id } }' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: '{ ...on Query { meUser { user { id } } } }' })).toBe(false)
    expect(isGraphqlAuthFlow({ query: 'not graphql' })).toBe(false)
    expect(isGraphqlAuthFlow(null)).toBe(false)
  })
})

describe('isDeactivated', () => {
  it('only a users row with active=false', () => {
    expect(isDeactivated({ collection: 'users', active: false })).toBe(true)
    expect(isDeactivated({ collection: 'users', active: true })).toBe(false)
    expect(isDeactivated({ collection: 'users' })).toBe(false)
    expect(isDeactivated({ collection: 'restaurants', active: false })).toBe(false)
    expect(isDeactivated(null)).toBe(false)
  })
})
