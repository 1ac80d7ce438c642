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
  const entryId = idOf(operation === 'create' ? data.entry : originalDoc?.entry)
  // one writer per couple at a time: the duplicate check below cannot race (NO KEY UPDATE does not
  // conflict with the foreign-key lock the score's insert takes)
  const [locked] = Number.isSafeInteger(entryId) && entryId > 0 ? await rows(req, sql`SELECT id FROM competition_entries WHERE id = ${entryId} FOR NO KEY UPDATE`) : []
  const entry = locked ? await load<Entry>(req, 'competition-entries', entryId) : null
  if (!entry) throw badRequest('entry: unknown competition entry.')
  const competition = (await load<Competition>(req, 'competitions', idOf(entry.competition)))!
  if (operation === 'create' && req.user) {
    // non-judges learn nothing about the competition's state
    const { artists } = await judgeOf(req)
    const judges = new Set((competition.judges ?? []).map(idOf))
    const judge = artists.find((a) => judges.has(a))
    if (judge === undefined) throw forbidden('Only the judges of this competition may submit scores.')
    data.judge = judge
  }
  if (competition.status === 'published') throw conflict('The results are published: scores can no longer change.')
  if (competition.status !== 'judging') throw conflict(`Scores are accepted while the competition is judging (it is ${competition.status}).`)
  if (operation !== 'create') return data
  if (entry.status !== 'confirmed') throw conflict('Only confirmed couples are scored.')
  data.competition = competition.id
  if (!data.judge) throw badRequest('judge: a score needs its judge.')
  const round = typeof data.round === 'string' ? data.round : 'final'
  const existing = await rows(req, sql`SELECT id FROM competition_scores WHERE judge_id = ${idOf(data.judge)} AND entry_id = ${entry.id} AND round = ${round} LIMIT 1`)
  if (existing.length) throw conflict('You already scored this couple in this round: edit your score instead.', { scoreId: existing[0].id })
  return data
}
