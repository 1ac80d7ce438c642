/**
 * Recurring times in a time zone (RFC 5545 rules through `rrule`). The rule is evaluated on the
 * wall clock of the zone ("every Tuesday at 18:00 Europe/Paris" stays 18:00 across DST changes),
 * then each wall time is turned into the real instant with the zone's offset on that day.
 * A wall time skipped by a spring-forward change moves forward by the gap (02:30 → 03:30); a wall
 * time that happens twice in autumn is taken at its first occurrence.
 */
import * as rruleModule from 'rrule'

// Node loads rrule's CommonJS build (its exports under `default`); bundlers (the admin) its ES build
type RRuleModule = typeof import('rrule')
const rrule: RRuleModule = (rruleModule as unknown as { RRule?: unknown }).RRule ? rruleModule : (rruleModule as unknown as { default: RRuleModule }).default
const { RRule, rrulestr } = rrule

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const formatters = new Map<string, Intl.DateTimeFormat>()
function wallOf(date: Date, tz: string): Wall {
  let f = formatters.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    formatters.set(tz, f)
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]))
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour % 24, minute: +parts.minute, second: +parts.second }
}

/** The zone's offset from UTC (ms) at an instant. */
export function offsetAt(instant: number, tz: string): number {
  const w = wallOf(new Date(instant), tz)
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000
}

/** The instant at which the zone's clock shows the given wall time (fields as in a UTC date). */
export function wallToInstant(wallAsUtc: number, tz: string): Date {
  const offsets = new Set([offsetAt(wallAsUtc, tz), offsetAt(wallAsUtc - 86_400_000, tz), offsetAt(wallAsUtc + 86_400_000, tz)])
  const shows = (t: number) => offsetAt(t, tz) + t === wallAsUtc
  const valid = [...offsets].map((o) => wallAsUtc - o).filter(shows)
  // both offsets fit in autumn (the hour repeats): the earlier instant; none in spring (skipped): forward by the gap
  if (valid.length) return new Date(Math.min(...valid))
  return new Date(wallAsUtc - Math.min(...offsets))
}

/** The zone's wall time of an instant, encoded as a UTC date (what rrule calls "floating"). */
export const instantToWall = (date: Date, tz: string): Date => {
  const w = wallOf(date, tz)
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second))
}

/** Parses `2026-10-30T18:00` (no offset) as a wall time in `tz`, or an ISO string with an offset as is. */
export function parseLocalDateTime(value: string, tz: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (m) {
    const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0))
    const check = new Date(wall)
    if (check.getUTCMonth() !== +m[2] - 1 || check.getUTCDate() !== +m[3] || +m[4] > 23 || +m[5] > 59) return null
    return wallToInstant(wall, tz)
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** Formats an instant as the zone's local time, e.g. `2026-10-30 18:00 (Europe/Paris)`. */
export function formatInZone(date: Date, tz: string): string {
  const w = wallOf(date, tz)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)} (${tz})`
}

export type Recurrence = {
  timezone: string
  /** A raw RFC 5545 RRULE (without DTSTART), e.g. `FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=18;BYMINUTE=0`. */
  rrule?: string | null
  frequency?: 'daily' | 'weekly' | null
  weekdays?: string[] | null
  /** `HH:MM` wall times. */
  times?: string[] | null
  /** From when the rule runs (default: the epoch of the schedule's creation). */
  startsAt: Date
}

const ALLOWED_FREQ = new Set([RRule.HOURLY, RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY])

export class RecurrenceError extends Error {}

/** The rules (one per time of day) as rrule objects on the wall clock. */
function rules(r: Recurrence) {
  if (!isTimeZone(r.timezone)) throw new RecurrenceError(`timezone: unknown time zone "${r.timezone}".`)
  const dtstart = instantToWall(r.startsAt, r.timezone)
  if (r.rrule?.trim()) {
    const text = r.rrule.trim().replace(/^RRULE:/i, '')
    if (/DTSTART|TZID/i.test(text)) throw new RecurrenceError('rrule: give the rule without DTSTART/TZID; the schedule has its own start and time zone.')
    let rule
    try {
      rule = rrulestr(`RRULE:${text}`, { dtstart }) as InstanceType<typeof RRule>
    } catch (e) {
      throw new RecurrenceError(`rrule: ${(e as Error).message}`)
    }
    if (!(rule instanceof RRule) || !ALLOWED_FREQ.has(rule.options.freq)) throw new RecurrenceError('rrule: FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY.')
    return [rule]
  }
  const times = (r.times ?? []).filter(Boolean)
  if (!times.length) throw new RecurrenceError('times: give at least one time of day (HH:MM), or an rrule.')
  const weekdays = (r.weekdays ?? []).map((d) => WEEKDAYS.indexOf(d as Weekday))
  if (weekdays.some((d) => d < 0)) throw new RecurrenceError(`weekdays: use ${WEEKDAYS.join(', ')}.`)
  if ((r.frequency ?? 'weekly') === 'weekly' && !weekdays.length) throw new RecurrenceError('weekdays: a weekly schedule needs at least one day.')
  return times.map((t) => {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(t)
    if (!m) throw new RecurrenceError(`times: "${t}" is not a HH:MM time.`)
    return new RRule({
      freq: r.frequency === 'daily' ? RRule.DAILY : RRule.WEEKLY,
      byweekday: r.frequency === 'daily' ? null : weekdays,
      byhour: [+m[1]],
      byminute: [+m[2]],
      bysecond: [0],
      dtstart,
    })
  })
}

/** Throws a RecurrenceError (→ 400) when the recurrence cannot be evaluated. */
export const validateRecurrence = (r: Recurrence) => void rules(r)

/** The real instants in (after, until], sorted, at most `limit`. */
export function occurrencesBetween(r: Recurrence, after: Date, until: Date, limit = 500): Date[] {
  const day = 86_400_000
  const from = new Date(instantToWall(after, r.timezone).getTime() - day)
  const to = new Date(instantToWall(until, r.timezone).getTime() + day)
  const out = new Set<number>()
  for (const rule of rules(r)) {
    for (const wall of rule.between(from, to, true)) {
      const t = wallToInstant(wall.getTime(), r.timezone).getTime()
      if (t > after.getTime() && t <= until.getTime() && t >= r.startsAt.getTime()) out.add(t)
    }
  }
  return [...out].sort((a, b) => a - b).slice(0, limit).map((t) => new Date(t))
}

/** The first instant strictly after `after`. */
export function nextOccurrence(r: Recurrence, after: Date, horizonDays = 400): Date | null {
  return occurrencesBetween(r, after, new Date(after.getTime() + horizonDays * 86_400_000), 1)[0] ?? null
}
