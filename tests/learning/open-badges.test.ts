/**
 * Open Badges 3.0 over real HTTP: credentials carry a BitstringStatusListEntry whose public status
 * list shows a revoked badge or certificate as revoked; the recipient identifier resolves; the
 * development signing key is generated once under the data dir and survives restarts.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { makeCategory, makeCourse } from './fixtures'

const run = promisify(execFile)
const dataDir = path.join(os.tmpdir(), `ob-${randomBytes(4).toString('hex')}`)
const keyFile = path.join(dataDir, 'open-badges', 'signing-key.jwk.json')

let t: TestServer
type Session = Awaited<ReturnType<typeof userSession>>
let admin: Session
let holder: Session
let other: Session

beforeAll(async () => {
  t = await startTestServer({ env: { OPEN_BADGES_KEY_FILE: keyFile, OPEN_BADGES_PRIVATE_KEY: undefined } })
  ;[admin, holder, other] = await Promise.all([
    userSession(t.payload, t.api, ['admin']),
    userSession(t.payload, t.api, ['student'], { firstName: 'Awa', lastName: 'Ndiaye' }),
    userSession(t.payload, t.api, ['student']),
  ])
})
afterAll(async () => {
  await t?.close()
  await fs.rm(dataDir, { recursive: true, force: true })
})

/** Boots the signer in a separate Node process (a restart) and returns the JWKS it publishes. */
async function jwksInFreshProcess(file: string) {
  const script = `import(${JSON.stringify(path.resolve('src/plugins/learning/services/open-badges.ts'))}).then(async (m) => process.stdout.write(JSON.stringify(await m.jwks())))`
  const { stdout } = await run(path.resolve('node_modules/.bin/tsx'), ['--eval', script], {
    env: { ...process.env, OPEN_BADGES_KEY_FILE: file, OPEN_BADGES_PRIVATE_KEY: '', NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    timeout: 60_000,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { keys: { kid: string; x: string; d?: string }[] }
}

const bit = (encodedList: string, index: number) => {
  expect(encodedList.startsWith('u')).toBe(true)
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'))
  expect(bytes.length * 8).toBeGreaterThanOrEqual(131_072)
  return (bytes[index >> 3] >> (7 - (index & 7))) & 1
}

/** What a verifier does: fetch the status list credential the entry names and read the bit. */
async function revokedBit(status: { statusListCredential: string; statusListIndex: string }) {
  const url = new URL(status.statusListCredential)
  const res = await t.api.get(url.pathname)
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ id: status.statusListCredential, type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } })
  return bit(res.body.credentialSubject.encodedList, Number(status.statusListIndex))
}

const verifyJwt = async (jwt: string) => {
  const jwks = (await t.api.get('/api/open-badges/jwks')).body
  const header = decodeProtectedHeader(jwt)
  return jwtVerify(jwt, createLocalJWKSet({ keys: jwks.keys.map((k: any) => ({ ...k, kid: header.kid })) }))
}

describe('development signing key', () => {
  it('is generated once under the data dir and survives restarts (same kid and public key)', async () => {
    const served = (await t.api.get('/api/open-badges/jwks')).body
    expect(served.keys).toHaveLength(1)
    const stat = await fs.stat(keyFile)
    expect(stat.mode & 0o777).toBe(0o600)
    // the key's folder is private, the data dir above it is not made so (it also holds the
    // embedded PostgreSQL, which the `postgres` user must pass through when started as root)
    expect((await fs.stat(path.dirname(keyFile))).mode & 0o777).toBe(0o700)
    expect((await fs.stat(dataDir)).mode & 0o001).toBe(0o001)
    // two more boots on the same data dir
    const [a, b] = [await jwksInFreshProcess(keyFile), await jwksInFreshProcess(keyFile)]
    expect(a.keys[0]).toEqual(served.keys[0])
    expect(b.keys[0]).toEqual(served.keys[0])
    expect(served.keys[0]).not.toHaveProperty('d')
    // control: another data dir gets another key
    const elsewhere = await jwksInFreshProcess(path.join(dataDir, 'other', 'key.json'))
    expect(elsewhere.keys[0].kid).not.toBe(served.keys[0].kid)
  }, 180_000)
})

describe('earned badges', () => {
  let ubId: number
  let otherUbId: number
  let credential: any

  beforeAll(async () => {
    const badge = await t.payload.create({ collection: 'badges', data: { name: 'Revocable', description: 'Can be taken back', tier: 'silver', criteria: { type: 'lessons_completed', value: 1 } } })
    const earnedAt = new Date().toISOString()
    ubId = (await t.payload.create({ collection: 'user-badges', data: { user: holder.user.id, badge: badge.id, earnedAt } })).id
    otherUbId = (await t.payload.create({ collection: 'user-badges', data: { user: other.user.id, badge: badge.id, earnedAt } })).id
    const res = await t.api.get(`/api/user-badges/${ubId}/open-badge`, holder.auth)
    expect(res.status).toBe(200)
    credential = res.body.credential
    const { payload } = await verifyJwt(res.body.jwt)
    expect(payload.vc).toEqual(credential)
  })

  it('carries a BitstringStatusListEntry pointing to a public status list', () => {
    expect(credential.credentialStatus).toEqual({
      id: `${t.url}/api/open-badges/status/badges#${ubId}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(ubId),
      statusListCredential: `${t.url}/api/open-badges/status/badges`,
    })
  })

  it('its recipient identifier resolves to the learner profile; forged identifiers do not', async () => {
    const id: string = credential.credentialSubject.id
    expect(id.startsWith(`${t.url}/api/open-badges/recipients/${holder.user.id}.`)).toBe(true)
    const res = await t.api.get(new URL(id).pathname)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id, type: ['Profile'] })
    // someone else's id with this MAC, a mangled MAC, junk
    expect((await t.api.get(`/api/open-badges/recipients/${other.user.id}.${id.split('.').at(-1)}`)).status).toBe(404)
    expect((await t.api.get(`${new URL(id).pathname.slice(0, -2)}xx`)).status).toBe(404)
    expect((await t.api.get('/api/open-badges/recipients/abc')).status).toBe(404)
  })

  it('shows revoked to verifiers once an admin revokes it; only admins revoke, once', async () => {
    expect(await revokedBit(credential.credentialStatus)).toBe(0)
    expect((await t.api.post(`/api/user-badges/${ubId}/revoke`, { reason: 'Cheated on the quiz' }, holder.auth)).status).toBe(403)
    expect((await t.api.post(`/api/user-badges/${ubId}/revoke`, { reason: 'Cheated on the quiz' })).status).toBe(401)
    const bad = await t.api.post(`/api/user-badges/${ubId}/revoke`, { reason: '' }, admin.auth)
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/reason/)
    const ok = await t.api.post(`/api/user-badges/${ubId}/revoke`, { reason: 'Cheated on the quiz' }, admin.auth)
    expect(ok.status).toBe(200)
    expect(ok.body.userBadge).toMatchObject({ id: ubId, revokedReason: 'Cheated on the quiz' })
    expect((await t.api.post(`/api/user-badges/${ubId}/revoke`, { reason: 'Again and again' }, admin.auth)).status).toBe(409)
    expect((await t.api.post('/api/user-badges/99999999/revoke', { reason: 'Nobody here' }, admin.auth)).status).toBe(404)

    expect(await revokedBit(credential.credentialStatus)).toBe(1)
    // another learner's badge is untouched
    const theirs = (await t.api.get(`/api/user-badges/${otherUbId}/open-badge`, other.auth)).body.credential
    expect(await revokedBit(theirs.credentialStatus)).toBe(0)
    // the list is a credential signed by the issuer, as a VC-JWT too
    const signed = await t.api.request('GET', '/api/open-badges/status/badges', { headers: { accept: 'application/vc+jwt' } })
    expect(signed.headers.get('content-type')).toMatch(/application\/vc\+jwt/)
    const { payload } = await verifyJwt(signed.text)
    expect(payload.iss).toBe(`${t.url}/api/open-badges/issuer`)
    expect(bit((payload.vc as any).credentialSubject.encodedList, ubId)).toBe(1)
    expect((await t.api.get('/api/open-badges/status/nope')).status).toBe(404)
  })
})

describe('certificates', () => {
  it('export as an OpenBadgeCredential (holder and admins) that shows revoked after revocation', async () => {
    const instructor = await userSession(t.payload, t.api, ['instructor'])
    const category = await makeCategory(t.payload)
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const enrollment = await t.payload.create({ collection: 'enrollments', data: { user: holder.user.id, course: f.course.id, status: 'completed' }, overrideAccess: true })
    const cert = await t.payload.create({
      collection: 'certificates',
      data: { code: `C${randomBytes(5).toString('hex').toUpperCase()}`, number: `T-${enrollment.id}`, user: holder.user.id, course: f.course.id, enrollment: enrollment.id, learnerName: 'Awa Ndiaye', courseTitle: 'Soil science', issuedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const res = await t.api.get(`/api/certificates/${cert.id}/open-badge`, holder.auth)
    expect(res.status).toBe(200)
    const c = res.body.credential
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(c.credentialSubject).toMatchObject({ name: 'Awa Ndiaye', achievement: { achievementType: 'Certificate', name: 'Soil science' } })
    expect(c.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusListIndex: String(cert.id), statusListCredential: `${t.url}/api/open-badges/status/certificates` })
    expect((await verifyJwt(res.body.jwt)).payload.vc).toEqual(c)
    expect((await t.api.get(new URL(c.credentialSubject.id).pathname)).status).toBe(200)
    expect((await t.api.get(`/api/certificates/${cert.id}/open-badge`, other.auth)).status).toBe(403)
    expect((await t.api.get(`/api/certificates/${cert.id}/open-badge`)).status).toBe(401)
    expect((await t.api.get(`/api/certificates/${cert.id}/open-badge`, admin.auth)).status).toBe(200)

    expect(await revokedBit(c.credentialStatus)).toBe(0)
    expect((await t.api.post(`/api/certificates/${cert.id}/revoke`, { reason: 'Issued by mistake' }, admin.auth)).status).toBe(200)
    expect(await revokedBit(c.credentialStatus)).toBe(1)
  })
})
