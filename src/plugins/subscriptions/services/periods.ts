/** Billing periods: calendar months or years, anchored on the period start (UTC), clamped to month ends. */
export const PERIODS = ['month', 'year'] as const
export type Period = (typeof PERIODS)[number]

/**
 * The end of a period that starts at `start`: same day of the next month (or year), at the same
 * time; a day the target month lacks (31 Jan + 1 month) becomes its last day (28/29 Feb).
 */
export function addPeriod(start: Date, period: Period, count = 1): Date {
  const months = period === 'year' ? 12 * count : count
  const y = start.getUTCFullYear()
  const m = start.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const d = Math.min(start.getUTCDate(), lastDay)
  return new Date(Date.UTC(y, m, d, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()))
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** When the renewal payment of a period ending at `end` is requested. */
export const renewalDueAt = (end: Date, renewBeforeHours: number): Date => new Date(end.getTime() - renewBeforeHours * HOUR)

/** The end of the grace period after a failed renewal: days counted from the period end, or from now when later. */
export const graceEnd = (periodEnd: Date, now: Date, graceDays: number): Date =>
  new Date(Math.max(periodEnd.getTime(), now.getTime()) + graceDays * DAY)
