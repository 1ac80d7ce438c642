import { describe, expect, it } from 'vitest'

import { dailySeries, windowStart } from './series'

describe('daily series of the dashboard charts', () => {
  const now = new Date('2026-12-02T15:00:00Z')
  it('has one point per day of the window, zeros included, one key per group', () => {
    const docs = [
      { at: '2026-12-02T10:00:00Z', currency: 'EUR', total: 1461 },
      { at: '2026-12-02T11:00:00Z', currency: 'EUR', total: 539 },
      { at: '2026-11-20T11:00:00Z', currency: 'XOF', total: 2500 },
      { at: '2026-10-01T11:00:00Z', currency: 'XOF', total: 99 },
    ]
    const { points, keys } = dailySeries(docs, (d) => d.at, (d) => d.currency, (d) => d.total, now)
    expect(windowStart(now)).toBe('2026-11-03T00:00:00.000Z')
    expect(points).toHaveLength(30)
    expect(keys).toEqual(['EUR', 'XOF'])
    expect(points[29]).toEqual({ day: '2026-12-02', EUR: 2000, XOF: 0 })
    expect(points.find((p) => p.day === '2026-11-20')).toEqual({ day: '2026-11-20', EUR: 0, XOF: 2500 })
    // outside the window: not counted
    expect(points.reduce((s, p) => s + (p.XOF as number), 0)).toBe(2500)
  })
})
