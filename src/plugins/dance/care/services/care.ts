/**
 * Care (wellness): practitioner profiles, their services with weekly availability, and bookings of
 * one slot. Times are in ONE documented zone, Africa/Porto-Novo (UTC+1, no daylight saving): the
 * availability rows say 09:00–12:00 there. Two live bookings of one practitioner never overlap:
 * the exclusion constraint `care_bookings_no_overlap` (migration) refuses the second one, even under
 * concurrent requests, and is answered with 409. Paid services go through `payments`.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { PaymentDoc, ProviderName } from '../../../payments'

import { APIError } from 'payload'

import { badRequest, conflict, HttpError, notFound, requireUser } from '../../../../endpoints/http'
import { userIsAdmin } from '../../../../access'
import { hasCollection } from '../../../../lib/has-collection'
import { logger } from '../../../../lib/logger'
import { inTransaction, rows, sql } from '../../../../db/transaction'
import { enabledProviders, refundPayment, registerPaymentPurpose, requestPayment } from '../../../payments'
import { dayOf, hhmm, minutesOf, wallClock, weeklyRowsProblems, zonedInstant } from '../../classes/services/time'
import { idOf } from '../../classes/access'
import { tellCare } from './notify'
import { type CareActor, type CareStatus, checkCareMove } from './transitions'

export const CARE_TIMEZONE = 'Africa/Porto-Novo'
export const CARE_PURPOSE = 'dance.care-booking'

type Row = { day?: string; startTime?: string; endTime?: string }
export type CareServiceDoc = { id: number; title: string; practitioner: number | { id: number }; owner?: null | number | { id: number }; price?: null | number; currency?: null | string; durationMinutes: number; availability?: Row[] | null; active?: boolean | null }
export type CareBookingDoc = {
  id: number
  service: number | { id: number }
  practitioner: number | { id: number }
  practitionerUser: number | { id: number }
  client: number | { id: number }
  startsAt: string
  endsAt: string
  status: CareStatus
  title?: null | string
  amount?: null | number
  currency?: null | string
  paymentId?: null | number
  refundedAmount?: null | number
  history?: { from?: null | string; to?: null | string; at?: string; by?: null | number; note?: null | string }[] | null
}

// ---- hooks of the profile and service collections ----

/** A practitioner profile belongs to its creator (admins may attach it to anyone). */
export const guardPractitioner: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !userIsAdmin(req.user)) data.user = req.user.id
  if (operation === 'create') data.user ??= req.user?.id
  if (operation === 'create' && !data.user) throw badRequest('user: a practitioner profile belongs to a user.')
  return data
}

/** A profile with services, or a service with bookings, is not deleted (their history would dangle): 409. */
export const keepReferenced =
  (collection: 'care-bookings' | 'care-services', field: string, why: string): CollectionBeforeDeleteHook =>
  async ({ collection: self, id, req }) => {
    // only for who may delete it: the others get the access answer, not what it holds
    if (!userIsAdmin(req.user)) {
      const mine = req.user ? await req.payload.count({ collection: self.slug as 'care-services', where: { and: [{ id: { equals: id } }, { [self.slug === 'care-practitioners' ? 'user' : 'owner']: { equals: req.user.id } }] }, overrideAccess: true, req }) : { totalDocs: 0 }
      if (!mine.totalDocs) return
    }
    const found = await req.payload.count({ collection, where: { [field]: { equals: id } }, overrideAccess: true, req })
    if (found.totalDocs > 0) throw conflict(`This cannot be deleted: ${why}.`)
  }

/** A service belongs to the caller's own profile; its owner (the practitioner's user) is kept by the server; availability rows agree. */
export const guardService: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const m = { ...originalDoc, ...data }
  const practitionerId = idOf(m.practitioner)
  const p = Number.isSafeInteger(practitionerId) && practitionerId > 0 ? await req.payload.findByID({ collection: 'care-practitioners', id: practitionerId, depth: 0, overrideAccess: true, req }).catch(() => null) : null
  if (!p) throw badRequest('practitioner: no such practitioner profile.')
  const owner = idOf(p.user)
  if (req.user && !userIsAdmin(req.user) && owner !== Number(req.user.id)) throw badRequest('practitioner: you can only offer services on your own practitioner profile.')
  data.owner = owner
  const problems = weeklyRowsProblems(m.availability, 'availability')
  if (problems.length) throw badRequest(problems.join('; '))
  return data
}

// ---- slots ----

const loadService = async (req: PayloadRequest, id: number) => (await req.payload.findByID({ collection: 'care-services', id, depth: 0, overrideAccess: true, req }).catch(() => null)) as CareServiceDoc | null

/** Whether [start, start + duration) falls inside one availability row of its day (Porto-Novo time). */
export function withinAvailability(service: Pick<CareServiceDoc, 'availability' | 'durationMinutes'>, startsAt: Date): boolean {
  const local = wallClock(startsAt, CARE_TIMEZONE)
  const end = local.minutes + service.durationMinutes
  return (service.availability ?? []).some((r) => r.day === local.day && minutesOf(r.startTime)! <= local.minutes && end <= minutesOf(r.endTime)!)
}

/** Every slot of the service on a date (each availability row cut into durations), minus the past and the taken ones. */
export async function availableSlots(req: PayloadRequest, serviceId: number, date: string, now = new Date()) {
  const service = await loadService(req, serviceId)
  if (!service || service.active === false) throw notFound('Care service not found.')
  const day = dayOf(date)
  const candidates: { startsAt: Date; endsAt: Date }[] = []
  for (const r of service.availability ?? []) {
    if (r.day !== day) continue
    const from = minutesOf(r.startTime)!
    const to = minutesOf(r.endTime)!
    for (let m = from; m + service.durationMinutes <= to; m += service.durationMinutes) {
      const startsAt = zonedInstant(date, m, CARE_TIMEZONE)
      candidates.push({ startsAt, endsAt: new Date(startsAt.getTime() + service.durationMinutes * 60_000) })
    }
  }
  const dayStart = zonedInstant(date, 0, CARE_TIMEZONE)
  const dayEnd = new Date(dayStart.getTime() + 86_400_000 + service.durationMinutes * 60_000)
  // the statuses of HOLDS_SLOT (transitions.ts), as in the exclusion constraint
  const taken = await rows<{ starts_at: string; ends_at: string }>(
    req,
    sql`SELECT starts_at, ends_at FROM care_bookings WHERE practitioner_id = ${idOf(service.practitioner)} AND status IN ('pending_payment', 'pending', 'confirmed') AND starts_at < ${dayEnd.toISOString()} AND ends_at > ${dayStart.toISOString()}`,
  )
  const busy = taken.map((t) => [new Date(t.starts_at).getTime(), new Date(t.ends_at).getTime()])
  const slots = candidates
    .filter((c) => c.startsAt > now && !busy.some(([s, e]) => c.startsAt.getTime() < e && s < c.endsAt.getTime()))
    .map((c) => ({ startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), localTime: hhmm(wallClock(c.startsAt, CARE_TIMEZONE).minutes) }))
  return { serviceId, date, day, timezone: CARE_TIMEZONE, durationMinutes: service.durationMinutes, slots }
}

// ---- bookings ----

/** The Postgres error code of an error or of one of its causes (Drizzle and Payload wrap them). */
export function pgCode(err: unknown): string | undefined {
  let e: unknown = err
  for (let i = 0; e && i < 6; i++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError
  }
  return undefined
}

const when = (iso: string) => `${new Date(iso).toLocaleString('fr-FR', { timeZone: CARE_TIMEZONE, dateStyle: 'medium', timeStyle: 'short' })} (heure de Porto-Novo)`

export type BookInput = { startsAt: string; provider?: ProviderName; phone?: string; returnUrl?: string; notes?: string }

/** Books one slot for the caller. The database refuses an overlapping live booking of the practitioner (409). */
export async function bookService(req: PayloadRequest, serviceId: number, input: BookInput, now = new Date()) {
  const user = requireUser(req)
  const startsAt = new Date(input.startsAt)
  if (Number.isNaN(startsAt.getTime())) throw badRequest('startsAt: must be an ISO date-time, e.g. 2027-03-01T09:00:00+01:00')
  if (input.provider && !enabledProviders().includes(input.provider)) throw conflict(`provider: "${input.provider}" is not available. Available: ${enabledProviders().join(', ') || 'none'}.`)
  const service = await loadService(req, serviceId)
  if (!service || service.active === false) throw notFound('Care service not found.')
  if (startsAt <= now) throw conflict('startsAt: this time has passed.')
  if (!withinAvailability(service, startsAt)) {
    const local = wallClock(startsAt, CARE_TIMEZONE)
    throw conflict(`startsAt: ${local.date} ${hhmm(local.minutes)} (${CARE_TIMEZONE}) + ${service.durationMinutes} min is outside this service's availability.`, { timezone: CARE_TIMEZONE })
  }
  const practitioner = await req.payload.findByID({ collection: 'care-practitioners', id: idOf(service.practitioner), depth: 0, overrideAccess: true, req }).catch(() => null)
  if (!practitioner) throw notFound('Care service not found.')
  const practitionerUser = idOf(practitioner.user)
  if (practitionerUser === Number(user.id)) throw conflict('You cannot book your own service.')
  const amount = Math.max(0, service.price ?? 0)
  const status: CareStatus = amount > 0 ? 'pending_payment' : 'pending'
  const endsAt = new Date(startsAt.getTime() + service.durationMinutes * 60_000)
  let booking: CareBookingDoc
  try {
    booking = await inTransaction(req, async () => {
      const created = (await req.payload.create({
        collection: 'care-bookings',
        data: {
          service: service.id,
          practitioner: idOf(service.practitioner),
          practitionerUser,
          client: user.id,
          title: service.title.slice(0, 200),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          status,
          amount,
          currency: service.currency ?? 'XOF',
          notes: input.notes,
          history: [{ from: null, to: status, at: now.toISOString(), by: user.id }],
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
        context: { careServer: true },
      })) as unknown as CareBookingDoc
      await tellCare(req, practitionerUser, 'care.booked', { title: created.title, startsAt: when(created.startsAt), bookingId: created.id }, `care.booked:${created.id}`)
      return created
    })
  } catch (err) {
    if (pgCode(err) === '23P01') throw conflict('This slot is already booked: pick another one (GET /api/care-services/:id/slots).')
    throw err
  }
  if (status === 'pending') return { booking, message: 'Booked: the practitioner will confirm.' }
  try {
    if (!hasCollection(req.payload, 'payments')) throw new HttpError(503, 'Payments are not available: paid care services cannot be booked right now.')
    const provider = input.provider ?? enabledProviders()[0]
    if (!provider) throw conflict('No payment provider is available.')
    const payment = await requestPayment(req, {
      purpose: CARE_PURPOSE,
      resource: { collection: 'care-bookings', id: booking.id },
      payer: user.id,
      amount,
      currency: booking.currency ?? 'XOF',
      provider,
      idempotencyKey: `${CARE_PURPOSE}:${booking.id}`,
      description: booking.title ?? undefined,
      phone: input.phone,
      returnUrl: input.returnUrl,
    })
    booking = await inTransaction(req, async () => (await req.payload.update({ collection: 'care-bookings', id: booking.id, data: { paymentId: payment.paymentId } as never, overrideAccess: true, depth: 0, req, context: { careServer: true } })) as unknown as CareBookingDoc)
    return { booking, payment, message: 'Pay to hold this slot; the practitioner confirms it afterwards.' }
  } catch (err) {
    // the slot is given back when the payment cannot be opened
    await inTransaction(req, () => moveBooking(req, booking.id, 'cancelled', ['system'], 'the payment could not be opened'))
    throw err
  }
}

async function lockBooking(req: PayloadRequest, id: number): Promise<CareBookingDoc | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null
  const [row] = await rows(req, sql`SELECT id FROM care_bookings WHERE id = ${id} FOR UPDATE`)
  if (!row) return null
  return (await req.payload.findByID({ collection: 'care-bookings', id, depth: 0, overrideAccess: true, req })) as unknown as CareBookingDoc
}

function actorsOf(req: PayloadRequest, b: CareBookingDoc): CareActor[] {
  const actors: CareActor[] = []
  if (userIsAdmin(req.user)) actors.push('admin')
  if (req.user && idOf(b.client) === Number(req.user.id)) actors.push('client')
  if (req.user && idOf(b.practitionerUser) === Number(req.user.id)) actors.push('practitioner')
  return actors
}

/** One move through the table (locked row; history kept), then the refund and the notice it implies. */
async function moveBooking(req: PayloadRequest, id: number, to: CareStatus, forced: CareActor[] | null, note?: string, now = new Date()) {
  const b = await lockBooking(req, id)
  if (!b) throw notFound('Care booking not found.')
  const actors = forced ?? actorsOf(req, b)
  if (!forced && !actors.length) throw notFound('Care booking not found.')
  const check = checkCareMove(b.status, to, actors, b.startsAt, now)
  if (!check.ok) throw conflict(check.message, { status: b.status })
  const history = [...(b.history ?? []).map((h) => ({ ...h, by: h.by ? idOf(h.by) : null })), { from: b.status, to, at: now.toISOString(), by: req.user?.id ?? null, note: note?.slice(0, 500) ?? null }]
  const updated = (await req.payload.update({
    collection: 'care-bookings',
    id,
    data: { status: to, history, ...(to === 'cancelled' ? { cancelReason: note?.slice(0, 500) ?? null } : {}) } as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { careServer: true },
  })) as unknown as CareBookingDoc
  if (to === 'cancelled') {
    const refund = await refundBooking(req, updated, note ?? 'appointment cancelled')
    const reason = note ?? 'cancelled'
    for (const who of [idOf(b.client), idOf(b.practitionerUser)]) {
      if (req.user && who === Number(req.user.id)) continue
      await tellCare(req, who, 'care.cancelled', { title: b.title, startsAt: when(b.startsAt), reason, refund, bookingId: b.id }, `care.cancelled:${b.id}:${who}`)
    }
  }
  if (to === 'confirmed') await tellCare(req, idOf(b.client), 'care.confirmed', { title: b.title, startsAt: when(b.startsAt), bookingId: b.id }, `care.confirmed:${b.id}`)
  return updated
}

/** confirm / complete / cancel for the caller: the table says who may. */
export async function transitionBooking(req: PayloadRequest, id: number, to: CareStatus, reason?: string) {
  requireUser(req)
  return inTransaction(req, () => moveBooking(req, id, to, null, reason))
}

async function refundBooking(req: PayloadRequest, b: CareBookingDoc, reason: string): Promise<string> {
  if (!b.paymentId || !hasCollection(req.payload, 'payments')) return ''
  const p = (await req.payload.findByID({ collection: 'payments' as never, id: b.paymentId, depth: 0, overrideAccess: true, req }).catch(() => null)) as null | PaymentDoc
  if (!p || !['paid', 'partially_refunded'].includes(p.status)) return ''
  try {
    await refundPayment(req, p.id, { reason })
    return `Refund of ${p.amount - (p.refundedAmount ?? 0)} ${p.currency} sent.`
  } catch (err) {
    if (!(err instanceof APIError)) throw err
    logger.warn({ err, careBookingId: b.id, paymentId: p.id }, 'care: refund failed')
    return 'The refund could not be sent automatically: the practitioner will refund you.'
  }
}

registerPaymentPurpose(CARE_PURPOSE, {
  onPaid: async (req, payment) => {
    const b = await lockBooking(req, Number(payment.resourceId))
    if (!b) return
    if (b.status === 'pending_payment') {
      await req.payload.update({ collection: 'care-bookings', id: b.id, data: { paymentId: payment.id } as never, overrideAccess: true, depth: 0, req, context: { careServer: true } })
      await moveBooking(req, b.id, 'pending', ['system'], `paid (payment ${payment.id})`)
      await tellCare(req, idOf(b.practitionerUser), 'care.booked', { title: b.title, startsAt: when(b.startsAt), bookingId: b.id }, `care.booked:${b.id}:paid`)
    } else if (b.status === 'cancelled') {
      await refundBooking(req, { ...b, paymentId: payment.id }, 'paid after the booking was cancelled')
    }
  },
  onFailed: async (req, payment) => {
    const b = await lockBooking(req, Number(payment.resourceId))
    if (b?.status === 'pending_payment') await moveBooking(req, b.id, 'cancelled', ['system'], 'the payment failed')
  },
  onRefunded: async (req, payment, amount) => {
    const b = await lockBooking(req, Number(payment.resourceId))
    if (b) await req.payload.update({ collection: 'care-bookings', id: b.id, data: { refundedAmount: (b.refundedAmount ?? 0) + amount } as never, overrideAccess: true, depth: 0, req, context: { careServer: true } })
  },
})


