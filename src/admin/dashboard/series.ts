/**
 * Daily series for the dashboard's 30-day charts, built from documents the reader may see (the
 * widgets query with the reader's access). Days are UTC calendar days; missing days count 0.
 */
export type SeriesPoint = { day: string } & Record<string, number | string>

export const DAYS = 30

/** ISO timestamp of the first instant of the first day of the window. */
export function windowStart(now = new Date(), days = DAYS): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)))
  return start.toISOString()
}

/**
 * Sums `value(doc)` per day and per `key(doc)` (one line per key: a currency, a provider, or
 * 'count'). Returns one point per day with every key present.
 */
export function dailySeries<T>(docs: T[], at: (doc: T) => null | string | undefined, key: (doc: T) => string, value: (doc: T) => number = () => 1, now = new Date(), days = DAYS): { points: SeriesPoint[]; keys: string[] } {
  const keys = [...new Set(docs.map(key))].sort()
  const points: SeriesPoint[] = []
  const index = new Map<string, SeriesPoint>()
  const first = new Date(windowStart(now, days))
  for (let i = 0; i < days; i++) {
    const day = new Date(first.getTime() + i * 86_400_000).toISOString().slice(0, 10)
    const point: SeriesPoint = { day }
    for (const k of keys) point[k] = 0
    points.push(point)
    index.set(day, point)
  }
  for (const doc of docs) {
    const when = at(doc)
    const point = when ? index.get(when.slice(0, 10)) : undefined
    if (!point) continue
    const k = key(doc)
    point[k] = (point[k] as number) + value(doc)
  }
  return { points, keys }
}

/** Start of today (UTC) as an ISO timestamp, for "today" counters. */
export const startOfToday = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString()
