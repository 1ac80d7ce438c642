import { describe, expect, it } from 'vitest'

import { formatInZone, nextOccurrence, occurrencesBetween, parseLocalDateTime, validateRecurrence, wallToInstant } from './recurrence'

const paris = 'Europe/Paris'

describe('recurrence in a time zone', () => {
  it('keeps 18:00 Paris across the October DST change (UTC hour moves 16 → 17)', () => {
    const r = { timezone: paris, frequency: 'weekly' as const, weekdays: ['TU', 'FR'], times: ['18:00'], startsAt: new Date('2026-10-01T00:00:00Z') }
    const got = occurrencesBetween(r, new Date('2026-10-18T00:00:00Z'), new Date('2026-11-01T00:00:00Z'))
    expect(got.map((d) => d.toISOString())).toEqual([
      '2026-10-20T16:00:00.000Z', // Tue, CEST (+2)
      '2026-10-23T16:00:00.000Z', // Fri, CEST
      '2026-10-27T17:00:00.000Z', // Tue, CET (+1) after 25 Oct
      '2026-10-30T17:00:00.000Z',
    ])
    expect(got.map((d) => formatInZone(d, paris).slice(11, 16))).toEqual(['18:00', '18:00', '18:00', '18:00'])
  })
  it('evaluates a raw RRULE the same way (March change)', () => {
    const r = { timezone: paris, rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=30', startsAt: new Date('2026-03-27T00:00:00Z') }
    const got = occurrencesBetween(r, new Date('2026-03-27T00:00:00Z'), new Date('2026-03-30T00:00:00Z'))
    expect(got.map((d) => d.toISOString())).toEqual(['2026-03-27T08:30:00.000Z', '2026-03-28T08:30:00.000Z', '2026-03-29T07:30:00.000Z'])
  })
  it('moves a skipped wall time forward and takes the first of a repeated one', () => {
    expect(wallToInstant(Date.UTC(2026, 2, 29, 2, 30), paris).toISOString()).toBe('2026-03-29T01:30:00.000Z') // shown as 03:30 CEST
    expect(wallToInstant(Date.UTC(2026, 9, 25, 2, 30), paris).toISOString()).toBe('2026-10-25T00:30:00.000Z') // first 02:30 (CEST)
  })
  it('parses local times in the zone and refuses nonsense', () => {
    expect(parseLocalDateTime('2026-07-01T18:00', paris)?.toISOString()).toBe('2026-07-01T16:00:00.000Z')
    expect(parseLocalDateTime('2026-07-01T18:00:00Z', paris)?.toISOString()).toBe('2026-07-01T18:00:00.000Z')
    expect(parseLocalDateTime('2026-02-30T18:00', paris)).toBeNull()
    expect(parseLocalDateTime('tomorrow', paris)).toBeNull()
  })
  it('refuses bad rules with a reason', () => {
    const base = { timezone: paris, startsAt: new Date() }
    expect(() => validateRecurrence({ ...base, rrule: 'FREQ=SECONDLY' })).toThrow(/FREQ must be/)
    expect(() => validateRecurrence({ ...base, rrule: 'NOPE' })).toThrow(/rrule/)
    expect(() => validateRecurrence({ ...base, times: ['25:00'], weekdays: ['MO'] })).toThrow(/HH:MM/)
    expect(() => validateRecurrence({ ...base, timezone: 'Mars/Olympus', times: ['10:00'], weekdays: ['MO'] })).toThrow(/time zone/)
    expect(nextOccurrence({ ...base, frequency: 'daily', times: ['10:00'] }, new Date())).toBeInstanceOf(Date)
  })
})
