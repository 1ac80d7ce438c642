/**
 * Requests Payload's own routes could not take: bodies that are not JSON objects, ids that are not
 * ids, versions of collections that keep none, missing files. Each gets a 4xx, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('malformed requests get a 4xx, never a 500', () => {
  it('a JSON body that is not an object, malformed or too large', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    const json = { 'content-type': 'application/json' }
    const before = await t.payload.count({ collection: 'course-categories' })
    for (const [method, path] of [['POST', '/api/course-categories'], ['PATCH', `/api/users/${admin.user.id}`], ['POST', `/api/users/${admin.user.id}/duplicate`], ['POST', '/api/graphql']]) {
      for (const raw of ['"str"', '[]', '12', 'null']) {
        const res = await t.api.request(method, path, { auth: admin.auth, raw, headers: json })
        expect(res.status, `${method} ${path} ${raw}`).toBe(400)
        expect(res.body.errors[0].message).toBe('The request body must be a JSON object.')
      }
      const broken = await t.api.request(method, path, { auth: admin.auth, raw: '{"name":', headers: json })
      expect(broken.status).toBe(400)
      expect(broken.body.errors[0].message).toBe('Malformed JSON body.')
    }
    const huge = await t.api.request('POST', '/api/course-categories', { auth: admin.auth, raw: JSON.stringify({ name: 'x'.repeat(6 * 1024 * 1024) }), headers: json })
    expect(huge.status).toBe(413)
    expect(await t.payload.count({ collection: 'course-categories' })).toEqual(before)
    // a JSON object still goes through
    expect((await t.api.post('/api/course-categories', { name: 'Zouk', color: '#112233' }, admin.auth)).status).toBe(201)
  })

  it('ids that are not ids, versions of what keeps none, files that do not exist: 404', async () => {
    const admin = await userSession(t.payload, t.api, ['admin'])
    for (const [method, path] of [
      ['GET', '/api/course-categories/versions/1'],
      ['POST', '/api/course-categories/versions/1'],
      ['GET', '/api/users/versions'],
      ['GET', '/api/globals/payload-jobs-stats/versions/1'],
      ['GET', '/api/courses/abc'],
      ['PATCH', '/api/courses/abc'],
      ['DELETE', '/api/course-categories/abc'],
      ['GET', '/api/media/file/nothing-here.png'],
    ]) {
      const res = await t.api.request(method, path, { auth: admin.auth, body: method === 'GET' || method === 'DELETE' ? undefined : {} })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    // a versioned collection keeps its routes; a version id that is not one is refused
    expect((await t.api.get('/api/courses/versions?limit=1', admin.auth)).status).toBe(200)
    expect([400, 404]).toContain((await t.api.get('/api/courses/versions/abc', admin.auth)).status)
  })
})
