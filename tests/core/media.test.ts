import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { pngBytes, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer({ env: { MAX_UPLOAD_BYTES: String(200 * 1024) } })
})
afterAll(async () => {
  await t?.close()
})

async function upload(auth: Auth | undefined, file: Blob, filename: string, fields: Record<string, string> = { alt: 'A red square' }) {
  const form = new FormData()
  form.append('file', file, filename)
  form.append('_payload', JSON.stringify(fields))
  return t.api.request('POST', '/api/media', { auth, raw: form })
}

const count = async () => (await t.payload.count({ collection: 'media' })).totalDocs

describe('media uploads', () => {
  it('stores an image with its webp sizes and records the uploader', async () => {
    const me = await userSession(t.payload, t.api)
    const res = await upload(me.auth, new Blob([await pngBytes(800, 600)], { type: 'image/png' }), 'square.png')
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.uploadedBy).toMatchObject({ id: me.user.id })
    expect(doc.sizes.thumbnail.mimeType).toBe('image/webp')
    expect(doc.sizes.card.width).toBe(768)
    const file = await fetch(`${t.url}${new URL(doc.url, t.url).pathname}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    const thumb = await fetch(`${t.url}${new URL(doc.sizes.thumbnail.url, t.url).pathname}`)
    expect(thumb.status).toBe(200)
  })

  it('refuses anonymous uploads, missing alt text, disallowed types and oversized files — writing nothing', async () => {
    const me = await userSession(t.payload, t.api)
    const before = await count()
    const png = new Blob([await pngBytes()], { type: 'image/png' })
    expect((await upload(undefined, png, 'a.png')).status).toBe(403)
    const noAlt = await upload(me.auth, png, 'a.png', {})
    expect(noAlt.status).toBe(400)
    expect(noAlt.text).toMatch(/alt/i)
    const exe = await upload(me.auth, new Blob([new TextEncoder().encode('MZ\x90\x00 not an image')], { type: 'application/x-msdownload' }), 'evil.exe')
    expect(exe.status).toBe(400)
    expect(exe.text).toMatch(/file type|not allowed|invalid/i)
    const big = await upload(me.auth, new Blob([new Uint8Array(300 * 1024).fill(1)], { type: 'application/pdf' }), 'big.pdf')
    expect(big.status).toBe(413)
    expect(big.text).toMatch(/too large/i)
    expect(await count()).toBe(before)
  })

  it('only the uploader or an admin changes or deletes a file (REST and GraphQL)', async () => {
    const owner = await userSession(t.payload, t.api)
    const other = await userSession(t.payload, t.api)
    const admin = await userSession(t.payload, t.api, ['admin'])
    const created = await upload(owner.auth, new Blob([await pngBytes()], { type: 'image/png' }), 'mine.png')
    const id = created.body.doc.id

    expect((await t.api.get(`/api/media/${id}`)).status).toBe(200) // public read
    expect([403, 404]).toContain((await t.api.patch(`/api/media/${id}`, { alt: 'defaced' }, other.auth)).status)
    expect([403, 404]).toContain((await t.api.delete(`/api/media/${id}`, other.auth)).status)
    const gql = await t.api.graphql('mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "defaced" }) { id alt } }', { id }, other.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.findByID({ collection: 'media', id })).alt).toBe('A red square')

    expect((await t.api.patch(`/api/media/${id}`, { alt: 'Mine, renamed' }, owner.auth)).status).toBe(200)
    expect((await t.api.patch(`/api/media/${id}`, { uploadedBy: other.user.id }, owner.auth)).body.doc?.uploadedBy?.id ?? owner.user.id).toBe(owner.user.id)
    expect((await t.api.delete(`/api/media/${id}`, admin.auth)).status).toBe(200)
  })
})

describe('malformed input', () => {
  it('answers 4xx with a message for malformed JSON, wrong types and unknown ids', async () => {
    const me = await userSession(t.payload, t.api)
    const malformed = await t.api.request('PATCH', `/api/users/${me.user.id}`, {
      auth: me.auth,
      raw: '{"firstName": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    const wrongType = await t.api.patch(`/api/users/${me.user.id}`, { birthDate: 'not-a-date' }, me.auth)
    expect(wrongType.status).toBe(400)
    expect((await t.api.get('/api/media/999999')).status).toBe(404)
    expect((await t.api.get('/api/media/not-a-number')).status).toBeLessThan(500)
    expect((await t.api.get('/api/no-such-collection')).status).toBe(404)
  })
})
