import { describe, expect, it } from 'vitest'

import { isOpenAt, validateOpeningHours } from './opening-hours'

// 2024-02-12 is a Monday. Paris is UTC+1 in February.
const paris = (iso: string) => new Date(`${iso}+01:00`)
const seedHours = {
  monday: { open: '11:00', close: '22:00', is_closed: false, breaks: [{ start: '14:30', end: '18:00' }] },
  friday: { open: '11:00', close: '00:00', is_closed: false, breaks: [] },
  saturday: { open: '18:00', close: '02:00', is_closed: false },
  sunday: { is_closed: true },
}

describe('opening hours in the restaurant timezone', () => {
  it('is open during service and closed during the break', () => {
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T12:00:00'))).toBe(true)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T14:30:00'))).toBe(false)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T17:59:00'))).toBe(false)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T18:00:00'))).toBe(true)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T22:00:00'))).toBe(false)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-12T10:59:00'))).toBe(false)
  })
  it('handles close at midnight and hours past midnight (belonging to the previous day)', () => {
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-16T23:59:00'))).toBe(true) // Friday
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-17T00:30:00'))).toBe(false) // Saturday 00:30, Friday closed at 00:00
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-18T01:30:00'))).toBe(true) // Sunday 01:30 = Saturday night
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-18T02:00:00'))).toBe(false)
    expect(isOpenAt(seedHours, 'Europe/Paris', paris('2024-02-18T12:00:00'))).toBe(false) // Sunday closed
  })
  it('uses the restaurant timezone, not the server one', () => {
    // 12:00 in Paris is 11:00 in Abidjan (UTC+0): open in Paris at noon, still closed in Abidjan at 10:59
    const at = new Date('2024-02-12T10:59:00Z')
    expect(isOpenAt(seedHours, 'Africa/Abidjan', at)).toBe(false)
    expect(isOpenAt(seedHours, 'Europe/Paris', at)).toBe(true)
  })
  it('validates the format', () => {
    expect(validateOpeningHours(seedHours)).toBe(true)
    expect(validateOpeningHours({ monday: { open: '25:00', close: '22:00' } })).toMatch(/monday.open/)
    expect(validateOpeningHours({ funday: { is_closed: true } })).not.toBe(true)
    expect(validateOpeningHours({ monday: { open: '11:00' } })).toMatch(/needs "open" and "close"/)
  })
})
