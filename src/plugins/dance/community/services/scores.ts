/**
 * Judges' scores: only an artist named judge of the entry's competition scores it, while the
 * competition is `judging`; once per judge, entry and round (unique index in the database); the
 * judge may correct a score until the results are published.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { badRequest, conflict, forbidden } from '../../../../endpoints/http'
import { rows, sql } from '../../../../db/transaction'
import { idOf, load } from '../fields'
import { judgeOf } from './competition-access'
import type { Competition } from './competition-rules'
import type { Entry } from './entries'

export const prepareScore: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const entry = await load<Entry>(req, 'competition-entries', idOf(operation === 'create' ? data.entry : originalDoc?.entry))
  if (!entry) throw badRequest('entry: unknown competition entry.')
  const competition = (await load<Competition>(req, 'competitions', idOf(entry.competition)))!
  if (competition.status === 'published') throw conflict('The results are published: scores can no longer change.')
  if (competition.status !== 'judging') throw conflict(`Scores are accepted while the competition is judging (it is ${competition.status}).`)
  if (operation !== 'create') return data
  if (entry.status !== 'confirmed') throw conflict('Only confirmed couples are scored.')
  data.competition = competition.id
  if (req.user) {
    const { artists } = await judgeOf(req)
    const judges = new Set((competition.judges ?? []).map(idOf))
    const judge = artists.find((a) => judges.has(a))
    if (judge === undefined) throw forbidden('Only the judges of this competition may submit scores.')
    data.judge = judge
  }
  if (!data.judge) throw badRequest('judge: a score needs its judge.')
  const round = typeof data.round === 'string' ? data.round : 'final'
  const existing = await rows(req, sql`SELECT id FROM competition_scores WHERE judge_id = ${idOf(data.judge)} AND entry_id = ${entry.id} AND round = ${round} LIMIT 1`)
  if (existing.length) throw conflict('You already scored this couple in this round: edit your score instead.', { scoreId: existing[0].id })
  return data
}
