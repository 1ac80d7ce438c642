import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { decryptSecret, encryptSecret, parseKey } from './crypto'

describe('token encryption', () => {
  const key = randomBytes(32)
  it('round-trips and never stores the plain text', () => {
    const stored = encryptSecret('EAAB-secret-token', key)
    expect(stored).not.toContain('EAAB')
    expect(decryptSecret(stored, key)).toBe('EAAB-secret-token')
    expect(encryptSecret('EAAB-secret-token', key)).not.toBe(stored) // fresh IV each time
  })
  it('refuses a tampered value or another key', () => {
    const stored = encryptSecret('token', key)
    const parts = stored.split('.')
    parts[3] = Buffer.from('tampered').toString('base64url')
    expect(() => decryptSecret(parts.join('.'), key)).toThrow()
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow()
  })
  it('accepts hex or base64 keys of 32 bytes only', () => {
    expect(parseKey('a'.repeat(64))).toHaveLength(32)
    expect(parseKey(randomBytes(32).toString('base64'))).toHaveLength(32)
    expect(() => parseKey('short')).toThrow(/32 bytes/)
  })
})
