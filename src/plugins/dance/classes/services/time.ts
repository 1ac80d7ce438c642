/**
 * Pure time helpers shared by classes, trainings and care: HH:MM parsing, weekly rows (day + start
 * + end) validated for order and overlap, and wall-clock time in a time zone turned into an instant.
 */
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Day = (typeof DAYS)[number]

export const DAY_LABELS: Record<Day, { en: string; fr: string }> = {
  monday: { en: 'Monday', fr: 'Lundi' },
  tuesday: { en: 'Tuesday', fr: 'Mardi' },
  wednesday: { en: 'Wednesday', fr: 'Mercredi' },
  thursday: { en: 'Thursday', fr: 'Jeudi' },
  friday: { en: 'Friday', fr: 'Vendredi' },
  saturday: { en: 'Saturday', fr: 'Samedi' },
  sunday: { en: 'Sunday', fr: 'Dimanche' },
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of an `HH:MM` string, or null when it is not one. */
export function minutesOf(v: unknown): null | number {
  if (typeof v !== 'string') return null
  const m = HHMM.exec(v)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Field validator for an `HH:MM` text field. */
export const validateHHMM = (v: unknown) => v === null || v === undefined || v === '' || minutesOf(v) !== null || 'must be a time as HH:MM (00:00–23:59)'

export type WeeklyRow = { day?: null | string; startTime?: null | string; endTime?: null | string }

/** Problems of a set of weekly rows: each end after its start, no two rows of one day overlapping. */
export function weeklyRowsProblems(rows: WeeklyRow[] | null | undefined, field: string): string[] {
  const problems: string[] = []
  const seen: { day: string; start: number; end: number; i: number }[] = []
  ;(rows ?? []).forEach((r, i) => {
    const start = minutesOf(r.startTime)
    const end = minutesOf(r.endTime)
    if (!r.day || !(DAYS as readonly string[]).includes(r.day)) problems.push(`${field}.${i}.day: must be one of ${DAYS.join(', ')}`)
    if (start === null) problems.push(`${field}.${i}.startTime: must be a time as HH:MM`)
    if (end === null) problems.push(`${field}.${i}.endTime: must be a time as HH:MM`)
    if (start === null || end === null || !r.day) return
    if (end <= start) {
      problems.push(`${field}.${i}.endTime: must be after the start (${r.startTime})`)
      return
    }
    const clash = seen.find((s) => s.day === r.day && start < s.end && s.start < end)
    if (clash) problems.push(`${field}.${i}: overlaps row ${clash.i} on ${r.day} (${hhmm(clash.start)}–${hhmm(clash.end)})`)
    seen.push({ day: r.day, start, end, i })
  })
  return problems
}

/** Offset of a time zone from UTC at an instant, in minutes (Africa/Porto-Novo: +60). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/** The instant of a wall-clock time (`YYYY-MM-DD`, minutes since midnight) in a time zone. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  const guess = Date.UTC(y, m - 1, d, 0, minutes)
  const offset = zoneOffsetMinutes(timeZone, new Date(guess))
  return new Date(guess - offset * 60_000)
}

/** The wall clock of an instant in a time zone: its date, day of week and minutes since midnight. */
export function wallClock(at: Date, timeZone: string): { date: string; day: Day; minutes: number } {
  const local = new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000)
  const date = local.toISOString().slice(0, 10)
  const day = DAYS[(local.getUTCDay() + 6) % 7]
  return { date, day, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

/** The day of week of a `YYYY-MM-DD` date. */
export const dayOf = (date: string): Day => DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]

/** A real calendar date as `YYYY-MM-DD`. */
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v

export const validateCurrency = (v: unknown) => !v || /^[A-Z]{3}$/.test(String(v)) || 'currency: an ISO 4217 code, e.g. XOF'
export const validateMinor = (v: unknown) => v === null || v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0) || 'must be a whole number of minor units, 0 or more'

/** Field validator: an IANA time zone the runtime knows. */
export const validateTimeZone = (v: unknown) => {
  if (!v) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: String(v) })
    return true
  } catch {
    return 'timezone: an IANA zone, e.g. Africa/Porto-Novo'
  }
}
