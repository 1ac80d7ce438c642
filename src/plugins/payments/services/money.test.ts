import { describe, expect, it } from 'vitest'

import { formatAmount, majorToMinor, minorToMajorString } from './money'

describe('money', () => {
  it('keeps XOF without minor unit and EUR with two decimals', () => {
    expect(minorToMajorString(1500, 'XOF')).toBe('1500')
    expect(minorToMajorString(1250, 'EUR')).toBe('12.50')
    expect(minorToMajorString(5, 'EUR')).toBe('0.05')
    expect(majorToMinor('12.50', 'EUR')).toBe(1250)
    expect(majorToMinor('1500', 'xof')).toBe(1500)
    expect(Number.isNaN(majorToMinor('abc', 'EUR'))).toBe(true)
    expect(formatAmount(1250, 'eur')).toBe('12.50 EUR')
  })
})
