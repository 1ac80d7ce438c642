/**
 * Open Badges 3.0: each earned badge as an OpenBadgeCredential (JSON-LD), signed as a VC-JWT
 * (OB 3.0 §8.2: header alg/kid/typ, claims iss/jti/sub/nbf and `vc`). The issuer key comes from
 * OPEN_BADGES_PRIVATE_KEY (PKCS#8 PEM or private JWK JSON; OPEN_BADGES_ALG, default ES256). Outside
 * production a key pair is generated per process when it is unset (logged as a warning).
 */
import type { JWK } from 'jose'

import { SignJWT, exportJWK, generateKeyPair, importJWK, importPKCS8 } from 'jose'
import { createHash } from 'node:crypto'

import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { publicUrl } from '../../../lib/public-url'

type Key = Awaited<ReturnType<typeof importPKCS8>>
type Signer = { alg: string; kid: string; privateKey: Key; publicJwk: JWK }

let cached: Promise<Signer> | undefined

async function loadSigner(): Promise<Signer> {
  const raw = env.str('OPEN_BADGES_PRIVATE_KEY')
  let alg = env.str('OPEN_BADGES_ALG', 'ES256') as string
  let privateKey: Key
  let publicJwk: JWK
  if (raw) {
    if (raw.trim().startsWith('{')) {
      const jwk = JSON.parse(raw) as JWK
      alg = jwk.alg ?? alg
      privateKey = (await importJWK(jwk, alg)) as Key
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk
      publicJwk = pub
    } else {
      privateKey = await importPKCS8(raw.replace(/\\n/g, '\n'), alg, { extractable: true })
      const full = await exportJWK(privateKey)
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = full
      publicJwk = pub
    }
  } else {
    if (env.isProduction) throw new Error('OPEN_BADGES_PRIVATE_KEY must be set in production to sign Open Badges.')
    logger.warn('OPEN_BADGES_PRIVATE_KEY is not set: generated a throw-away ES256 key for this process (dev/test only).')
    alg = 'ES256'
    const pair = await generateKeyPair('ES256', { extractable: true })
    privateKey = pair.privateKey
    publicJwk = await exportJWK(pair.publicKey)
  }
  const kid = createHash('sha256').update(JSON.stringify(publicJwk)).digest('base64url').slice(0, 16)
  return { alg, kid, privateKey, publicJwk: { ...publicJwk, kid, alg, use: 'sig' } }
}

export const signer = () => (cached ??= loadSigner())

export const issuerId = () => `${publicUrl()}/api/open-badges/issuer`
export const jwksUrl = () => `${publicUrl()}/api/open-badges/jwks`

export async function issuerProfile() {
  const s = await signer()
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: issuerId(),
    type: ['Profile'],
    name: env.str('OPEN_BADGES_ISSUER_NAME', 'Vibe Platform'),
    url: publicUrl(),
    verificationMethod: [{ id: `${issuerId()}#${s.kid}`, type: 'JsonWebKey', controller: issuerId(), publicKeyJwk: s.publicJwk }],
  }
}

export async function jwks() {
  return { keys: [(await signer()).publicJwk] }
}

type BadgeLike = { id: number | string; name: string; description?: null | string; tier?: null | string; criteriaNarrative?: null | string; criteria?: { type?: null | string; value?: null | number } | null }

export function buildCredential(ub: { id: number | string; earnedAt: string }, badge: BadgeLike, user: { id: number | string; name: string }) {
  const base = publicUrl()
  const narrative = badge.criteriaNarrative || `Earned when ${badge.criteria?.type ?? 'the criteria'} reaches ${badge.criteria?.value ?? 1}.`
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `${base}/api/user-badges/${ub.id}/open-badge`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId(), type: ['Profile'], name: env.str('OPEN_BADGES_ISSUER_NAME', 'Vibe Platform'), url: base },
    validFrom: new Date(ub.earnedAt).toISOString(),
    name: badge.name,
    credentialSubject: {
      id: `${base}/users/${user.id}`,
      type: ['AchievementSubject'],
      name: user.name,
      achievement: {
        id: `${base}/api/badges/${badge.id}`,
        type: ['Achievement'],
        achievementType: 'Badge',
        name: badge.name,
        description: badge.description || badge.name,
        criteria: { narrative },
        ...(badge.tier ? { tag: [badge.tier] } : {}),
      },
    },
  }
}

export async function signCredential(credential: ReturnType<typeof buildCredential>) {
  const s = await signer()
  const jwt = await new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: s.alg, kid: `${issuerId()}#${s.kid}`, typ: 'JWT' })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.id)
    .setNotBefore(Math.floor(new Date(credential.validFrom).getTime() / 1000))
    .setIssuedAt()
    .sign(s.privateKey)
  return jwt
}
