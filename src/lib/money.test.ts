import { describe, expect, it } from 'vitest'

import { formatAmount, formatMoney, formatPercent, parseAmount, parsePercent } from './money'

describe('money as people read it', () => {
  it('formats minor units with the currency', () => {
    expect(formatMoney(1461, 'EUR', 'fr')).toBe('14,61 €')
    expect(formatMoney(2500, 'XOF', 'fr')).toBe('2 500 FCFA')
    expect(formatMoney(1461, 'EUR', 'en')).toBe('€14.61')
    expect(formatMoney(null, 'EUR')).toBe('')
  })
  it('parses what an editor types back into minor units', () => {
    expect(parseAmount('14,61', 'EUR')).toEqual({ minor: 1461 })
    expect(parseAmount('14.6', 'EUR')).toEqual({ minor: 1460 })
    expect(parseAmount('2 500', 'XOF')).toEqual({ minor: 2500 })
    expect(parseAmount('1 234,50 €', 'EUR')).toEqual({ minor: 123450 })
    expect(parseAmount('', 'EUR')).toEqual({ minor: null })
    expect(parseAmount('2,5', 'XOF')).toEqual({ error: 'decimals' })
    expect(parseAmount('abc', 'EUR')).toEqual({ error: 'number' })
    expect(formatAmount(1461, 'EUR', 'fr')).toBe('14,61')
    expect(formatAmount(250000, 'XOF', 'fr')).toBe('250000')
  })
  it('shows basis points as percent and back', () => {
    expect(formatPercent(550, 'fr')).toBe('5,5 %')
    expect(formatPercent(2000, 'en')).toBe('20 %')
    expect(parsePercent('5,5')).toEqual({ bps: 550 })
    expect(parsePercent('20 %')).toEqual({ bps: 2000 })
    expect(parsePercent('1.234')).toEqual({ error: 'decimals' })
  })
})
