import { describe, expect, it } from 'vitest'

import { deliveryAddressSchema, formatAddress, pickSavedAddress, resolveGivenAddress, resolveSavedRow } from './address'

const where = { latitude: 48.8566, longitude: 2.3522 }

describe('delivery addresses', () => {
  it('takes the free-text address as before', () => {
    const a = deliveryAddressSchema.parse({ label: 'Maison', address: '123 Rue de la Paix, 75001 Paris', ...where })
    const r = resolveGivenAddress(a)
    expect(r.json).toMatchObject({ address: '123 Rue de la Paix, 75001 Paris', ...where })
    expect(r.structured).toEqual({})
  })
  it("takes the seed's structured parts, upper-cases the ISO country and writes the text form", () => {
    const a = deliveryAddressSchema.parse({ streetNumber: '123', street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'fr', instructions: 'Digicode : 1234A', ...where })
    const r = resolveGivenAddress(a)
    expect(r.structured).toEqual({ streetNumber: '123', street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'FR', instructions: 'Digicode : 1234A' })
    expect(r.json.address).toBe('123 Rue de la Paix, 75001 Paris, FR')
    expect([r.latitude, r.longitude]).toEqual([where.latitude, where.longitude])
  })
  it('names each missing part, refuses a country that is not ISO alpha-2 and an address with neither form', () => {
    const partial = deliveryAddressSchema.safeParse({ street: 'Rue de la Paix', ...where })
    expect(partial.success).toBe(false)
    expect(partial.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'country', 'postalCode'])
    const country = deliveryAddressSchema.safeParse({ street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'France', ...where })
    expect(country.error!.issues[0].message).toMatch(/ISO 3166-1 alpha-2/)
    expect(deliveryAddressSchema.safeParse({ street: 'Rue de la Paix', city: 'Paris', postalCode: '75001', country: 'ZZ', ...where }).success).toBe(false)
    expect(deliveryAddressSchema.safeParse({ ...where }).error!.issues[0].path).toEqual(['address'])
    expect(deliveryAddressSchema.safeParse({ address: 'x y z', latitude: 91, longitude: 0 }).success).toBe(false)
  })
  it('formats what it has', () => {
    expect(formatAddress({ street: 'Lieu-dit Les Vignes', city: 'Cahors', postalCode: '46000', country: 'FR' })).toBe('Lieu-dit Les Vignes, 46000 Cahors, FR')
  })
  it('finds a saved address by row id or key, with its coordinates', () => {
    const rows = [
      { id: 'abc123', key: 'home', label: 'Maison', address: '20 Rue Saint-Jacques, 75005 Paris', city: 'Paris', postalCode: '75005', country: 'FR', latitude: 48.8505, longitude: 2.3462 },
      { id: 'def456', key: 'work', label: 'Bureau', address: '5 Rue des Écoles', latitude: 48.8497, longitude: 2.3488 },
    ]
    expect(pickSavedAddress(rows, 'def456')?.key).toBe('work')
    expect(pickSavedAddress(rows, 'home')?.id).toBe('abc123')
    expect(pickSavedAddress(rows, 'nope')).toBeNull()
    expect(pickSavedAddress(null, 'home')).toBeNull()
    const r = resolveSavedRow(rows[0], 'home')
    expect(r).toMatchObject({ latitude: 48.8505, longitude: 2.3462, savedAddressId: 'abc123', structured: { city: 'Paris', postalCode: '75005', country: 'FR' } })
  })
})
