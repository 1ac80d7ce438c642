/**
 * Events: the bookable description the engine reads, moderation moves (one gate for REST, the
 * admin's bulk edit and the custom endpoints), what follows a move (audit with who and why,
 * refunds of a cancelled event, followers told of a publication), and change notices.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { HttpError, notFound } from '../../../endpoints/http'
import { userHasRole, userIsAdmin } from '../../../access'
import { writeAudit } from '../../../hooks/audit'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { cancelAllRegistrations, notifyParticipants, registerBookable, syncBucket } from '../../bookings'
import { idOf } from '../access'
import { checkModeration, type EventStatus, type Moderator } from './moderation'
import { tell } from './notify'

export type EventDoc = {
  id: number
  title: string
  slug?: string
  status: EventStatus
  organizer?: null | number | { id: number }
  staff?: (number | { id: number })[] | null
  startsAt: string
  endsAt?: null | string
  timezone?: null | string
  venue?: null | string
  address?: null | string
  city?: null | string
  country?: null | string
  latitude?: null | number
  longitude?: null | number
  access?: 'free' | 'paid'
  currency?: null | string
  price?: null | number
  earlyBirdPrice?: null | number
  earlyBirdUntil?: null | string
  capacity?: null | number
  minParticipants?: null | number
  confirmationDeadline?: null | string
  cancellationDeadline?: null | string
  registrationDeadline?: null | string
  waitlistEnabled?: boolean | null
  shortDescription?: null | string
  category?: null | number | { id: number }
  rejectionReason?: null | string
}

const load = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.findByID({ collection: 'events', id: Number(id), depth: 0, overrideAccess: true, req }).catch(() => null)) as EventDoc | null

registerBookable('events', {
  load: async (req, id) => {
    const e = await load(req, id)
    if (!e) return null
    const now = new Date()
    let open: string | true = true
    if (e.status !== 'published') open = `This event is ${e.status}: registrations are closed.`
    else if (e.registrationDeadline && now >= new Date(e.registrationDeadline)) open = `Registrations closed on ${new Date(e.registrationDeadline).toISOString()}.`
    else if (now >= new Date(e.startsAt)) open = 'This event has already started.'
    return {
      title: e.title,
      organizerIds: e.organizer ? [idOf(e.organizer)] : [],
      staffIds: (e.staff ?? []).map(idOf),
      currency: e.currency ?? 'XOF',
      pricing: { regular: e.access === 'free' ? 0 : (e.price ?? 0), earlyBird: e.access === 'free' ? null : e.earlyBirdPrice, earlyBirdUntil: e.earlyBirdUntil },
      open,
      waitlist: e.waitlistEnabled !== false,
      cancellationDeadline: e.cancellationDeadline,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timezone: e.timezone,
      location: [e.venue, e.address, e.city].filter(Boolean).join(', '),
      url: `/events/${e.slug ?? e.id}`,
    }
  },
  onAutoCancelled: async (req, id, reason) => {
    const e = await load(req, id)
    if (e && e.status === 'published') await moveEvent(req, e, 'cancelled', reason, { system: true })
  },
})

export function moderatorsOf(req: PayloadRequest, doc: Pick<EventDoc, 'organizer'>, system = false): Moderator[] {
  const actors: Moderator[] = system ? ['system'] : []
  const user = req.user
  if (userIsAdmin(user)) actors.push('admin')
  if (userHasRole(user, 'editor')) actors.push('editor')
  if (user && doc.organizer && idOf(doc.organizer) === Number(user.id)) actors.push('organizer')
  return actors
}

/** beforeChange: every status change — REST, GraphQL, the admin's bulk edit, our endpoints — passes the table here. */
export const guardStatus: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    // organizers start with a draft; moderators (and the seed) may create in any state
    if (req.user && !userIsAdmin(req.user) && !userHasRole(req.user, 'editor')) {
      data.status = 'draft'
      data.organizer = req.user.id
    }
    data.organizer ??= req.user?.id
    return data
  }
  const from = originalDoc?.status as EventStatus
  const to = (data.status ?? from) as EventStatus
  if (from === to) return data
  const reason = (req.context?.eventReason as string | undefined) ?? (to === 'rejected' ? data.rejectionReason : data.cancelReason)
  const check = checkModeration(from, to, moderatorsOf(req, { organizer: originalDoc?.organizer }, Boolean(req.context?.eventsSystem)), reason)
  if (!check.ok) throw new HttpError(check.status, check.message)
  const entry = { from, to, at: new Date().toISOString(), by: req.user?.id ?? null, reason: reason?.slice(0, 1000) ?? null }
  data.moderationLog = [...((originalDoc?.moderationLog as unknown[]) ?? []).map((e) => ({ ...(e as object), by: idOf((e as { by?: unknown }).by) || null })), entry]
  if (to === 'rejected') data.rejectionReason = reason
  if (to === 'cancelled') data.cancelReason = reason
  if (to === 'published') {
    data.publishedAt = new Date().toISOString()
    data.rejectionReason = null
  }
  return data
}

const CHANGE_FIELDS: [keyof EventDoc, string][] = [
  ['startsAt', 'date'],
  ['endsAt', 'end'],
  ['venue', 'venue'],
  ['address', 'address'],
  ['city', 'city'],
  ['price', 'price'],
  ['earlyBirdPrice', 'early-bird price'],
]

/** afterChange: keep the capacity bucket in sync; audit, refund, notify after a move or an edit. */
export const afterEventChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const e = doc as EventDoc
  await syncBucket(req, {
    resourceCollection: 'events',
    resourceId: e.id,
    label: e.title,
    capacity: e.capacity ?? 0,
    minParticipants: e.minParticipants,
    confirmationDeadline: e.confirmationDeadline,
    startsAt: e.startsAt,
  })
  if (operation !== 'update') return doc
  const before = previousDoc as EventDoc
  if (before.status !== e.status) {
    const last = (doc.moderationLog as { reason?: null | string }[] | undefined)?.at(-1)
    await writeAudit(req, {
      action: 'update',
      targetCollection: 'events',
      documentId: e.id,
      changedFields: ['status'],
      summary: `moderation: event #${e.id} ${before.status} → ${e.status}${last?.reason ? ` — reason: ${last.reason}` : ''}`.slice(0, 1000),
    })
    const organizer = e.organizer ? idOf(e.organizer) : null
    if (e.status === 'published') {
      if (organizer) await tell(req, organizer, 'event.approved', { title: e.title, url: `/events/${e.slug ?? e.id}` }, `event.approved:${e.id}`)
      await notifyFollowers(req, e)
    }
    if (e.status === 'rejected' && organizer) await tell(req, organizer, 'event.rejected', { title: e.title, reason: e.rejectionReason }, `event.rejected:${e.id}:${doc.updatedAt}`)
    if (e.status === 'cancelled') await cancelAllRegistrations(req, 'events', e.id, (doc.cancelReason as string) || 'the event was cancelled')
    return doc
  }
  if (e.status === 'published') {
    const changes = CHANGE_FIELDS.filter(([k]) => String(before[k] ?? '') !== String(e[k] ?? '')).map(([, label]) => label)
    if (changes.length) await notifyParticipants(req, 'events', e.id, 'booking.changed', { title: e.title, changes: changes.join(', '), url: `/events/${e.slug ?? e.id}` }, String(doc.updatedAt))
  }
  return doc
}

async function notifyFollowers(req: PayloadRequest, e: EventDoc) {
  const organizer = e.organizer ? idOf(e.organizer) : 0
  const category = e.category ? idOf(e.category) : 0
  const followers = await rows<{ follower_id: number }>(
    req,
    sql`SELECT DISTINCT follower_id FROM follows WHERE (organizer_id = ${organizer} OR category_id = ${category}) AND follower_id <> ${organizer}`,
  )
  const [who] = await rows<{ first_name: null | string; last_name: null | string; email: string }>(req, sql`SELECT first_name, last_name, email FROM users WHERE id = ${organizer}`)
  const name = [who?.first_name, who?.last_name].filter(Boolean).join(' ') || 'An organizer'
  for (const f of followers) {
    await tell(req, f.follower_id, 'event.published', { title: e.title, organizer: name, startsAt: e.startsAt, city: e.city ?? '', url: `/events/${e.slug ?? e.id}` }, `event.published:${e.id}:${f.follower_id}`)
  }
}

/** Moves an event (endpoint or engine). The table is checked in `guardStatus`. */
export async function moveEvent(req: PayloadRequest, e: Pick<EventDoc, 'id'>, to: EventStatus, reason?: string, opts: { system?: boolean } = {}) {
  req.context = { ...req.context, eventReason: reason, eventsSystem: opts.system }
  try {
    return (await req.payload.update({ collection: 'events', id: e.id, data: { status: to } as never, overrideAccess: true, depth: 0, req })) as unknown as EventDoc
  } finally {
    req.context = { ...req.context, eventReason: undefined, eventsSystem: undefined }
  }
}

/** submit / approve / reject / cancel for the caller, who must be able to read the event. */
export async function transitionEvent(req: PayloadRequest, id: number, to: EventStatus, reason?: string) {
  return inTransaction(req, async () => {
    const visible = await req.payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)
    if (!visible) throw notFound('Event not found.')
    await rows(req, sql`SELECT id FROM events WHERE id = ${id} FOR UPDATE`)
    return moveEvent(req, { id }, to, reason)
  })
}
