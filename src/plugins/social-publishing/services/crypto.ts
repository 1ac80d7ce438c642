/**
 * Encryption at rest of the platforms' access tokens: AES-256-GCM with a 32-byte key from
 * SOCIAL_TOKEN_KEY (64 hex characters or base64). In development, when the variable is unset, a
 * random key is generated once under DATA_DIR (like the development PAYLOAD_SECRET); outside
 * development a missing key is refused when a token is stored or read.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url); the collection slug is bound as AAD so a
 * value copied into another table does not decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import path from 'node:path'

import { isLoopbackUrl, readOrCreateDevSecret } from '../../../config/payload-secret'
import { env } from '../../../lib/env'

const AAD = Buffer.from('social-accounts.credentials')

export class TokenKeyError extends Error {}

export function parseKey(raw: string): Buffer {
  const value = raw.trim()
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64')
  if (key.length !== 32) throw new TokenKeyError('SOCIAL_TOKEN_KEY must be 32 bytes: 64 hex characters or base64 of 32 bytes.')
  return key
}

/** The key in force, read on each call (tests and key rotation change the environment). */
export function tokenKey(): Buffer {
  const given = env.str('SOCIAL_TOKEN_KEY')
  if (given) return parseKey(given)
  const publicUrl = env.str('PUBLIC_URL')
  if (process.env.NODE_ENV === 'production' || (publicUrl && !isLoopbackUrl(publicUrl))) {
    throw new TokenKeyError('SOCIAL_TOKEN_KEY is not set: social account tokens cannot be stored or read outside development without it.')
  }
  return parseKey(readOrCreateDevSecret(path.resolve(env.str('DATA_DIR', '.data') as string, 'social-token-key')))
}

export function encryptSecret(plain: string, key = tokenKey()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(AAD)
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.')
}

export function decryptSecret(stored: string, key = tokenKey()): string {
  const [version, iv, tag, ct] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || ct === undefined) throw new TokenKeyError('Unknown encrypted token format.')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAAD(AAD)
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
}

/** What is encrypted for one account: the token and its expiry (both secret at rest). */
export type Credentials = { accessToken: string; expiresAt?: string | null }

export const sealCredentials = (c: Credentials) => encryptSecret(JSON.stringify({ accessToken: c.accessToken, expiresAt: c.expiresAt ?? null }))

export function openCredentials(stored: string | null | undefined): Credentials | null {
  if (!stored) return null
  const parsed = JSON.parse(decryptSecret(stored)) as Credentials
  return typeof parsed.accessToken === 'string' ? parsed : null
}
