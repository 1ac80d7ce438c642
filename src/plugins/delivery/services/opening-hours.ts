/**
 * Opening hours in the seed's format, evaluated in the restaurant's own timezone.
 * A day whose `close` is at or before `open` (e.g. 18:00 → 02:00, or "00:00") runs past midnight:
 * the part after midnight belongs to the next calendar day. Breaks are closed intervals inside a day.
 */
import { z } from 'zod'

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Weekday = (typeof WEEKDAYS)[number]

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM')

const daySchema = z
  .object({
    open: HHMM.optional(),
    close: HHMM.optional(),
    is_closed: z.boolean().optional(),
    breaks: z.array(z.object({ start: HHMM, end: HHMM })).optional(),
  })
  .strict()
  .refine((d) => d.is_closed === true || (d.open !== undefined && d.close !== undefined), {
    message: 'an open day needs "open" and "close" (or "is_closed": true)',
  })

export const openingHoursSchema = z.partialRecord(z.enum(WEEKDAYS), daySchema)
export type OpeningHours = z.infer<typeof openingHoursSchema>

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Weekday (0 = Monday) and minutes since midnight of `date` in `timeZone`. */
export function localClock(date: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'))
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) }
}

type Interval = [number, number]

/** Open intervals of one day in minutes, where past-midnight hours extend beyond 1440. */
function dayIntervals(day: OpeningHours[Weekday]): Interval[] {
  if (!day || day.is_closed || !day.open || !day.close) return []
  const open = toMinutes(day.open)
  let close = toMinutes(day.close)
  if (close <= open) close += 1440
  let intervals: Interval[] = [[open, close]]
  for (const b of day.breaks ?? []) {
    let bs = toMinutes(b.start)
    let be = toMinutes(b.end)
    if (bs < open) bs += 1440
    if (be <= bs) be += 1440
    intervals = intervals.flatMap(([s, e]): Interval[] => {
      if (be <= s || bs >= e) return [[s, e]]
      const out: Interval[] = []
      if (bs > s) out.push([s, bs])
      if (be < e) out.push([be, e])
      return out
    })
  }
  return intervals
}

export function isOpenAt(hours: OpeningHours | null | undefined, timeZone: string, date: Date): boolean {
  if (!hours) return false
  const { weekday, minutes } = localClock(date, timeZone)
  const today = dayIntervals(hours[WEEKDAYS[weekday]])
  if (today.some(([s, e]) => minutes >= s && minutes < e)) return true
  const yesterday = dayIntervals(hours[WEEKDAYS[(weekday + 6) % 7]])
  return yesterday.some(([s, e]) => minutes + 1440 >= s && minutes + 1440 < e)
}

export function validateOpeningHours(value: unknown): string | true {
  if (value === null || value === undefined) return true
  const r = openingHoursSchema.safeParse(value)
  if (r.success) return true
  return r.error.issues.map((i) => `openingHours.${i.path.join('.')}: ${i.message}`).join('; ')
}
