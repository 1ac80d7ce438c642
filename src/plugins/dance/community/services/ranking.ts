/**
 * Ranking of a competition's confirmed couples, a pure function (tested in ranking.test.ts).
 *
 * 1. Higher total score (the sum of every judge's score in every round).
 * 2. Tie: higher median of the couple's judge scores (one outlier judge weighs less).
 * 3. Tie: more first-place votes (for each judge and round, the couples that judge scored highest;
 *    judges' own ties give each tied couple a vote).
 * 4. Tie: earlier registration (then the lower entry id), so every couple gets a distinct rank.
 */
export type RankEntry = { id: number; registeredAt: string }
export type RankScore = { entry: number; judge: number; round: string; score: number }
export type Ranked = { id: number; rank: number; totalScore: number; median: number; firstPlaces: number }

const round2 = (n: number) => Math.round(n * 100) / 100

export function median(values: number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export function rankEntries(entries: RankEntry[], scores: RankScore[]): Ranked[] {
  const ids = new Set(entries.map((e) => e.id))
  const mine = new Map<number, number[]>(entries.map((e) => [e.id, []]))
  const panels = new Map<string, RankScore[]>()
  for (const s of scores) {
    if (!ids.has(s.entry)) continue
    mine.get(s.entry)!.push(s.score)
    const key = `${s.judge}|${s.round}`
    panels.set(key, [...(panels.get(key) ?? []), s])
  }
  const firsts = new Map<number, number>()
  for (const panel of panels.values()) {
    const best = Math.max(...panel.map((s) => s.score))
    for (const s of panel) if (s.score === best) firsts.set(s.entry, (firsts.get(s.entry) ?? 0) + 1)
  }
  const rows = entries.map((e) => {
    const values = mine.get(e.id) ?? []
    return { id: e.id, at: new Date(e.registeredAt).getTime(), totalScore: round2(values.reduce((a, b) => a + b, 0)), median: median(values), firstPlaces: firsts.get(e.id) ?? 0 }
  })
  rows.sort((a, b) => b.totalScore - a.totalScore || b.median - a.median || b.firstPlaces - a.firstPlaces || a.at - b.at || a.id - b.id)
  return rows.map((r, i) => ({ id: r.id, rank: i + 1, totalScore: r.totalScore, median: r.median, firstPlaces: r.firstPlaces }))
}
