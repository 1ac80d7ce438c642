/**
 * Dance classes: what the bookings engine reads (places, price, who runs it), the status gate (one
 * table for REST, GraphQL, the admin and the endpoints), validation across fields, and what follows
 * a change (capacity bucket kept in sync, registrations cancelled and refunded with the class).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, conflict } from '../../../../endpoints/http'
import { userIsAdmin } from '../../../../access'
import { cancelAllRegistrations, notifyParticipants, registerBookable, syncBucket } from '../../../bookings'
import { idOf } from '../access'
import { type Actor, checkMove, CLASS_MOVES, type ClassStatus } from './transitions'
import { weeklyRowsProblems } from './time'

export type DanceClassDoc = {
  id: number
  title: string
  slug?: null | string
  status: ClassStatus
  instructor?: null | number | { id: number }
  startDate: string
  endDate?: null | string
  price?: null | number
  currency?: null | string
  capacity?: null | number
  minParticipants?: null | number
  waitlistEnabled?: boolean | null
  cancelReason?: null | string
  venue?: { name?: null | string; address?: null | string; city?: null | string } | null
  schedule?: { day?: string; startTime?: string; endTime?: string }[] | null
}

const DAY = 86_400_000

const load = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.findByID({ collection: 'dance-classes', id: Number(id), depth: 0, overrideAccess: true, req }).catch(() => null)) as DanceClassDoc | null

registerBookable('dance-classes', {
  load: async (req, id) => {
    const c = await load(req, id)
    if (!c) return null
    let open: string | true = true
    if (c.status !== 'published') open = `This class is ${c.status}: only published classes can be booked.`
    else if (c.endDate && Date.now() >= new Date(c.endDate).getTime() + DAY) open = 'This class has ended.'
    return {
      title: c.title,
      organizerIds: c.instructor ? [idOf(c.instructor)] : [],
      staffIds: [],
      currency: c.currency ?? 'XOF',
      pricing: { regular: c.price ?? 0 },
      open,
      waitlist: c.waitlistEnabled !== false,
      // a term is refunded when cancelled before its first class
      cancellationDeadline: c.startDate,
      startsAt: c.startDate,
      endsAt: c.endDate,
      location: [c.venue?.name, c.venue?.address, c.venue?.city].filter(Boolean).join(', '),
      url: `/dance/classes/${c.slug ?? c.id}`,
    }
  },
})

export function classActors(req: PayloadRequest, doc: Pick<DanceClassDoc, 'instructor'> | undefined): Actor[] {
  const actors: Actor[] = req.context?.danceSystem ? ['system'] : []
  if (userIsAdmin(req.user)) actors.push('admin')
  if (req.user && doc?.instructor && idOf(doc.instructor) === Number(req.user.id)) actors.push('instructor')
  return actors
}

/** beforeChange: the instructor is the creator (admins may pick one); every status move passes the table; fields agree. */
export const guardClass: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user && !userIsAdmin(req.user)) data.instructor = req.user.id
    data.instructor ??= req.user?.id
    data.status ??= 'draft'
  }
  const from = (operation === 'create' ? '' : originalDoc?.status) as '' | ClassStatus
  const to = (data.status ?? from) as ClassStatus
  if (from !== to) {
    const actors = classActors(req, { instructor: data.instructor ?? originalDoc?.instructor })
    if (operation === 'create' && !req.user) actors.push('system')
    const check = checkMove(CLASS_MOVES, 'class', from, to, actors)
    if (!check.ok) throw conflict(check.message, { status: from || null })
    if (to === 'cancelled' && !String(data.cancelReason ?? originalDoc?.cancelReason ?? '').trim()) data.cancelReason = 'cancelled by the instructor'
  }
  // the server's own moves change the status only
  if (req.context?.danceSystem) return data
  const m = { ...originalDoc, ...data }
  const problems = weeklyRowsProblems(m.schedule, 'schedule')
  if (m.startDate && m.endDate && new Date(m.endDate) < new Date(m.startDate)) problems.push('endDate: must be on or after startDate')
  if (m.minParticipants && m.capacity !== undefined && m.capacity !== null && m.minParticipants > m.capacity) problems.push('minParticipants: cannot exceed the capacity')
  if (problems.length) throw badRequest(problems.join('; '))
  return data
}

const CHANGES: [keyof DanceClassDoc, string][] = [
  ['startDate', 'start date'],
  ['endDate', 'end date'],
  ['schedule', 'schedule'],
  ['venue', 'venue'],
  ['price', 'price'],
]

/** afterChange: the bucket follows the capacity; a cancelled class cancels and refunds its registrations. */
export const afterClassChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const c = doc as DanceClassDoc
  await syncBucket(req, { resourceCollection: 'dance-classes', resourceId: c.id, label: c.title, capacity: c.capacity ?? 0, minParticipants: c.minParticipants, startsAt: c.startDate })
  if (operation !== 'update') return doc
  const before = previousDoc as DanceClassDoc
  if (before.status !== c.status && c.status === 'cancelled') {
    await cancelAllRegistrations(req, 'dance-classes', c.id, c.cancelReason || 'the class was cancelled')
  } else if (c.status === 'published') {
    const changed = CHANGES.filter(([k]) => JSON.stringify(stripIds(before[k])) !== JSON.stringify(stripIds(c[k]))).map(([, label]) => label)
    if (changed.length) await notifyParticipants(req, 'dance-classes', c.id, 'booking.changed', { title: c.title, changes: changed.join(', '), url: `/dance/classes/${c.slug ?? c.id}` }, String(doc.updatedAt))
  }
  return doc
}

const stripIds = (v: unknown): unknown => (Array.isArray(v) ? v.map(stripIds) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'id').map(([k, x]) => [k, stripIds(x)])) : (v ?? null))
