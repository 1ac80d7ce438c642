/**
 * The numbers of the events dashboard widget, read with the viewer's access: moderators (editors,
 * admins) count every event, an organizer only their own (published events are public, so their
 * own is an explicit filter). Registrations are readable by their attendee and admins only: an
 * admin charts them all, anyone else the registrations to the events they organize.
 */
import type { PayloadRequest } from 'payload'

import { countFor, readWindow } from '../../../admin/dashboard'
import { dailySeries, windowStart } from '../../../admin/dashboard/series'
import { userIsAdmin } from '../../../access'
import { isModerator } from '../access'

const WEEK_MS = 7 * 86_400_000

type RegistrationRow = { createdAt: string; status: string }

/** `where` limiting events to the viewer's own, unless they moderate. */
export const ownEvents = (req: PayloadRequest): Record<string, unknown> => (isModerator(req.user) ? {} : { organizer: { equals: req.user?.id ?? 0 } })

export async function eventsDashboard(req: PayloadRequest, now = new Date()) {
  const mine = ownEvents(req)
  const [waitingModeration, upcomingWeek, registrations] = await Promise.all([
    countFor(req, 'events', { and: [mine, { status: { equals: 'pending_review' } }] }),
    countFor(req, 'events', { and: [mine, { status: { equals: 'published' } }, { startsAt: { greater_than_equal: now.toISOString() } }, { startsAt: { less_than: new Date(now.getTime() + WEEK_MS).toISOString() } }] }),
    registrationsInWindow(req, now),
  ])
  return { waitingModeration, upcomingWeek, registrations: dailySeries(registrations, (r) => r.createdAt, () => 'registrations', () => 1, now) }
}

async function registrationsInWindow(req: PayloadRequest, now: Date): Promise<RegistrationRow[]> {
  // bookings switched off: no registrations to chart
  if (!req.user || !req.payload.collections['booking-registrations' as never]) return []
  if (userIsAdmin(req.user)) return readWindow<RegistrationRow>(req, 'booking-registrations', { status: true })
  const events = await req.payload.find({ collection: 'events', where: { organizer: { equals: req.user.id } }, select: {}, depth: 0, limit: 10_000, pagination: false, overrideAccess: false, user: req.user, req })
  const ids = events.docs.map((e) => e.id)
  if (!ids.length) return []
  // trusted read, limited to the events the viewer organizes (an attendee's registration is not theirs to read)
  const found = await req.payload.find({
    collection: 'booking-registrations',
    where: { and: [{ resourceCollection: { equals: 'events' } }, { resourceId: { in: ids } }, { createdAt: { greater_than_equal: windowStart(now) } }] },
    select: { status: true, createdAt: true },
    depth: 0,
    limit: 100_000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as RegistrationRow[]
}
