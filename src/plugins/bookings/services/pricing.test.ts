import { describe, expect, it } from 'vitest'

import { quote } from './pricing'

const tiers = { regular: 10_000, earlyBird: 7_000, earlyBirdUntil: '2030-01-10T00:00:00Z' }

describe('price tiers', () => {
  it('early bird until the deadline (exclusive), regular from it', () => {
    expect(quote(tiers, new Date('2030-01-09T23:59:59Z'))).toEqual({ tier: 'early_bird', base: 7000, discount: 0, amount: 7000 })
    expect(quote(tiers, new Date('2030-01-10T00:00:00Z'))).toEqual({ tier: 'regular', base: 10000, discount: 0, amount: 10000 })
  })
  it('no early-bird price or deadline means regular; zero means free', () => {
    expect(quote({ regular: 500 }, new Date()).tier).toBe('regular')
    expect(quote({ regular: 500, earlyBird: 100 }, new Date()).tier).toBe('regular')
    expect(quote({ regular: 0 }, new Date())).toEqual({ tier: 'free', base: 0, discount: 0, amount: 0 })
  })
  it('promo codes: percent rounded down, fixed capped at the price', () => {
    expect(quote({ regular: 999 }, new Date(), { discountType: 'percentage', discountValue: 10 })).toMatchObject({ discount: 99, amount: 900 })
    expect(quote({ regular: 999 }, new Date(), { discountType: 'fixed', discountValue: 5000 })).toMatchObject({ discount: 999, amount: 0 })
    expect(quote({ regular: 999 }, new Date(), { discountType: 'percentage', discountValue: 250 })).toMatchObject({ amount: 0 })
  })
})
