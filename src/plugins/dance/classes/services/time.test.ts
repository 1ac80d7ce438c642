import { describe, expect, it } from 'vitest'

import { dayOf, isIsoDate, minutesOf, wallClock, weeklyRowsProblems, zonedInstant } from './time'

describe('time helpers', () => {
  it('parses HH:MM and refuses the rest', () => {
    expect(minutesOf('19:30')).toBe(1170)
    expect(minutesOf('24:00')).toBeNull()
    expect(minutesOf('7:00')).toBeNull()
    expect(minutesOf(730)).toBeNull()
  })
  it('finds rows that end before they start or overlap on one day', () => {
    expect(weeklyRowsProblems([{ day: 'monday', startTime: '19:00', endTime: '21:00' }, { day: 'tuesday', startTime: '19:00', endTime: '21:00' }], 'schedule')).toEqual([])
    expect(weeklyRowsProblems([{ day: 'monday', startTime: '21:00', endTime: '19:00' }], 'schedule')[0]).toMatch(/must be after the start/)
    expect(weeklyRowsProblems([{ day: 'monday', startTime: '19:00', endTime: '21:00' }, { day: 'monday', startTime: '20:30', endTime: '22:00' }], 'schedule')[0]).toMatch(/overlaps row 0/)
    expect(weeklyRowsProblems([{ day: 'monday', startTime: '19:00', endTime: '20:00' }, { day: 'monday', startTime: '20:00', endTime: '21:00' }], 's')).toEqual([])
  })
  it('turns Porto-Novo wall-clock time into instants and back (UTC+1)', () => {
    expect(zonedInstant('2027-03-01', 9 * 60, 'Africa/Porto-Novo').toISOString()).toBe('2027-03-01T08:00:00.000Z')
    expect(wallClock(new Date('2027-03-01T23:30:00Z'), 'Africa/Porto-Novo')).toEqual({ date: '2027-03-02', day: 'tuesday', minutes: 30 })
    expect(dayOf('2027-03-01')).toBe('monday')
    expect(isIsoDate('2027-02-30')).toBe(false)
    expect(isIsoDate('2027-02-28')).toBe(true)
  })
})
