import type { Payload } from 'payload'

import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { encodeStatusList, recipientId, recipientUser } from './open-badges'

const decode = (encoded: string) => gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))

describe('Bitstring Status List encoding', () => {
  it('is multibase base64url (u…) of a gzip of at least 16 KB, index 0 being the most significant bit', () => {
    const encoded = encodeStatusList([0, 9, 131_071])
    expect(encoded[0]).toBe('u')
    expect(encoded.slice(1)).toMatch(/^[A-Za-z0-9_-]+$/)
    const bytes = decode(encoded)
    expect(bytes.length).toBe(16_384)
    expect(bytes[0]).toBe(0b1000_0000)
    expect(bytes[1]).toBe(0b0100_0000)
    expect(bytes[16_383]).toBe(0b0000_0001)
    expect(bytes.subarray(2, 16_383).every((b) => b === 0)).toBe(true)
  })
  it('an empty list is all zeros; the list grows by whole 16 KB blocks past its size', () => {
    expect(decode(encodeStatusList([])).every((b) => b === 0)).toBe(true)
    const big = decode(encodeStatusList([131_072]))
    expect(big.length).toBe(32_768)
    expect(big[16_384]).toBe(0b1000_0000)
  })
})

describe('recipient identifiers', () => {
  const payload = { secret: 'test-secret' } as Payload
  const other = { secret: 'another-secret' } as Payload
  it('round-trips the user id only with the MAC this server made', () => {
    const key = recipientId(payload, 42).split('/').at(-1)!
    expect(key).toMatch(/^42\.[A-Za-z0-9_-]{22}$/)
    expect(recipientUser(payload, key)).toBe(42)
    expect(recipientUser(other, key)).toBeNull()
    expect(recipientUser(payload, key.replace(/^42/, '43'))).toBeNull()
    expect(recipientUser(payload, '42')).toBeNull()
    expect(recipientUser(payload, `${'9'.repeat(20)}.${key.split('.')[1]}`)).toBeNull()
  })
})
