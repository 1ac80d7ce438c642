import { describe, expect, it } from 'vitest'

import { validateCountryCode, validateLatitude, validateLongitude, validatePhoneE164 } from './validators'

describe('validatePhoneE164', () => {
  it('accepts empty and real E.164 numbers', () => {
    expect(validatePhoneE164(undefined)).toBe(true)
    expect(validatePhoneE164('')).toBe(true)
    expect(validatePhoneE164('+33612345678')).toBe(true)
    expect(validatePhoneE164('+2250707080910')).toBe(true)
  })
  it('refuses local formats and garbage', () => {
    expect(validatePhoneE164('0612345678')).toMatch(/E\.164/)
    expect(validatePhoneE164('+33 6 12 34 56 78')).toMatch(/E\.164/)
    expect(validatePhoneE164('+1000')).toMatch(/E\.164/)
    expect(validatePhoneE164('+99912345678')).toMatch(/E\.164/)
  })
})

describe('validateCountryCode', () => {
  it('accepts ISO alpha-2 codes', () => {
    expect(validateCountryCode('FR')).toBe(true)
    expect(validateCountryCode('CI')).toBe(true)
  })
  it('refuses unknown and lower-case codes', () => {
    expect(validateCountryCode('XX')).toMatch(/ISO 3166/)
    expect(validateCountryCode('fr')).toMatch(/ISO 3166/)
    expect(validateCountryCode('FRA')).toMatch(/ISO 3166/)
  })
})

describe('coordinates', () => {
  it('bounds latitude and longitude', () => {
    expect(validateLatitude(48.85)).toBe(true)
    expect(validateLatitude(91)).not.toBe(true)
    expect(validateLongitude(-180)).toBe(true)
    expect(validateLongitude(180.1)).not.toBe(true)
  })
})
