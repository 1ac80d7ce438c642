import { describe, expect, it } from 'vitest'

import { isSerialId } from './serial-id'

describe('isSerialId', () => {
  it('takes positive integers as numbers or digits, nothing else', () => {
    for (const ok of [1, 42, '1', '987654']) expect(isSerialId(ok)).toBe(true)
    for (const bad of [0, -1, 1.5, Number.NaN, '', 'abc', '12a', '-3', '1234567890123456', null, undefined, { id: 1 }]) expect(isSerialId(bad)).toBe(false)
  })
})
