/** Competition status moves and the publication of results (ranks computed by services/ranking.ts). */
import type { PayloadRequest } from 'payload'

import { forbidden, notFound } from '../../../../endpoints/http'
import { inTransaction, rows, sql } from '../../../../db/transaction'
import { idOf } from '../fields'
import { checkMove, type Competition, COMPETITION_MOVES, type CompetitionStatus, isOrganizerOf } from './competition-rules'
import { tell } from './notify'
import { rankEntries } from './ranking'

/** Locks and loads the competition the caller may see; 404 otherwise, 403 when they are not its organizer. */
async function lockForOrganizer(req: PayloadRequest, id: number): Promise<Competition> {
  await rows(req, sql`SELECT id FROM competitions WHERE id = ${id} FOR UPDATE`)
  const visible = await req.payload.find({ collection: 'competitions', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user, req })
  const competition = visible.docs[0] as unknown as Competition | undefined
  if (!competition) throw notFound('No such competition.')
  if (!isOrganizerOf(req, competition)) throw forbidden('Only the organizer or an admin can do that.')
  return competition
}

export async function moveCompetition(req: PayloadRequest, id: number, to: Exclude<CompetitionStatus, 'published'>): Promise<Competition> {
  return inTransaction(req, async () => {
    const competition = await lockForOrganizer(req, id)
    checkMove(COMPETITION_MOVES, competition.status, to, ['organizer'], 'competition')
    return (await req.payload.update({ collection: 'competitions', id, data: { status: to } as never, overrideAccess: true, req, depth: 0 })) as unknown as Competition
  })
}

export type Result = { entry: number; category: number; leader: number; follower: number; rank: number; totalScore: number }

/**
 * Ranks every category's confirmed couples, stores rank and total on each entry, and moves the
 * competition to `published` — one transaction, the competition row locked.
 */
export async function publishResults(req: PayloadRequest, id: number): Promise<{ id: number; status: CompetitionStatus; results: Result[] }> {
  return inTransaction(req, async () => {
    const competition = await lockForOrganizer(req, id)
    checkMove(COMPETITION_MOVES, competition.status, 'published', ['organizer'], 'competition')
    const entries = (await req.payload.find({ collection: 'competition-entries', where: { and: [{ competition: { equals: id } }, { status: { equals: 'confirmed' } }] }, depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as { id: number; category: unknown; leader: unknown; follower: unknown; createdAt: string }[]
    const scores = (await req.payload.find({ collection: 'competition-scores', where: { competition: { equals: id } }, depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as { entry: unknown; judge: unknown; round: string; score: number }[]
    const byCategory = new Map<number, typeof entries>()
    for (const e of entries) byCategory.set(idOf(e.category), [...(byCategory.get(idOf(e.category)) ?? []), e])
    const results: Result[] = []
    for (const [category, list] of byCategory) {
      const ranked = rankEntries(
        list.map((e) => ({ id: e.id, registeredAt: e.createdAt })),
        scores.map((s) => ({ entry: idOf(s.entry), judge: idOf(s.judge), round: s.round, score: Number(s.score) })),
      )
      for (const r of ranked) {
        await rows(req, sql`UPDATE competition_entries SET rank = ${r.rank}, total_score = ${r.totalScore} WHERE id = ${r.id}`)
        const e = list.find((x) => x.id === r.id)!
        results.push({ entry: r.id, category, leader: idOf(e.leader), follower: idOf(e.follower), rank: r.rank, totalScore: r.totalScore })
      }
    }
    await req.payload.update({ collection: 'competitions', id, data: { status: 'published', resultsPublishedAt: new Date().toISOString() } as never, overrideAccess: true, req, depth: 0 })
    for (const r of results) {
      for (const user of [r.leader, r.follower]) {
        await tell(req, user, 'dance.competition.results', { competition: competition.name, rank: r.rank, totalScore: r.totalScore, url: `/competitions/${id}` }, `dance.competition.${id}.results.${r.entry}.${user}`)
      }
    }
    results.sort((a, b) => a.category - b.category || a.rank - b.rank)
    return { id, status: 'published' as const, results }
  })
}
