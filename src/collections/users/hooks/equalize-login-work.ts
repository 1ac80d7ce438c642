/**
 * Login takes as long for an unknown e-mail as for a known one: Payload answers an unknown or locked
 * account without hashing the password (~20 ms) and a known one after PBKDF2 (~200 ms), which tells
 * anyone which addresses have accounts. This hook looks the account up first (one indexed query,
 * the same for every login) and, when Payload will not hash the password itself, runs the same
 * PBKDF2 on it (Payload's parameters: 25 000 iterations of SHA-256, 512 bytes) before Payload answers.
 * The wrong-password, unverified and deactivated paths already hash the password in Payload.
 */
import type { CollectionBeforeOperationHook } from 'payload'

import crypto from 'node:crypto'

/** Payload 3.89's parameters (payload/dist/auth/strategies/local/authenticate.js). */
export const PBKDF2 = { iterations: 25_000, keyLength: 512, digest: 'sha256' } as const

// a fixed salt is fine: the result is thrown away, only the work matters
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/** Hashes the password like a real check, and discards the result. */
export function dummyPasswordCheck(password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    crypto.pbkdf2(password, DUMMY_SALT, PBKDF2.iterations, PBKDF2.keyLength, PBKDF2.digest, (err) => (err ? reject(err) : resolve()))
  })
}

const isLocked = (lockUntil: unknown): boolean => Boolean(lockUntil) && new Date(lockUntil as string).getTime() > Date.now()

export const equalizeLoginWork: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  const { email, password } = data
  // missing fields: Payload answers 400 without touching any account
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const user = (await req.payload.db.findOne({
    collection: 'users',
    req,
    select: { lockUntil: true },
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as { lockUntil?: null | string } | null
  if (!user || isLocked(user.lockUntil)) await dummyPasswordCheck(password)
  return args
}
