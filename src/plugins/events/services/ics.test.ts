import { describe, expect, it } from 'vitest'

import { fold, toIcs } from './ics'

describe('iCalendar', () => {
  it('writes a VEVENT with UTC times, escaped text and CRLF', () => {
    const ics = toIcs([{ uid: 'event-1@vibe', title: 'Salsa; night, live', startsAt: '2030-05-01T19:00:00Z', endsAt: '2030-05-01T23:00:00Z', location: 'Cotonou\nPlage', latitude: 6.35, longitude: 2.4, status: 'CONFIRMED', updatedAt: '2030-01-01T00:00:00Z' }])
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics).toContain('DTSTART:20300501T190000Z\r\n')
    expect(ics).toContain('DTEND:20300501T230000Z\r\n')
    expect(ics).toContain('SUMMARY:Salsa\\; night\\, live\r\n')
    expect(ics).toContain('LOCATION:Cotonou\\nPlage\r\n')
    expect(ics).toContain('GEO:6.35;2.4\r\n')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true)
  })
  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = fold(`SUMMARY:${'é'.repeat(100)}`)
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`)
  })
})
