/**
 * The two state machines of competitions, each one table of allowed moves and who may make them.
 * Anything else is refused with 409 and the reason.
 */
import type { PayloadRequest } from 'payload'

import { userIsAdmin } from '../../../../access'
import { conflict } from '../../../../endpoints/http'
import { idOf } from '../fields'

export const COMPETITION_STATUSES = ['draft', 'open', 'closed', 'judging', 'published'] as const
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number]

export type Competition = {
  id: number
  name: string
  status: CompetitionStatus
  organizer?: unknown
  judges?: unknown[] | null
  registrationOpensAt: string
  registrationClosesAt: string
  date: string
}

type Actor = 'organizer' | 'leader' | 'follower'

/** Competition: draft → open → closed → judging → published (publication only through publish-results). */
export const COMPETITION_MOVES: Record<CompetitionStatus, Partial<Record<CompetitionStatus, Actor[]>>> = {
  draft: { open: ['organizer'] },
  open: { closed: ['organizer'] },
  closed: { judging: ['organizer'] },
  judging: { published: ['organizer'] },
  published: {},
}

export const ENTRY_STATUSES = ['pending', 'confirmed', 'cancelled'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

/** Entry: the leader invites (pending), the follower confirms; either of them or the organizer cancels. */
export const ENTRY_MOVES: Record<EntryStatus, Partial<Record<EntryStatus, Actor[]>>> = {
  pending: { confirmed: ['follower'], cancelled: ['leader', 'follower', 'organizer'] },
  confirmed: { cancelled: ['leader', 'follower', 'organizer'] },
  cancelled: {},
}

export const isOrganizerOf = (req: PayloadRequest, c: Pick<Competition, 'organizer'>) => userIsAdmin(req.user) || (req.user !== null && req.user !== undefined && idOf(c.organizer) === Number(req.user.id))

/** Refuses (409) a move the table does not hold or the actor may not make; admins act as organizers. */
export function checkMove<S extends string>(table: Record<S, Partial<Record<S, Actor[]>>>, from: S, to: S, actors: Actor[], what: string): void {
  const allowed = table[from]?.[to]
  if (!allowed) {
    const next = Object.keys(table[from] ?? {})
    throw conflict(`A ${what} cannot go from ${from} to ${to}${next.length ? ` (from ${from}: ${next.join(', ')})` : ` (${from} is final)`}.`)
  }
  if (!allowed.some((a) => actors.includes(a))) throw conflict(`Only the ${allowed.join(' or ')} may move a ${what} from ${from} to ${to}.`)
}

/** Registration is open when the competition is `open` and now is within its registration window. */
export function registrationOpen(c: Competition, now = new Date()): string | true {
  if (c.status !== 'open') return `Registrations are not open: the competition is ${c.status}.`
  if (now < new Date(c.registrationOpensAt)) return `Registrations open on ${new Date(c.registrationOpensAt).toISOString()}.`
  if (now >= new Date(c.registrationClosesAt)) return `Registrations closed on ${new Date(c.registrationClosesAt).toISOString()}.`
  return true
}
