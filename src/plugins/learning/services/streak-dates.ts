/** Calendar arithmetic for daily streaks, in the learner's own time zone. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** The local calendar date (YYYY-MM-DD) of `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at)
  const get = (t: string) => parts.find((p) => p.type === t)?.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** Whole days from date a to date b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** The streak after an activity today: same day unchanged, next day +1, otherwise restart at 1. */
export function nextStreak(last: null | string | undefined, today: string, current: number): { streak: number; firstToday: boolean } {
  if (!last) return { streak: 1, firstToday: true }
  const gap = daysBetween(last, today)
  if (gap <= 0) return { streak: Math.max(current, 1), firstToday: false }
  if (gap === 1) return { streak: current + 1, firstToday: true }
  return { streak: 1, firstToday: true }
}

/** A streak is broken once a whole local day passed without activity. */
export function isStreakBroken(last: null | string | undefined, now: Date, timeZone: string): boolean {
  if (!last) return false
  return daysBetween(last, localDate(now, timeZone)) > 1
}
