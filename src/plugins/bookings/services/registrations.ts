/**
 * Registrations: register (price, promo, capacity, waitlist), pay, confirm, cancel (refund before
 * the deadline), waitlist offers, expiry of unpaid holds and offers, cancellation of everything
 * booked on a resource. Every status change goes through `move` and the transition table.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { randomBytes } from 'node:crypto'
import { APIError } from 'payload'

import type { PaymentDoc, ProviderName } from '../../payments'

import { conflict, HttpError, notFound, requireUser } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { userIsAdmin } from '../../../access'
import { hasCollection } from '../../../lib/has-collection'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { enabledProviders, refundPayment, registerPaymentPurpose, requestPayment } from '../../payments'
import { bucketFor, releasePlace, takePlace } from './capacity'
import { tellAttendee } from './notify'
import { type Quote, quote } from './pricing'
import { type Bookable, bookableSource } from './registry'
import { type Actor, ACTIVE, checkTransition, holdsPlace, type RegistrationStatus } from './transitions'

export const REGISTRATION_PURPOSE = 'bookings.registration'

export type Registration = {
  id: number
  user: number | { id: number }
  resourceCollection: string
  resourceId: number
  resourceTitle?: null | string
  bucket: number | { id: number }
  status: RegistrationStatus
  tier?: null | string
  amount?: null | number
  discount?: null | number
  currency?: null | string
  promoCode?: null | number | { id: number }
  paymentId?: null | number
  holdExpiresAt?: null | string
  offerExpiresAt?: null | string
  ticketCode?: null | string
  checkedInAt?: null | string
  refundedAmount?: null | number
  history?: { from?: string; to?: string; at?: string; by?: null | number; note?: null | string }[] | null
}

const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

/** Minutes an unpaid place is held (BOOKINGS_HOLD_MINUTES, default 15). */
export const holdMinutes = () => Math.max(1, env.int('BOOKINGS_HOLD_MINUTES', 15))
/** Minutes a waitlist offer stays open (BOOKINGS_OFFER_MINUTES, default 120). */
export const offerMinutes = () => Math.max(1, env.int('BOOKINGS_OFFER_MINUTES', 120))

const later = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString()
const newTicketCode = () => randomBytes(18).toString('base64url') // 144 random bits

export async function loadResource(req: PayloadRequest, collection: string, id: number | string): Promise<Bookable> {
  if (!hasCollection(req.payload, 'booking-registrations')) throw new HttpError(503, 'Bookings are not enabled on this platform.')
  const source = bookableSource(collection)
  if (!source) throw notFound(`Nothing called "${collection}" can be booked.`)
  const resource = Number.isSafeInteger(Number(id)) && Number(id) > 0 ? await source.load(req, id) : null
  if (!resource) throw notFound('This resource does not exist.')
  return resource
}

/** Locks the registration row for the rest of the transaction and reads it. */
async function lockRegistration(req: PayloadRequest, id: number | string): Promise<Registration | null> {
  if (!Number.isSafeInteger(Number(id)) || Number(id) <= 0) return null
  const [row] = await rows(req, sql`SELECT id FROM booking_registrations WHERE id = ${Number(id)} FOR UPDATE`)
  if (!row) return null
  return (await req.payload.findByID({ collection: 'booking-registrations', id: Number(id), depth: 0, overrideAccess: true, req })) as unknown as Registration
}

async function move(req: PayloadRequest, reg: Registration, to: RegistrationStatus, actors: Actor[], patch: Record<string, unknown> = {}, note?: string): Promise<Registration> {
  const check = checkTransition(reg.status, to, actors)
  if (!check.ok) throw conflict(check.message, { status: reg.status })
  const history = [...(reg.history ?? []).map((h) => ({ ...h, by: h.by ? idOf(h.by) : null })), { from: reg.status, to, at: new Date().toISOString(), by: req.user?.id ?? null, note: note?.slice(0, 500) }]
  const updated = await req.payload.update({
    collection: 'booking-registrations',
    id: reg.id,
    data: { status: to, ...patch, history } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
  return updated as unknown as Registration
}

function actorsFor(req: PayloadRequest, reg: Pick<Registration, 'user'>, resource: Bookable | null): Actor[] {
  const user = req.user
  if (!user) return ['system']
  const actors: Actor[] = []
  if (userIsAdmin(user)) actors.push('admin')
  if (idOf(reg.user) === Number(user.id)) actors.push('attendee')
  if (resource?.organizerIds.map(String).includes(String(user.id))) actors.push('organizer', 'staff')
  if (resource?.staffIds.map(String).includes(String(user.id))) actors.push('staff')
  return actors
}

type PromoRow = { id: number; code: string; discount_type: 'fixed' | 'percentage'; discount_value: number; usage_limit: null | number; usage_count: null | number; valid_until: null | string; active: boolean; resource_collection: null | string; resource_id: null | number }

async function findPromo(req: PayloadRequest, code: string, collection: string, id: number, now: Date): Promise<PromoRow> {
  const [p] = await rows<PromoRow>(req, sql`SELECT id, code, discount_type, discount_value, usage_limit, usage_count, valid_until, active, resource_collection, resource_id FROM promo_codes WHERE code = ${code.trim().toUpperCase()}`)
  if (!p || !p.active) throw conflict('promoCode: this promo code does not exist or is no longer active.')
  if (p.valid_until && now > new Date(p.valid_until)) throw conflict('promoCode: this promo code has expired.')
  if ((p.resource_collection && p.resource_collection !== collection) || (p.resource_id !== null && Number(p.resource_id) !== id)) throw conflict('promoCode: this promo code is not valid for this booking.')
  if (p.usage_limit !== null && Number(p.usage_count ?? 0) >= Number(p.usage_limit)) throw conflict('promoCode: this promo code has been used up.')
  return p
}

/** Takes one use of a promo code in one conditional UPDATE: exactly `usageLimit` uses under concurrency. */
async function takePromoUse(req: PayloadRequest, promoId: number): Promise<void> {
  const taken = await rows(
    req,
    sql`UPDATE promo_codes SET usage_count = coalesce(usage_count, 0) + 1
         WHERE id = ${promoId} AND active AND (usage_limit IS NULL OR coalesce(usage_count, 0) < usage_limit) RETURNING id`,
  )
  if (!taken.length) throw conflict('promoCode: this promo code has been used up.')
}

async function givePromoBack(req: PayloadRequest, reg: Registration) {
  if (reg.promoCode) await rows(req, sql`UPDATE promo_codes SET usage_count = greatest(coalesce(usage_count, 0) - 1, 0) WHERE id = ${idOf(reg.promoCode)}`)
}

/** A place leaves a registration: the first waitlisted person of the bucket is offered it, or it goes back to the pool. */
async function passPlaceOn(req: PayloadRequest, bucketId: number, title: string, now: Date, offerNext = true): Promise<void> {
  if (offerNext) {
    const [next] = await rows<{ id: number }>(
      req,
      sql`SELECT id FROM booking_registrations WHERE bucket_id = ${bucketId} AND status = 'waitlisted' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    )
    if (next) {
      const reg = (await req.payload.findByID({ collection: 'booking-registrations', id: next.id, depth: 0, overrideAccess: true, req })) as unknown as Registration
      const expiresAt = later(now, offerMinutes())
      const offered = await move(req, reg, 'offered', ['system'], { offerExpiresAt: expiresAt }, 'a place became free')
      await tellAttendee(req, idOf(offered.user), 'booking.offer', { title, expiresAt, registrationId: offered.id, url: `/bookings/registrations/${offered.id}` }, `booking.offer:${offered.id}:${expiresAt}`)
      return
    }
  }
  await releasePlace(req, bucketId)
}

async function confirm(req: PayloadRequest, reg: Registration, actors: Actor[], note?: string): Promise<Registration> {
  const done = await move(req, reg, 'confirmed', actors, { ticketCode: reg.ticketCode ?? newTicketCode(), holdExpiresAt: null, offerExpiresAt: null }, note)
  await tellAttendee(req, idOf(done.user), 'booking.confirmed', { title: done.resourceTitle, ticketCode: done.ticketCode, registrationId: done.id, url: `/bookings/registrations/${done.id}` }, `booking.confirmed:${done.id}`)
  return done
}

export type RegisterInput = {
  collection: string
  id: number
  tier?: 'early_bird' | 'regular'
  promoCode?: string
  provider?: ProviderName
  phone?: string
  returnUrl?: string
  /** Full: join the waitlist when the resource has one (default true), or be refused. */
  waitlist?: boolean
}

export type RegisterResult = { registration: Registration; quote?: Quote; payment?: unknown; message: string }

/** Registers the caller. The place, the promo use and the registration are written in one transaction, or nothing is. */
export async function register(req: PayloadRequest, input: RegisterInput, now = new Date()): Promise<RegisterResult> {
  const user = requireUser(req)
  if (input.provider) assertProvider(input.provider)
  const result = await inTransaction(req, async () => {
    const resource = await loadResource(req, input.collection, input.id)
    if (resource.open !== true) throw conflict(resource.open)
    const bucket = await bucketFor(req, input.collection, input.id)
    if (!bucket) throw conflict('Registrations are not open: this resource has no capacity yet.')
    const [mine] = await rows<{ id: number; status: string }>(
      req,
      sql`SELECT id, status FROM booking_registrations WHERE user_id = ${user.id} AND resource_collection = ${input.collection} AND resource_id = ${input.id} AND status IN ('pending_payment', 'confirmed', 'checked_in', 'waitlisted', 'offered') LIMIT 1`,
    )
    if (mine) throw conflict(`You are already registered (registration ${mine.id}, ${mine.status}).`, { registrationId: mine.id })
    const promo = input.promoCode ? await findPromo(req, input.promoCode, input.collection, input.id, now) : null
    const q = quote(resource.pricing, now, promo ? { discountType: promo.discount_type, discountValue: Number(promo.discount_value) } : null)
    if (input.tier && q.tier !== 'free' && input.tier !== q.tier) {
      throw conflict(q.tier === 'regular' ? 'tier: the early-bird price has ended; the regular price applies now.' : 'tier: the early-bird price still applies.', { tier: q.tier, amount: q.amount })
    }
    const base = { user: user.id, resourceCollection: input.collection, resourceId: input.id, resourceTitle: resource.title.slice(0, 300), bucket: bucket.id, currency: resource.currency, phone: input.phone }
    const paid = q.amount > 0
    // Everything else is written first and the place is taken last, so the bucket row stays locked
    // only until the commit; without a place, the work since the savepoint is rolled back.
    await rows(req, sql`SAVEPOINT booking_place`)
    if (promo) await takePromoUse(req, promo.id)
    const created = (await req.payload.create({
      collection: 'booking-registrations',
      data: {
        ...base,
        status: paid ? 'pending_payment' : 'confirmed',
        tier: q.tier,
        amount: q.amount,
        discount: q.discount,
        promoCode: promo?.id,
        holdExpiresAt: paid ? later(now, holdMinutes()) : null,
        ticketCode: paid ? null : newTicketCode(),
        history: [{ to: paid ? 'pending_payment' : 'confirmed', at: now.toISOString(), by: user.id }],
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })) as unknown as Registration
    if (!paid) await tellAttendee(req, user.id, 'booking.confirmed', { title: created.resourceTitle, ticketCode: created.ticketCode, registrationId: created.id, url: `/bookings/registrations/${created.id}` }, `booking.confirmed:${created.id}`)
    if (!(await takePlace(req, bucket.id))) {
      await rows(req, sql`ROLLBACK TO SAVEPOINT booking_place`)
      if (!resource.waitlist || input.waitlist === false) throw conflict(`Sold out: all ${bucket.capacity} places are taken.`, { capacity: bucket.capacity })
      const reg = await req.payload.create({
        collection: 'booking-registrations',
        data: { ...base, status: 'waitlisted', tier: q.tier, amount: 0, history: [{ to: 'waitlisted', at: now.toISOString(), by: user.id }] } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
      return { registration: reg as unknown as Registration, message: 'Sold out: you are on the waitlist and will be offered a place if one frees up.' }
    }
    await rows(req, sql`RELEASE SAVEPOINT booking_place`)
    return { registration: created, quote: q, message: paid ? `Your place is held for ${holdMinutes()} minutes: pay to confirm it.` : 'You are registered.' }
  })
  if (result.registration.status !== 'pending_payment') return result
  const payment = await openPayment(req, user, result.registration, input)
  return { ...result, payment }
}

function assertProvider(provider: ProviderName) {
  const providers = enabledProviders()
  if (!providers.includes(provider)) throw conflict(`provider: "${provider}" is not available. Available: ${providers.join(', ') || 'none'}.`)
}

/** Opens the payment of a held place (outside the place's transaction: the provider is called over HTTP); a failure frees the place. */
async function openPayment(req: PayloadRequest, user: TypedUser, reg: Registration, choice: Pick<RegisterInput, 'phone' | 'provider' | 'returnUrl'>) {
  try {
    if (!hasCollection(req.payload, 'payments')) throw new HttpError(503, 'Payments are not available on this platform: paid places cannot be bought right now.')
    const provider = choice.provider ?? enabledProviders()[0]
    if (!provider) throw conflict('No payment provider is available.')
    const pay = await requestPayment(req, {
      purpose: REGISTRATION_PURPOSE,
      resource: { collection: 'booking-registrations', id: reg.id },
      payer: user.id,
      amount: reg.amount ?? 0,
      currency: reg.currency ?? 'XOF',
      provider,
      idempotencyKey: `${REGISTRATION_PURPOSE}:${reg.id}:${reg.holdExpiresAt ?? ''}`,
      description: reg.resourceTitle ?? undefined,
      phone: choice.phone,
      returnUrl: choice.returnUrl,
    })
    await inTransaction(req, () => req.payload.update({ collection: 'booking-registrations', id: reg.id, data: { paymentId: pay.paymentId } as never, overrideAccess: true, depth: 0, req }))
    return pay
  } catch (err) {
    await inTransaction(req, async () => {
      const locked = await lockRegistration(req, reg.id)
      if (locked?.status === 'pending_payment') await expireOne(req, locked, new Date(), 'the payment could not be opened')
    })
    throw err
  }
}

async function expireOne(req: PayloadRequest, reg: Registration, now: Date, reason: string) {
  const wasHolding = holdsPlace(reg.status)
  const done = await move(req, reg, 'expired', ['system'], { holdExpiresAt: null, offerExpiresAt: null }, reason)
  await givePromoBack(req, reg)
  if (wasHolding) await passPlaceOn(req, idOf(reg.bucket), reg.resourceTitle ?? '', now)
  await tellAttendee(req, idOf(reg.user), 'booking.expired', { title: reg.resourceTitle, reason, registrationId: reg.id }, `booking.expired:${reg.id}`)
  return done
}

/** The job: unpaid holds and unanswered offers past their time expire; each freed place goes to the next waitlisted person. */
export async function expireDue(req: PayloadRequest, now = new Date()): Promise<number> {
  const due = await rows<{ id: number }>(
    req,
    sql`SELECT id FROM booking_registrations
         WHERE (status = 'pending_payment' AND hold_expires_at <= ${now.toISOString()})
            OR (status = 'offered' AND offer_expires_at <= ${now.toISOString()})
         ORDER BY id LIMIT 500`,
  )
  let n = 0
  for (const { id } of due) {
    await inTransaction(req, async () => {
      const reg = await lockRegistration(req, id)
      if (!reg) return
      if (reg.status === 'pending_payment' && reg.holdExpiresAt && new Date(reg.holdExpiresAt) <= now) {
        await expireOne(req, reg, now, 'not paid in time')
        n++
      } else if (reg.status === 'offered' && reg.offerExpiresAt && new Date(reg.offerExpiresAt) <= now) {
        await expireOne(req, reg, now, 'the offer was not accepted in time')
        n++
      }
    })
  }
  return n
}

/** Accepts a waitlist offer: free → confirmed; paid → held for payment. */
export async function acceptOffer(req: PayloadRequest, id: number | string, choice: Pick<RegisterInput, 'phone' | 'provider' | 'returnUrl'>, now = new Date()) {
  const user = requireUser(req)
  if (choice.provider) assertProvider(choice.provider)
  const reg = await inTransaction(req, async () => {
    const reg = await lockRegistration(req, id)
    if (!reg || idOf(reg.user) !== Number(user.id)) throw notFound('Registration not found.')
    if (reg.status !== 'offered') throw conflict(`There is no open offer on this registration (it is ${reg.status}).`)
    if (reg.offerExpiresAt && new Date(reg.offerExpiresAt) <= now) throw conflict(`The offer ended at ${reg.offerExpiresAt}.`)
    const resource = await loadResource(req, reg.resourceCollection, reg.resourceId)
    const q = quote(resource.pricing, now, null)
    if (q.amount === 0) return confirm(req, { ...reg, tier: 'free' }, ['attendee'], 'offer accepted')
    return move(req, reg, 'pending_payment', ['attendee'], { amount: q.amount, tier: q.tier, currency: resource.currency, holdExpiresAt: later(now, holdMinutes()), offerExpiresAt: null, phone: choice.phone }, 'offer accepted')
  })
  if (reg.status !== 'pending_payment') return { registration: reg, message: 'You are registered.' }
  return { registration: reg, payment: await openPayment(req, user, reg, choice), message: `Your place is held for ${holdMinutes()} minutes: pay to confirm it.` }
}

const paymentLeft = (p: PaymentDoc) => p.amount - (p.refundedAmount ?? 0) - (p.refunds ?? []).filter((r) => r.status === 'pending').reduce((s, r) => s + r.amount, 0)

/** Refunds what is left of the registration's payment; a refusal is recorded, never blocks the cancellation. */
async function refundRegistration(req: PayloadRequest, reg: Registration, reason: string): Promise<string> {
  if (!reg.paymentId || !hasCollection(req.payload, 'payments')) return ''
  const p = (await req.payload.findByID({ collection: 'payments' as never, id: reg.paymentId, depth: 0, overrideAccess: true, req }).catch(() => null)) as null | PaymentDoc
  if (!p || !['paid', 'partially_refunded'].includes(p.status) || paymentLeft(p) <= 0) return ''
  try {
    await refundPayment(req, p.id, { reason })
    return `Refund of ${paymentLeft(p)} ${p.currency} sent.`
  } catch (err) {
    if (!(err instanceof APIError)) throw err
    logger.warn({ err, registrationId: reg.id, paymentId: p.id }, 'bookings: refund failed')
    await req.payload.update({ collection: 'booking-registrations', id: reg.id, data: { refundNote: `Refund failed: ${err.message}`.slice(0, 500) } as never, overrideAccess: true, depth: 0, req })
    return 'The refund could not be sent automatically: the organizer will refund you.'
  }
}

/** Cancels one registration: by its attendee (refunded before the deadline), or by the resource's organizer or an admin (always refunded). */
export async function cancelRegistration(req: PayloadRequest, id: number | string, reason?: string, now = new Date()) {
  requireUser(req)
  return inTransaction(req, async () => {
    const reg = await lockRegistration(req, id)
    if (!reg) throw notFound('Registration not found.')
    const source = bookableSource(reg.resourceCollection)
    const resource = source ? await source.load(req, reg.resourceId) : null
    const actors = actorsFor(req, reg, resource)
    if (!actors.length || (actors.length === 1 && actors[0] === 'staff')) throw notFound('Registration not found.')
    const wasPaid = reg.status === 'confirmed' && (reg.amount ?? 0) > 0
    const byOrganizer = actors.includes('admin') || actors.includes('organizer')
    const deadline = resource?.cancellationDeadline ?? resource?.startsAt ?? null
    const refundable = wasPaid && (byOrganizer && !actors.includes('attendee') ? true : !deadline || now < new Date(deadline))
    const holding = holdsPlace(reg.status)
    const done = await move(req, reg, 'cancelled', actors, { cancelReason: reason?.slice(0, 500), holdExpiresAt: null, offerExpiresAt: null }, reason ?? 'cancelled')
    if (holding) await passPlaceOn(req, idOf(reg.bucket), reg.resourceTitle ?? '', now)
    await givePromoBack(req, reg)
    let refund = refundable ? await refundRegistration(req, reg, reason ?? 'registration cancelled') : ''
    if (wasPaid && !refundable) refund = `No refund: cancellations are refunded until ${new Date(deadline as string).toISOString()}.`
    await tellAttendee(req, idOf(reg.user), 'booking.cancelled', { title: reg.resourceTitle, refund, registrationId: reg.id }, `booking.cancelled:${reg.id}`)
    return { registration: done, refund }
  })
}

/**
 * Cancels every live registration of a resource (its organizer cancelled it, or it missed its
 * minimum): everyone is refunded in full and told. Domain plugins call it with `req`.
 */
export async function cancelAllRegistrations(req: PayloadRequest, collection: string, id: number | string, reason: string): Promise<number> {
  if (!hasCollection(req.payload, 'booking-registrations')) return 0
  return inTransaction(req, async () => {
    const live = await rows<{ id: number }>(
      req,
      sql`SELECT id FROM booking_registrations WHERE resource_collection = ${collection} AND resource_id = ${Number(id)} AND status IN ('pending_payment', 'confirmed', 'checked_in', 'waitlisted', 'offered') ORDER BY id`,
    )
    let n = 0
    for (const { id: regId } of live) {
      const reg = await lockRegistration(req, regId)
      if (!reg || !ACTIVE.includes(reg.status) || reg.status === 'checked_in') continue
      const holding = holdsPlace(reg.status)
      await move(req, reg, 'cancelled', ['system'], { cancelReason: reason.slice(0, 500), holdExpiresAt: null, offerExpiresAt: null }, reason)
      if (holding) await releasePlace(req, idOf(reg.bucket))
      await givePromoBack(req, reg)
      const refund = reg.status === 'confirmed' ? await refundRegistration(req, reg, reason) : ''
      await tellAttendee(req, idOf(reg.user), 'booking.resource_cancelled', { title: reg.resourceTitle, reason, refund, registrationId: reg.id }, `booking.resource_cancelled:${reg.id}`)
      n++
    }
    await rows(req, sql`UPDATE booking_buckets SET confirmation_state = 'cancelled' WHERE resource_collection = ${collection} AND resource_id = ${Number(id)}`)
    return n
  })
}

/** Tells every confirmed participant of a resource that something changed (date, venue, price). */
export async function notifyParticipants(req: PayloadRequest, collection: string, id: number | string, type: 'booking.changed' | 'booking.resource_confirmed', data: Record<string, unknown>, key: string) {
  if (!hasCollection(req.payload, 'booking-registrations')) return 0
  const people = await rows<{ id: number; user_id: number }>(
    req,
    sql`SELECT id, user_id FROM booking_registrations WHERE resource_collection = ${collection} AND resource_id = ${Number(id)} AND status IN ('pending_payment', 'confirmed', 'checked_in', 'offered')`,
  )
  for (const p of people) await tellAttendee(req, p.user_id, type, { ...data, registrationId: p.id }, `${type}:${p.id}:${key}`)
  return people.length
}

// ---- payments ----

registerPaymentPurpose(REGISTRATION_PURPOSE, {
  onPaid: async (req, payment) => {
    const reg = await lockRegistration(req, payment.resourceId)
    if (!reg) return
    if (reg.status === 'pending_payment') {
      await confirm(req, { ...reg, paymentId: payment.id }, ['system'], `paid (payment ${payment.id})`)
      return
    }
    // the place was given up (expired, cancelled) before the money arrived: give the money back
    if (reg.status === 'expired' || reg.status === 'cancelled') {
      await refundRegistration(req, { ...reg, paymentId: payment.id }, 'paid after the registration ended')
    }
  },
  onFailed: async (req, payment) => {
    const reg = await lockRegistration(req, payment.resourceId)
    if (reg?.status === 'pending_payment' && Number(reg.paymentId ?? payment.id) === payment.id) await expireOne(req, reg, new Date(), 'the payment failed')
  },
  onRefunded: async (req, payment, amount) => {
    const reg = await lockRegistration(req, payment.resourceId)
    if (!reg) return
    await req.payload.update({ collection: 'booking-registrations', id: reg.id, data: { refundedAmount: (reg.refundedAmount ?? 0) + amount } as never, overrideAccess: true, depth: 0, req })
  },
})

