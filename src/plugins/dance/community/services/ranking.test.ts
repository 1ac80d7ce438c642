import { describe, expect, it } from 'vitest'

import { median, rankEntries } from './ranking'

const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 10, m)).toISOString()

describe('rankEntries', () => {
  it('ranks by total score', () => {
    const r = rankEntries(
      [{ id: 1, registeredAt: at(0) }, { id: 2, registeredAt: at(1) }],
      [{ entry: 1, judge: 1, round: 'final', score: 6 }, { entry: 2, judge: 1, round: 'final', score: 9 }],
    )
    expect(r.map((x) => [x.id, x.rank, x.totalScore])).toEqual([[2, 1, 9], [1, 2, 6]])
  })

  it('breaks a tied total by the higher median judge score', () => {
    // both total 24: entry 1 = 10+10+4 (median 10), entry 2 = 8+8+8 (median 8)
    const scores = [
      { entry: 1, judge: 1, round: 'final', score: 10 }, { entry: 1, judge: 2, round: 'final', score: 10 }, { entry: 1, judge: 3, round: 'final', score: 4 },
      { entry: 2, judge: 1, round: 'final', score: 8 }, { entry: 2, judge: 2, round: 'final', score: 8 }, { entry: 2, judge: 3, round: 'final', score: 8 },
    ]
    expect(rankEntries([{ id: 2, registeredAt: at(0) }, { id: 1, registeredAt: at(1) }], scores).map((x) => x.id)).toEqual([1, 2])
  })

  it('then by first-place votes, then by earlier registration', () => {
    // totals 15 and medians 7.5 for both; entry 2 has two first places (judges 1 and 2... ties count for both)
    const scores = [
      { entry: 1, judge: 1, round: 'final', score: 7 }, { entry: 1, judge: 2, round: 'final', score: 8 },
      { entry: 2, judge: 1, round: 'final', score: 8 }, { entry: 2, judge: 2, round: 'final', score: 7 },
      { entry: 3, judge: 1, round: 'final', score: 8 }, { entry: 3, judge: 2, round: 'final', score: 7 },
    ]
    // 2 and 3 have one first place each (judge 1, tied at 8) and entry 1 one (judge 2): all tied → registration order
    const r = rankEntries([{ id: 3, registeredAt: at(0) }, { id: 1, registeredAt: at(2) }, { id: 2, registeredAt: at(1) }], scores)
    expect(r.map((x) => x.id)).toEqual([3, 2, 1])
    // equal totals (36) and medians (9): C has two first places, B none, though B registered first
    const sc = (entry: number, values: number[]) => values.map((score, j) => ({ entry, judge: j + 1, round: 'final', score }))
    const votes = [...sc(10, [9, 9, 9, 9]), ...sc(11, [10, 10, 8, 8]), ...sc(12, [1, 1, 9.5, 9.5])]
    const r2 = rankEntries([{ id: 10, registeredAt: at(0) }, { id: 11, registeredAt: at(5) }, { id: 12, registeredAt: at(1) }], votes)
    expect(r2.map((x) => [x.id, x.totalScore, x.median, x.firstPlaces])).toEqual([[11, 36, 9, 2], [10, 36, 9, 0], [12, 21, 5.25, 2]])
  })

  it('ranks couples without scores last, and ignores scores of other entries', () => {
    const r = rankEntries([{ id: 1, registeredAt: at(0) }, { id: 2, registeredAt: at(1) }], [{ entry: 2, judge: 1, round: 'final', score: 1 }, { entry: 99, judge: 1, round: 'final', score: 10 }])
    expect(r).toEqual([
      { id: 2, rank: 1, totalScore: 1, median: 1, firstPlaces: 1 },
      { id: 1, rank: 2, totalScore: 0, median: 0, firstPlaces: 0 },
    ])
  })

  it('median', () => {
    expect(median([])).toBe(0)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
})
