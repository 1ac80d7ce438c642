/**
 * The numbers of the events dashboard widget, read with the viewer's access: moderators (editors,
 * admins) count every event, an organizer only their own (published events are public, so their
 * own is an explicit filter). Registrations are readable by their attendee and admins only: an
 * admin charts them all, anyone else the registrations to the events they organize.
 *
 * - events by status; waiting for moderation; published events starting within a week;
 * - registrations per day and revenue per day and currency (what was paid minus what was
 *   refunded, on the day of the booking) over 30 days;
 * - fill rate of the next upcoming published events: places taken or held over capacity, from
 *   the booking engine's capacity buckets.
 */
import type { PayloadRequest } from 'payload'

import { countFor, readWindow } from '../../../admin/dashboard'
import { dailySeries, windowStart } from '../../../admin/dashboard/series'
import { userIsAdmin } from '../../../access'
import { isModerator } from '../access'
import { EVENT_STATUSES } from './moderation'

const WEEK_MS = 7 * 86_400_000
/** Upcoming events whose fill rate is charted (the soonest first). */
export const FILL_RATE_EVENTS = 8
/** Registrations whose payment was kept (less any refund): the revenue. */
const PAID_STATUSES = new Set(['confirmed', 'checked_in', 'cancelled'])

type RegistrationRow = { createdAt: string; status: string; amount?: null | number; refundedAmount?: null | number; currency?: null | string }
export type FillRate = { id: number; title: string; startsAt: string; capacity: number; taken: number; percent: number }

/** `where` limiting events to the viewer's own, unless they moderate. */
export const ownEvents = (req: PayloadRequest): Record<string, unknown> => (isModerator(req.user) ? {} : { organizer: { equals: req.user?.id ?? 0 } })

/** What a registration brought in: its amount less refunds, once paid (never negative). */
export const revenueOf = (r: RegistrationRow): number => (PAID_STATUSES.has(r.status) ? Math.max(0, (r.amount ?? 0) - (r.refundedAmount ?? 0)) : 0)

export async function eventsDashboard(req: PayloadRequest, now = new Date()) {
  const mine = ownEvents(req)
  const [upcomingWeek, byStatus, registrations, fillRates] = await Promise.all([
    countFor(req, 'events', { and: [mine, { status: { equals: 'published' } }, { startsAt: { greater_than_equal: now.toISOString() } }, { startsAt: { less_than: new Date(now.getTime() + WEEK_MS).toISOString() } }] }),
    Promise.all(EVENT_STATUSES.map(async (status) => ({ status, count: await countFor(req, 'events', { and: [mine, { status: { equals: status } }] }) }))),
    registrationsInWindow(req, now),
    upcomingFillRates(req, now),
  ])
  const paid = registrations.filter((r) => revenueOf(r) > 0 && r.currency)
  const revenue = [...new Set(paid.map((r) => r.currency as string))].sort().map((currency) => ({
    currency,
    ...dailySeries(paid.filter((r) => r.currency === currency), (r) => r.createdAt, () => 'revenue', revenueOf, now),
  }))
  return {
    // the moderation queue is the status chart's pending_review bar, not a query of its own
    waitingModeration: byStatus.find((s) => s.status === 'pending_review')?.count ?? 0,
    upcomingWeek,
    byStatus,
    registrations: dailySeries(registrations, (r) => r.createdAt, () => 'registrations', () => 1, now),
    revenue,
    fillRates,
  }
}

async function registrationsInWindow(req: PayloadRequest, now: Date): Promise<RegistrationRow[]> {
  // bookings switched off: no registrations to chart
  if (!req.user || !req.payload.collections['booking-registrations' as never]) return []
  const select = { status: true, amount: true, refundedAmount: true, currency: true, createdAt: true } as const
  if (userIsAdmin(req.user)) return readWindow<RegistrationRow>(req, 'booking-registrations', select, { resourceCollection: { equals: 'events' } })
  const events = await req.payload.find({ collection: 'events', where: { organizer: { equals: req.user.id } }, select: {}, depth: 0, limit: 10_000, pagination: false, overrideAccess: false, user: req.user, req })
  const ids = events.docs.map((e) => e.id)
  if (!ids.length) return []
  // trusted read, limited to the events the viewer organizes (an attendee's registration is not theirs to read)
  const found = await req.payload.find({
    collection: 'booking-registrations',
    where: { and: [{ resourceCollection: { equals: 'events' } }, { resourceId: { in: ids } }, { createdAt: { greater_than_equal: windowStart(now) } }] },
    select,
    depth: 0,
    limit: 100_000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as RegistrationRow[]
}

/** The soonest upcoming published events the viewer may chart, with their places taken or held. */
async function upcomingFillRates(req: PayloadRequest, now: Date): Promise<FillRate[]> {
  if (!req.user || !req.payload.collections['booking-buckets' as never]) return []
  const events = await req.payload.find({
    collection: 'events',
    where: { and: [ownEvents(req), { status: { equals: 'published' } }, { startsAt: { greater_than_equal: now.toISOString() } }] } as never,
    select: { title: true, startsAt: true },
    sort: 'startsAt',
    depth: 0,
    limit: FILL_RATE_EVENTS,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!events.docs.length) return []
  // trusted read of the buckets (one per event) of events the viewer may see: capacity counters,
  // no personal data
  const buckets = await req.payload.find({
    collection: 'booking-buckets',
    where: { and: [{ resourceCollection: { equals: 'events' } }, { resourceId: { in: events.docs.map((e) => e.id) } }] },
    select: { resourceId: true, capacity: true, taken: true },
    depth: 0,
    limit: 1_000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byEvent = new Map(buckets.docs.map((b) => [Number(b.resourceId), b]))
  return events.docs.flatMap((e) => {
    const bucket = byEvent.get(Number(e.id))
    if (!bucket) return []
    const capacity = Number(bucket.capacity ?? 0)
    const taken = Number(bucket.taken ?? 0)
    return [{ id: Number(e.id), title: String(e.title ?? ''), startsAt: String(e.startsAt ?? ''), capacity, taken, percent: capacity > 0 ? Math.round((taken / capacity) * 1000) / 10 : 0 }]
  })
}
