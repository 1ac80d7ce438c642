/**
 * Open Badges 3.0: earned badges and course certificates as OpenBadgeCredentials (JSON-LD), signed
 * as VC-JWT (OB 3.0 §8.2: header alg/kid/typ, claims iss/jti/sub/nbf and `vc`).
 *
 * Signing key: OPEN_BADGES_PRIVATE_KEY (PKCS#8 PEM or private JWK JSON; OPEN_BADGES_ALG, default
 * ES256), required in production. Outside production, an ES256 key is generated once and kept in
 * OPEN_BADGES_KEY_FILE (default `.data/open-badges/signing-key.jwk.json`, mode 0600), so the JWKS
 * and every credential already handed out keep verifying across restarts.
 *
 * Revocation: every credential carries a `credentialStatus` of type `BitstringStatusListEntry`
 * (W3C Bitstring Status List v1.0, `statusPurpose: revocation`), the status method current OB 3.0
 * verifiers check (the Digital Credentials Consortium verifier, which the 1EdTech tools build on,
 * skips the older `1EdTechRevocationList` as legacy). One public status list per kind —
 * `/api/open-badges/status/badges` and `/api/open-badges/status/certificates` — indexed by the
 * user-badge / certificate id; a revoked one has its bit set. The list is a
 * BitstringStatusListCredential signed like the badges (VC-JWT with `?format=jwt` or
 * `Accept: application/vc+jwt`; the JSON credential otherwise).
 *
 * Recipient: `credentialSubject.id` is `/api/open-badges/recipients/<user id>.<mac>`, a public URL
 * answering the learner's Profile; the MAC (keyed by the Payload secret) keeps other learners'
 * URLs unguessable.
 */
import type { JWK } from 'jose'
import type { Payload } from 'payload'

import { SignJWT, exportJWK, generateKeyPair, importJWK, importPKCS8 } from 'jose'
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { publicUrl } from '../../../lib/public-url'

type Key = Awaited<ReturnType<typeof importPKCS8>>
type Signer = { alg: string; kid: string; privateKey: Key; publicJwk: JWK }

const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']

export const keyFile = () => path.resolve(env.str('OPEN_BADGES_KEY_FILE', path.join(env.str('DATA_DIR', '.data') as string, 'open-badges', 'signing-key.jwk.json')) as string)

const publicPart = (jwk: JWK): JWK => {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk
  return pub
}

async function readJwk(file: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as JWK
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(`Cannot read the Open Badges key file ${file}: ${(err as Error).message}`)
  }
}

/** The development key: read from the key file, or generated once and stored there (atomically). */
async function developmentKey(): Promise<JWK> {
  const file = keyFile()
  const existing = await readJwk(file)
  if (existing) return existing
  const pair = await generateKeyPair('ES256', { extractable: true })
  const jwk: JWK = { ...(await exportJWK(pair.privateKey)), alg: 'ES256' }
  // only the key's own folder is private: its parent (DATA_DIR) also holds the embedded
  // PostgreSQL, which the `postgres` user must be able to pass through when started as root
  const dir = path.dirname(file)
  await fs.mkdir(path.dirname(dir), { recursive: true })
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await fs.writeFile(tmp, JSON.stringify(jwk), { mode: 0o600 })
  try {
    // link() fails if the file exists: two processes booting together keep the first key
    await fs.link(tmp, file)
    logger.warn({ file }, 'OPEN_BADGES_PRIVATE_KEY is not set: generated a development ES256 key, kept in this file (dev/test only).')
    return jwk
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return (await readJwk(file))!
  } finally {
    await fs.unlink(tmp).catch(() => undefined)
  }
}

async function loadSigner(): Promise<Signer> {
  const raw = env.str('OPEN_BADGES_PRIVATE_KEY')
  let alg = env.str('OPEN_BADGES_ALG', 'ES256') as string
  let privateKey: Key
  let publicJwk: JWK
  if (raw && !raw.trim().startsWith('{')) {
    privateKey = await importPKCS8(raw.replace(/\\n/g, '\n'), alg, { extractable: true })
    publicJwk = publicPart(await exportJWK(privateKey))
  } else {
    if (!raw && env.isProduction) throw new Error('OPEN_BADGES_PRIVATE_KEY must be set in production to sign Open Badges.')
    const jwk = raw ? (JSON.parse(raw) as JWK) : await developmentKey()
    alg = jwk.alg ?? alg
    privateKey = (await importJWK(jwk, alg)) as Key
    publicJwk = publicPart(jwk)
  }
  const kid = createHash('sha256').update(JSON.stringify(publicJwk)).digest('base64url').slice(0, 16)
  return { alg, kid, privateKey, publicJwk: { ...publicJwk, kid, alg, use: 'sig' } }
}

/** One signer per key source (the env key, or the key file's path). */
const signers = new Map<string, Promise<Signer>>()
export const signer = () => {
  const source = env.str('OPEN_BADGES_PRIVATE_KEY') ? 'env' : `file:${keyFile()}`
  let s = signers.get(source)
  if (!s) {
    s = loadSigner()
    signers.set(source, s)
    s.catch(() => signers.delete(source))
  }
  return s
}

export const issuerId = () => `${publicUrl()}/api/open-badges/issuer`
export const jwksUrl = () => `${publicUrl()}/api/open-badges/jwks`

const issuerName = () => env.str('OPEN_BADGES_ISSUER_NAME', 'Vibe Platform') as string

export async function issuerProfile() {
  const s = await signer()
  return {
    '@context': CONTEXT,
    id: issuerId(),
    type: ['Profile'],
    name: issuerName(),
    url: publicUrl(),
    verificationMethod: [{ id: `${issuerId()}#${s.kid}`, type: 'JsonWebKey', controller: issuerId(), publicKeyJwk: s.publicJwk }],
  }
}

export async function jwks() {
  return { keys: [(await signer()).publicJwk] }
}

// ── recipients ────────────────────────────────────────────────────────────────────────────────

const recipientMac = (payload: Payload, userId: number | string) =>
  createHmac('sha256', payload.secret).update(`open-badges-recipient:${userId}`).digest('base64url').slice(0, 22)

/** The public, resolvable identifier of a learner in their credentials. */
export const recipientId = (payload: Payload, userId: number | string) =>
  `${publicUrl()}/api/open-badges/recipients/${userId}.${recipientMac(payload, userId)}`

/** The user id a recipient key names, or null when the key was not made here. */
export function recipientUser(payload: Payload, key: string): null | number {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(key)
  if (!m) return null
  const want = Buffer.from(recipientMac(payload, m[1]))
  const got = Buffer.from(m[2])
  return want.length === got.length && timingSafeEqual(want, got) ? Number(m[1]) : null
}

/** What a recipient URL answers: the learner as an OB 3.0 Profile (no personal data beyond it). */
export const recipientProfile = (payload: Payload, userId: number) => ({
  '@context': CONTEXT,
  id: recipientId(payload, userId),
  type: ['Profile'],
})

// ── status lists ──────────────────────────────────────────────────────────────────────────────

export const STATUS_LISTS = ['badges', 'certificates'] as const
export type StatusListName = (typeof STATUS_LISTS)[number]

/** The spec's minimum list length (16 KB) keeps the holder's index in a crowd. */
const MIN_BITS = 131_072

export const statusListUrl = (list: StatusListName) => `${publicUrl()}/api/open-badges/status/${list}`

export const credentialStatus = (list: StatusListName, index: number) => ({
  id: `${statusListUrl(list)}#${index}`,
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: String(index),
  statusListCredential: statusListUrl(list),
})

/** GZIP + multibase base64url (`u…`) of the bitstring; bit 0 is the most significant bit of byte 0. */
export function encodeStatusList(setIndexes: number[], minBits = MIN_BITS): string {
  const bits = Math.max(minBits, Math.ceil((Math.max(-1, ...setIndexes) + 1) / minBits) * minBits)
  const bytes = new Uint8Array(bits / 8)
  for (const i of setIndexes) bytes[i >> 3] |= 0x80 >> (i & 7)
  return `u${gzipSync(bytes).toString('base64url')}`
}

export function statusListCredential(list: StatusListName, revokedIndexes: number[], now = new Date()) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: statusListUrl(list),
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId(),
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${statusListUrl(list)}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revokedIndexes),
    },
  }
}

// ── credentials ───────────────────────────────────────────────────────────────────────────────

type AchievementLike = {
  id: string
  achievementType: 'Badge' | 'Certificate'
  name: string
  description: string
  narrative: string
  tag?: null | string
}

type CredentialInput = {
  id: string
  validFrom: string
  validUntil?: null | string
  subject: { id: string; name: string }
  achievement: AchievementLike
  status: ReturnType<typeof credentialStatus>
}

function credential(c: CredentialInput) {
  const base = publicUrl()
  return {
    '@context': CONTEXT,
    id: c.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId(), type: ['Profile'], name: issuerName(), url: base },
    validFrom: new Date(c.validFrom).toISOString(),
    ...(c.validUntil ? { validUntil: new Date(c.validUntil).toISOString() } : {}),
    name: c.achievement.name,
    credentialSubject: {
      id: c.subject.id,
      type: ['AchievementSubject'],
      name: c.subject.name,
      achievement: {
        id: c.achievement.id,
        type: ['Achievement'],
        achievementType: c.achievement.achievementType,
        name: c.achievement.name,
        description: c.achievement.description,
        criteria: { narrative: c.achievement.narrative },
        ...(c.achievement.tag ? { tag: [c.achievement.tag] } : {}),
      },
    },
    credentialStatus: c.status,
  }
}

export type OpenBadgeCredential = ReturnType<typeof credential>

type BadgeLike = { id: number | string; name: string; description?: null | string; tier?: null | string; criteriaNarrative?: null | string; criteria?: { type?: null | string; value?: null | number } | null }
type Holder = { id: number | string; name: string }

export function buildCredential(payload: Payload, ub: { id: number | string; earnedAt: string }, badge: BadgeLike, user: Holder) {
  const base = publicUrl()
  return credential({
    id: `${base}/api/user-badges/${ub.id}/open-badge`,
    validFrom: ub.earnedAt,
    subject: { id: recipientId(payload, user.id), name: user.name },
    achievement: {
      id: `${base}/api/badges/${badge.id}`,
      achievementType: 'Badge',
      name: badge.name,
      description: badge.description || badge.name,
      narrative: badge.criteriaNarrative || `Earned when ${badge.criteria?.type ?? 'the criteria'} reaches ${badge.criteria?.value ?? 1}.`,
      tag: badge.tier,
    },
    status: credentialStatus('badges', Number(ub.id)),
  })
}

type CertificateLike = { id: number | string; course: number | string; courseTitle: string; issuedAt: string; expiresAt?: null | string; code: string }

export function buildCertificateCredential(payload: Payload, c: CertificateLike, user: Holder) {
  const base = publicUrl()
  return credential({
    id: `${base}/api/certificates/${c.id}/open-badge`,
    validFrom: c.issuedAt,
    validUntil: c.expiresAt,
    subject: { id: recipientId(payload, user.id), name: user.name },
    achievement: {
      id: `${base}/api/courses/${c.course}`,
      achievementType: 'Certificate',
      name: c.courseTitle,
      description: `Certificate of completion of the course "${c.courseTitle}".`,
      narrative: `Complete every required lesson and pass the final quiz of "${c.courseTitle}". Verify with code ${c.code}.`,
    },
    status: credentialStatus('certificates', Number(c.id)),
  })
}

/** Signs any credential (a badge, a certificate, a status list) as a VC-JWT. */
export async function signCredential(vc: { id: string; issuer: string | { id: string }; validFrom: string; credentialSubject: { id: string } }) {
  const s = await signer()
  return new SignJWT({ vc })
    .setProtectedHeader({ alg: s.alg, kid: `${issuerId()}#${s.kid}`, typ: 'JWT' })
    .setIssuer(typeof vc.issuer === 'string' ? vc.issuer : vc.issuer.id)
    .setJti(vc.id)
    .setSubject(vc.credentialSubject.id)
    .setNotBefore(Math.floor(new Date(vc.validFrom).getTime() / 1000))
    .setIssuedAt()
    .sign(s.privateKey)
}
