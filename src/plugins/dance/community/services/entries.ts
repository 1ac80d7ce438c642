/**
 * Couples' entries. The leader registers the couple (pending invitation); only the follower
 * confirms. One registration per person per category, in the database: each live entry holds a
 * row per dancer in `competition_entry_people` (primary key category + user, hand-written
 * migration), inserted in the entry's transaction with ON CONFLICT DO NOTHING — fewer than two
 * rows inserted means one of them is already registered, and the whole entry rolls back (409).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { userIsAdmin } from '../../../../access'
import { badRequest, conflict, forbidden, notFound } from '../../../../endpoints/http'
import { inTransaction, rows, sql } from '../../../../db/transaction'
import { idOf, load } from '../fields'
import { tell } from './notify'
import { checkMove, type Competition, ENTRY_MOVES, type EntryStatus, isOrganizerOf, registrationOpen } from './competition-rules'

type Category = { id: number; name: string; competition: unknown }
export type Entry = { id: number; category: unknown; competition: unknown; leader: unknown; follower: unknown; status: EntryStatus; createdAt: string }

/** Who already holds a place in this category among `userIds`. */
async function taken(req: PayloadRequest, categoryId: number, userIds: number[]): Promise<number[]> {
  const found = await rows<{ user_id: number }>(req, sql`SELECT user_id FROM competition_entry_people WHERE category_id = ${categoryId} AND user_id IN (${sql.join(userIds.map((u) => sql`${u}`), sql`, `)})`)
  return found.map((r) => Number(r.user_id))
}

export const prepareEntry: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.user) data.leader = req.user.id
  const leader = idOf(data.leader)
  const follower = idOf(data.follower)
  if (!Number.isSafeInteger(leader) || leader <= 0) throw badRequest('leader: an entry needs a logged-in leader.')
  if (!Number.isSafeInteger(follower) || follower <= 0) throw badRequest('follower: must be the id of a user.')
  if (leader === follower) throw badRequest('follower: the leader and the follower must be two different people.')
  const followerDoc = await load<{ id: number; active?: boolean | null }>(req, 'users', follower)
  if (!followerDoc || followerDoc.active === false) throw badRequest(`follower: no user with id ${follower}.`)
  const category = await load<Category>(req, 'competition-categories', idOf(data.category))
  if (!category) throw badRequest('category: unknown category.')
  const competition = await load<Competition>(req, 'competitions', idOf(category.competition))
  // a draft competition's categories do not exist for anyone but its organizer
  if (!competition || (req.user && competition.status === 'draft' && !isOrganizerOf(req, competition))) throw badRequest('category: unknown category.')
  data.competition = competition.id
  // trusted server calls (seed) may write a status; a client's entry always starts as an invitation
  if (req.user) {
    data.status = 'pending'
    const open = registrationOpen(competition)
    if (open !== true) throw conflict(open)
  }
  const already = await taken(req, category.id, [leader, follower])
  if (already.length) throw conflict(`${already.map((u) => (u === leader ? 'The leader' : 'The follower')).join(' and ')} already ${already.length > 1 ? 'have' : 'has'} an entry in ${category.name}.`)
  return data
}

/** Takes the couple's two places in the category (the database refuses a second registration). */
export const claimEntrySlots: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status === 'cancelled') return doc
  const category = idOf(doc.category)
  const inserted = await rows(
    req,
    sql`INSERT INTO competition_entry_people (category_id, user_id, entry_id) VALUES (${category}, ${idOf(doc.leader)}, ${doc.id}), (${category}, ${idOf(doc.follower)}, ${doc.id}) ON CONFLICT DO NOTHING RETURNING user_id`,
  )
  if (inserted.length < 2) throw conflict('One of the dancers already has an entry in this category.')
  if (doc.status === 'pending') {
    const [leader, categoryDoc, competition] = await Promise.all([
      load<{ firstName?: null | string; lastName?: null | string }>(req, 'users', idOf(doc.leader)),
      load<Category>(req, 'competition-categories', category),
      load<Competition>(req, 'competitions', idOf(doc.competition)),
    ])
    const name = [leader?.firstName, leader?.lastName].filter(Boolean).join(' ') || 'Un danseur'
    await tell(req, idOf(doc.follower), 'dance.competition.invitation', { leader: name, category: categoryDoc?.name, competition: competition?.name, url: `/competition-entries/${doc.id}` }, `dance.entry.${doc.id}.invitation`)
  }
  return doc
}

/** Moves an entry through ENTRY_MOVES for the caller (confirm: the follower; cancel: leader, follower, organizer). */
export async function moveEntry(req: PayloadRequest, id: number, to: EntryStatus): Promise<Entry> {
  return inTransaction(req, async () => {
    const [locked] = await rows(req, sql`SELECT id FROM competition_entries WHERE id = ${id} FOR UPDATE`)
    const entry = locked ? await load<Entry>(req, 'competition-entries', id) : null
    if (!entry) throw notFound('No such entry.')
    const competition = (await load<Competition>(req, 'competitions', idOf(entry.competition)))!
    const me = Number(req.user?.id)
    const actors = [
      ...(idOf(entry.leader) === me ? (['leader'] as const) : []),
      ...(idOf(entry.follower) === me ? (['follower'] as const) : []),
      ...(isOrganizerOf(req, competition) ? (['organizer'] as const) : []),
    ]
    if (actors.length === 0) throw userIsAdmin(req.user) ? conflict('Not allowed.') : forbidden('Only the couple or the organizer can change this entry.')
    checkMove(ENTRY_MOVES, entry.status, to, [...actors], 'competition entry')
    if (to === 'confirmed') {
      const open = registrationOpen(competition)
      if (open !== true) throw conflict(open)
    }
    if (to === 'cancelled') {
      if (['judging', 'published'].includes(competition.status)) throw conflict(`The competition is ${competition.status}: entries can no longer be cancelled.`)
      await rows(req, sql`DELETE FROM competition_entry_people WHERE entry_id = ${id}`)
    }
    const data = to === 'confirmed' ? { status: to, confirmedAt: new Date().toISOString() } : { status: to }
    const updated = (await req.payload.update({ collection: 'competition-entries', id, data: data as never, overrideAccess: true, req, depth: 0 })) as unknown as Entry
    if (to === 'confirmed') {
      const category = await load<Category>(req, 'competition-categories', idOf(entry.category))
      await tell(req, idOf(entry.leader), 'dance.competition.confirmed', { category: category?.name, competition: competition.name, url: `/competition-entries/${id}` }, `dance.entry.${id}.confirmed`)
    }
    return updated
  })
}
