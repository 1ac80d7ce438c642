/**
 * PAYLOAD_SECRET signs every JWT and derives the key that encrypts API keys: a server running on a
 * value published in the code or the docs can be impersonated by anyone. Outside development such a
 * server refuses to start; in development a random secret is generated once under the data dir.
 *
 * Importing the config never throws on this (so `next build` works without the variable): the
 * refusal happens when a server or worker starts (`ensurePayloadSecret`, and Payload's onInit).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { env } from '../lib/env'

/** Values that must never sign tokens: former code defaults, the .env.example and docs placeholders. */
export const KNOWN_DEFAULT_SECRETS: readonly string[] = [
  'dev-only-secret-change-me-0123456789',
  'change-me',
  'changeme',
  'secret',
  'YOUR_SECRET_HERE',
  'your-secret-here',
]

/**
 * Stands in when the config is built without any secret (`next build`, Payload's CLI in CI). It is a
 * known default: no server starts on it outside development (see `payloadSecretDecision`).
 */
export const UNSET_SECRET_PLACEHOLDER = 'unset-payload-secret-refused-outside-development'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/** Whether a URL points at this machine only (no one else can reach a server that uses it). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url)
    return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname)
  } catch {
    return false
  }
}

export const isKnownDefaultSecret = (secret: string): boolean =>
  secret === UNSET_SECRET_PLACEHOLDER || KNOWN_DEFAULT_SECRETS.some((d) => d.toLowerCase() === secret.trim().toLowerCase())

export type SecretDecision =
  | { action: 'use'; secret: string }
  | { action: 'generate' }
  | { action: 'refuse'; reason: string }

/**
 * The one rule: an explicit secret that is not a known default is used; otherwise a development
 * server (NODE_ENV not production and PUBLIC_URL unset or loopback) gets a generated one, and any
 * other server refuses to start.
 */
export function payloadSecretDecision({
  secret,
  nodeEnv,
  publicUrl,
}: {
  secret: string | undefined
  nodeEnv: string | undefined
  publicUrl: string | undefined
}): SecretDecision {
  const given = secret?.trim() ? secret : undefined
  if (given && !isKnownDefaultSecret(given)) return { action: 'use', secret: given }
  const exposed =
    nodeEnv === 'production' ? 'NODE_ENV is production' : publicUrl && !isLoopbackUrl(publicUrl) ? `PUBLIC_URL (${publicUrl}) is not a loopback address` : undefined
  if (!exposed) return { action: 'generate' }
  const what = given ? 'PAYLOAD_SECRET is a published default value' : 'PAYLOAD_SECRET is not set'
  return {
    action: 'refuse',
    reason: `${what} and ${exposed}: anyone could forge login tokens and decrypt API keys. Set PAYLOAD_SECRET to a long random value (e.g. \`openssl rand -hex 32\`).`,
  }
}

/** Where the generated development secret lives: DATA_DIR (default `.data`, beside the embedded Postgres). */
export const devSecretFile = (): string => path.resolve(env.str('DATA_DIR', '.data') as string, 'payload-secret')

/**
 * Reads the development secret, creating it (32 random bytes, hex, mode 0600) on first use. `wx`
 * makes a concurrent first start keep whichever file was written first.
 */
export function readOrCreateDevSecret(file = devSecretFile()): string {
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  return fs.readFileSync(file, 'utf8').trim()
}

const currentDecision = () =>
  payloadSecretDecision({ secret: env.str('PAYLOAD_SECRET'), nodeEnv: process.env.NODE_ENV, publicUrl: env.str('PUBLIC_URL') })

/**
 * The secret for the config being built. Never throws on a missing secret: a refused one becomes
 * the placeholder, which `assertPayloadSecret` refuses when Payload starts.
 */
export function configSecret(): string {
  const decision = currentDecision()
  if (decision.action === 'use') return decision.secret
  if (decision.action === 'generate') return readOrCreateDevSecret()
  return UNSET_SECRET_PLACEHOLDER
}

/**
 * Called first thing by the server and the worker: refuses to start (throws a clear error) or
 * settles the secret in the environment, so that the admin's copy of the config reads the same one.
 */
export function ensurePayloadSecret(): string {
  const decision = currentDecision()
  if (decision.action === 'refuse') throw new Error(`Refusing to start: ${decision.reason}`)
  const secret = decision.action === 'use' ? decision.secret : readOrCreateDevSecret()
  process.env.PAYLOAD_SECRET = secret
  return secret
}

/** Payload's onInit check, for processes that start Payload without `ensurePayloadSecret` (e.g. `next start`). */
export function assertPayloadSecret(secret: string): void {
  const decision = payloadSecretDecision({ secret, nodeEnv: process.env.NODE_ENV, publicUrl: env.str('PUBLIC_URL') })
  if (decision.action === 'refuse') throw new Error(`Refusing to start: ${decision.reason}`)
}
