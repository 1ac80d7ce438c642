/**
 * Orders: creation (validation + server-side pricing + coupon reservation in one transaction),
 * the status workflow (one table in transitions.ts), driver acceptance (one conditional UPDATE:
 * exactly one driver wins), nearest-driver proposal, payment hooks for the payments plugin.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import type { Actor, OrderStatus } from './transitions'

import { userHasRole, userIsAdmin } from '../../../access'
import { conflict, forbidden, HttpError, notFound, unprocessable } from '../../../endpoints/http'
import { idOf } from '../access'
import { couponRefusal, findCoupon, releaseCouponUse, reserveCouponUse, toCouponRule } from './coupons'
import { inTransaction, rows } from '../../../db/transaction'
import { notifyCustomer } from './notify'
import { isOpenAt, type OpeningHours } from './opening-hours'
import { resolveOptions, type OptionProblem } from './options'
import { DeliveryOutOfRange, priceOrder, type PromotionRule, type ZoneRule } from './pricing'
import { deliveryAddressSchema, resolveGivenAddress, resolveSavedAddress, type ResolvedAddress } from './address'
import { handBackOtherOffers, offerNext, withdrawOffers } from './offers'
import { noteFieldFor, readerRoles } from './parties'
import { refundOrderPayments } from './refunds'
import { checkTransition, reasonRequired } from './transitions'

export const createOrderSchema = z.object({
  restaurant: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  items: z
    .array(
      z.object({
        menuItem: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
        quantity: z.number().int().min(1).max(50),
        selectedOptions: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional().default({}),
        specialInstructions: z.string().max(500).optional().default(''),
      }),
    )
    .min(1, 'an order needs at least one item')
    .max(50),
  /** Free text, or the seed's structured parts (services/address.ts); or `savedAddressId`. */
  deliveryAddress: deliveryAddressSchema.optional(),
  /** One of the customer's saved addresses (customer profile), by its id or key. */
  savedAddressId: z.string().trim().min(1).max(100).optional(),
  paymentMethod: z.enum(['cash', 'card', 'mobile_money']),
  /** For card and mobile money: which provider (default: the first one enabled for that method). */
  paymentProvider: z.enum(['stripe', 'orange-money', 'mtn-momo', 'moov-money', 'sandbox']).optional(),
  /** E.164 phone that confirms a mobile-money payment (MTN MoMo, Moov Money). */
  paymentPhone: z.string().max(20).optional(),
  couponCode: z.string().trim().min(1).max(50).optional(),
  customerNotes: z.string().max(1000).optional().default(''),
}).superRefine((o, ctx) => {
  if (o.deliveryAddress && o.savedAddressId) ctx.addIssue({ code: 'custom', path: ['savedAddressId'], message: 'give either deliveryAddress or savedAddressId, not both' })
  if (!o.deliveryAddress && !o.savedAddressId) ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'a delivery address is required (deliveryAddress or savedAddressId)' })
})
export type CreateOrderInput = z.infer<typeof createOrderSchema>

type Doc = Record<string, any>

const toPromotionRule = (p: Doc): PromotionRule => ({
  id: p.id,
  name: p.name,
  promotionType: p.promotionType,
  discountValue: p.discountValue,
  buyQuantity: p.buyQuantity,
  getQuantity: p.getQuantity,
  items: (p.items ?? []).map(idOf),
  validFrom: p.validFrom,
  validUntil: p.validUntil,
  active: p.active !== false,
  applicableDays: (p.applicableDays ?? []).map(Number),
  startTime: p.startTime,
  endTime: p.endTime,
  priority: p.priority ?? 0,
})

/** The order's delivery address: as given, or the customer's saved one (422 if it is not theirs). */
export async function resolveOrderAddress(req: PayloadRequest, user: TypedUser, input: CreateOrderInput): Promise<ResolvedAddress> {
  if (input.savedAddressId) return resolveSavedAddress(req, user, input.savedAddressId)
  return resolveGivenAddress(input.deliveryAddress!)
}

/** Loads everything pricing needs and prices the cart; throws 422 for any refusal. */
export async function quoteOrder(req: PayloadRequest, user: TypedUser, input: CreateOrderInput, now = new Date(), address?: ResolvedAddress) {
  const destination = address ?? (await resolveOrderAddress(req, user, input))
  const restaurant = (await req.payload
    .findByID({ collection: 'restaurants', id: input.restaurant, depth: 0, req, overrideAccess: false, user })
    .catch(() => null)) as Doc | null
  if (!restaurant) throw unprocessable('restaurant: unknown restaurant.', { field: 'restaurant' })
  if (!restaurant.active) throw unprocessable('This restaurant is not active.', { field: 'restaurant' })
  if (!restaurant.acceptingOrders) throw unprocessable('This restaurant is not accepting orders right now.', { field: 'restaurant' })
  if (!isOpenAt(restaurant.openingHours as OpeningHours, restaurant.timezone, now)) {
    throw unprocessable('This restaurant is closed right now.', { field: 'restaurant' })
  }
  const ids = [...new Set(input.items.map((i) => String(i.menuItem)))]
  const found = await req.payload.find({ collection: 'menu-items', where: { id: { in: ids } }, depth: 0, limit: ids.length, req, overrideAccess: false, user })
  const byId = new Map(found.docs.map((d) => [String(d.id), d as Doc]))
  const problems: OptionProblem[] = []
  const lines = input.items.map((line, i) => {
    const item = byId.get(String(line.menuItem))
    const field = `items.${i}`
    if (!item) {
      problems.push({ field: `${field}.menuItem`, message: `unknown menu item ${line.menuItem}` })
      return null
    }
    if (String(idOf(item.restaurant)) !== String(restaurant.id)) {
      problems.push({ field: `${field}.menuItem`, message: `"${item.name}" belongs to another restaurant` })
      return null
    }
    if (!item.available || item.soldOut) {
      problems.push({ field: `${field}.menuItem`, message: `"${item.name}" is not available right now` })
      return null
    }
    const opts = resolveOptions(item.options, line.selectedOptions, `${field}.selectedOptions`)
    problems.push(...opts.problems)
    return { line, item, opts }
  })
  if (problems.length) {
    throw unprocessable(problems.map((p) => `${p.field}: ${p.message}`).join('; '), { issues: problems })
  }
  const valid = lines.filter((l): l is NonNullable<typeof l> => l !== null)

  const [promotions, zones] = await Promise.all([
    req.payload.find({ collection: 'promotions', where: { and: [{ restaurant: { equals: restaurant.id } }, { active: { equals: true } }] }, depth: 0, limit: 200, req, overrideAccess: true }),
    req.payload.find({ collection: 'delivery-zones', where: { and: [{ restaurant: { equals: restaurant.id } }, { active: { equals: true } }] }, depth: 0, limit: 200, req, overrideAccess: true }),
  ])

  let coupon = null
  if (input.couponCode) {
    coupon = await findCoupon(req, input.couponCode)
    const refusal = await couponRefusal(req, coupon, { restaurantId: restaurant.id, userId: user.id, now })
    if (refusal) throw unprocessable(`couponCode: ${refusal}`, { field: 'couponCode' })
  }
  let pricing
  try {
    pricing = priceOrder({
      now,
      timeZone: restaurant.timezone,
      restaurant: {
        lat: restaurant.latitude,
        lng: restaurant.longitude,
        deliveryFee: restaurant.deliveryFee ?? 0,
        freeDeliveryThreshold: restaurant.freeDeliveryThreshold ?? 0,
        deliveryRadiusKm: restaurant.deliveryRadiusKm,
        estimatedDeliveryTime: restaurant.estimatedDeliveryTime ?? 30,
        taxRateBps: restaurant.taxRateBps ?? 0,
      },
      lines: valid.map((v) => ({ menuItemId: v.item.id, quantity: v.line.quantity, basePrice: v.item.price, optionsModifier: v.opts.modifier })),
      promotions: promotions.docs.map((p) => toPromotionRule(p as Doc)),
      zones: zones.docs.map((z): ZoneRule => ({ id: z.id, polygon: z.coordinates as never, deliveryFee: z.deliveryFee, estimatedTime: z.estimatedTime, active: z.active !== false })),
      destination: { lat: destination.latitude, lng: destination.longitude },
      coupon: coupon ? toCouponRule(coupon) : null,
    })
  } catch (err) {
    if (err instanceof DeliveryOutOfRange) throw unprocessable(`deliveryAddress: ${err.message}`, { field: 'deliveryAddress' })
    throw err
  }
  if (coupon && pricing.couponProblem) throw unprocessable(`couponCode: ${pricing.couponProblem}`, { field: 'couponCode' })
  return { restaurant, lines: valid, pricing, coupon }
}

export async function createOrder(req: PayloadRequest, input: CreateOrderInput) {
  const user = req.user
  if (!user) throw new HttpError(401, 'You must be logged in.')
  if (!userHasRole(user, 'customer') && !userIsAdmin(user)) throw forbidden('Only customers can place orders.')
  const now = new Date()
  const address = await resolveOrderAddress(req, user, input)
  const { restaurant, lines, pricing, coupon } = await quoteOrder(req, user, input, now, address)
  const prep = Math.max(...lines.map((l) => l.item.preparationTime ?? 15))

  const order = await inTransaction(req, async () => {
    if (coupon) await reserveCouponUse(req, coupon, user.id)
    const [{ n }] = await rows<{ n: string }>(req, sql`SELECT nextval('delivery_order_number_seq')::text AS n`)
    const created = await req.payload.create({
      collection: 'orders',
      req,
      user,
      overrideAccess: false,
      context: { pricedOrder: true },
      depth: 0,
      data: {
        orderNumber: n.padStart(8, '0'),
        customer: user.id,
        restaurant: restaurant.id,
        status: 'pending',
        currency: restaurant.currency ?? 'EUR',
        subtotal: pricing.subtotal,
        deliveryFee: pricing.deliveryFee,
        tax: pricing.tax,
        discount: pricing.discount,
        total: pricing.total,
        deliveryZone: pricing.deliveryZoneId as number | null,
        paymentMethod: input.paymentMethod,
        paymentStatus: 'pending',
        coupon: (coupon?.id as number) ?? null,
        deliveryAddress: address.json,
        structuredAddress: address.structured,
        savedAddressId: address.savedAddressId,
        deliveryLatitude: address.latitude,
        deliveryLongitude: address.longitude,
        customerNotes: input.customerNotes,
        estimatedDeliveryTime: new Date(now.getTime() + (prep + pricing.estimatedMinutes) * 60_000).toISOString(),
        items: lines.map((l, i) => ({
          menuItem: l.item.id,
          name: l.item.name,
          quantity: l.line.quantity,
          basePrice: l.item.price,
          unitPrice: pricing.lines[i].unitPrice,
          totalPrice: pricing.lines[i].lineTotal,
          promotion: (pricing.lines[i].promotionId as number) ?? null,
          promotionDiscount: pricing.lines[i].promotionDiscount,
          selectedOptions: l.opts.selected,
          optionLabels: l.opts.labels,
          specialInstructions: l.line.specialInstructions,
        })),
        statusHistory: [{ from: null, to: 'pending', at: now.toISOString(), by: user.id, actor: 'customer' }],
      } as never,
    })
    if (coupon) {
      await req.payload.create({
        collection: 'coupon-usages',
        req,
        overrideAccess: true, // usages are written only here, after the limit was taken in the database
        data: { coupon: coupon.id as number, user: user.id as number, order: created.id, discountAmount: pricing.couponDiscount },
      })
    }
    return created
  })
  await notifyCustomer(req, {
    user: user.id,
    type: 'order.status_changed',
    data: { orderId: order.id, orderNumber: order.orderNumber, status: 'pending' },
    idempotencyKey: `order:${order.id}:pending`,
  })
  return order
}

/** Which roles the user plays on this order. */
export function actorsFor(user: TypedUser | null | undefined, order: Doc, restaurantOwner: unknown): Actor[] {
  if (!user) return []
  const actors: Actor[] = []
  if (userIsAdmin(user)) actors.push('admin')
  if (String(idOf(restaurantOwner)) === String(user.id)) actors.push('owner')
  if (order.driver && String(idOf(order.driver)) === String(user.id)) actors.push('driver')
  if (String(idOf(order.customer)) === String(user.id)) actors.push('customer')
  return actors
}

async function loadVisibleOrder(req: PayloadRequest, id: string) {
  const order = (await req.payload.findByID({ collection: 'orders', id, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)) as Doc | null
  if (!order) throw notFound('Order not found.')
  const restaurant = (await req.payload.findByID({ collection: 'restaurants', id: idOf(order.restaurant), depth: 0, req, overrideAccess: true })) as Doc
  return { order, restaurant }
}

/**
 * Moves an order along the workflow. `system` is the payments plugin (payment failure).
 * The row is locked (SELECT … FOR UPDATE) so two concurrent moves cannot both apply.
 */
export async function transitionOrder(req: PayloadRequest, orderId: string, to: OrderStatus, opts: { system?: boolean; note?: string } = {}) {
  let actors: Actor[]
  let order: Doc
  let restaurant: Doc
  if (opts.system) {
    order = (await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, req, overrideAccess: true }).catch(() => null)) as Doc
    if (!order) throw notFound('Order not found.')
    restaurant = (await req.payload.findByID({ collection: 'restaurants', id: idOf(order.restaurant), depth: 0, req, overrideAccess: true })) as Doc
    actors = ['system']
  } else {
    if (!req.user) throw new HttpError(401, 'You must be logged in.')
    ;({ order, restaurant } = await loadVisibleOrder(req, orderId))
    actors = actorsFor(req.user, order, restaurant.owner)
  }
  const now = new Date()
  const updated = await inTransaction(req, async () => {
    const [locked] = await rows<{ status: OrderStatus; driver_id: null | number; payment_status: string }>(
      req,
      sql`SELECT status, driver_id, payment_status FROM orders WHERE id = ${order.id} FOR UPDATE`,
    )
    const from = locked.status
    // re-read under the lock so the history appended below includes any move that just committed
    order = (await req.payload.findByID({ collection: 'orders', id: order.id, depth: 0, req, overrideAccess: true })) as Doc
    const check = checkTransition(from, to, actors)
    if (!check.ok) throw new HttpError(check.status, check.message)
    const note = opts.note?.trim() || undefined
    if (reasonRequired(from, to) && !note) throw unprocessable(`note: a reason is required to move an order from ${from} to ${to}.`, { field: 'note' })
    if (to === 'confirmed' && order.paymentMethod !== 'cash' && locked.payment_status !== 'paid') {
      throw conflict(`This order is paid by ${order.paymentMethod} and the payment is ${locked.payment_status}: it can be confirmed once paid.`)
    }
    if (to === 'picked_up' && !locked.driver_id) throw conflict('No driver has accepted this order yet.')
    const data: Doc = {
      status: to,
      statusHistory: [
        ...(order.statusHistory ?? []).map((h: Doc) => ({ ...h, by: idOf(h.by) ?? null })),
        { from, to, at: now.toISOString(), by: req.user?.id ?? null, actor: actors[0], note },
      ],
    }
    if (to === 'delivered') {
      data.actualDeliveryTime = now.toISOString()
      if (order.paymentMethod === 'cash') data.paymentStatus = 'paid'
    }
    if (to === 'cancelled') {
      if (note) data.cancellationReason = note
      if (locked.payment_status === 'pending' || locked.payment_status === 'processing') data.paymentStatus = 'cancelled'
      await releaseCouponUse(req, order.id)
      await withdrawOffers(req, order.id, now)
      if (locked.payment_status === 'paid' && order.paymentMethod !== 'cash') {
        // money taken for an order that will not be delivered goes back, in this transaction
        const refund = await refundOrderPayments(req, { id: order.id, orderNumber: order.orderNumber }, `order ${order.orderNumber} cancelled by ${actors[0]}${note ? `: ${note}` : ''}`, now)
        data.refund = refund
        if (refund.status === 'refunded') data.paymentStatus = 'refunded'
      }
    }
    // the workflow has authorised this move above; the write itself is the server's
    let doc = await req.payload.update({ collection: 'orders', id: order.id, data, req, overrideAccess: true, depth: 0 })
    if (to === 'ready') {
      // offer it to the nearest available driver for a limited time (services/offers.ts)
      const offer = await offerNext(req, order.id, now)
      doc = { ...doc, proposedDriver: offer?.driverId ?? null }
    }
    const tracking = await req.payload.find({ collection: 'delivery-tracking', where: { order: { equals: order.id } }, limit: 1, depth: 0, req, overrideAccess: true })
    const t = tracking.docs[0]
    if (t && to === 'picked_up') await req.payload.update({ collection: 'delivery-tracking', id: t.id, data: { pickedUpAt: now.toISOString() }, req, overrideAccess: true })
    if (t && to === 'delivered') await req.payload.update({ collection: 'delivery-tracking', id: t.id, data: { deliveredAt: now.toISOString(), distanceRemainingKm: 0 }, req, overrideAccess: true })
    if (locked.driver_id && (to === 'delivered' || to === 'cancelled')) {
      await rows(req, sql`UPDATE driver_profiles SET availability = 'available' WHERE user_id = ${locked.driver_id} AND availability = 'busy'`)
    }
    if (to === 'delivered') {
      if (locked.driver_id) await rows(req, sql`UPDATE driver_profiles SET total_deliveries = coalesce(total_deliveries, 0) + 1 WHERE user_id = ${locked.driver_id}`)
      for (const item of order.items ?? []) {
        await rows(req, sql`UPDATE menu_items SET order_count = coalesce(order_count, 0) + ${item.quantity} WHERE id = ${idOf(item.menuItem)}`)
      }
    }
    return { doc, from }
  })
  await notifyCustomer(req, {
    user: idOf(order.customer),
    type: 'order.status_changed',
    data: { orderId: order.id, orderNumber: order.orderNumber, from: updated.from, status: to },
    idempotencyKey: `order:${order.id}:${to}`,
  })
  return updated.doc
}

/** The nearest driver who is available and has a known position (earthdistance). */
export async function nearestAvailableDriver(req: PayloadRequest, restaurant: Doc) {
  const [row] = await rows<{ user_id: number; km: number }>(
    req,
    sql`SELECT user_id, earth_distance(ll_to_earth(current_latitude, current_longitude), ll_to_earth(${restaurant.latitude}, ${restaurant.longitude})) / 1000 AS km
        FROM driver_profiles
        WHERE availability = 'available' AND current_latitude IS NOT NULL AND current_longitude IS NOT NULL
        ORDER BY km ASC LIMIT 1`,
  )
  return row ? { userId: row.user_id, distanceKm: Number(row.km) } : null
}

export async function proposeDriver(req: PayloadRequest, orderId: string) {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const { order, restaurant } = await loadVisibleOrder(req, orderId)
  const actors = actorsFor(req.user, order, restaurant.owner)
  if (!actors.includes('owner') && !actors.includes('admin')) throw forbidden('Only the restaurant or an admin can look for a driver.')
  return nearestAvailableDriver(req, restaurant)
}

/**
 * A driver takes a ready order. One conditional UPDATE decides: the first transaction to set
 * driver_id on a ready, unassigned order wins; the others see no row and get 409.
 */
export async function acceptOrder(req: PayloadRequest, orderId: string) {
  const user = req.user
  if (!user) throw new HttpError(401, 'You must be logged in.')
  if (!userHasRole(user, 'driver')) throw forbidden('Only drivers can accept deliveries.')
  const id = Number(orderId)
  if (!Number.isInteger(id)) throw notFound('Order not found.')
  const result = await inTransaction(req, async () => {
    const [profile] = await rows<{ id: number; availability: string }>(req, sql`SELECT id, availability FROM driver_profiles WHERE user_id = ${user.id} FOR UPDATE`)
    if (!profile) throw conflict('Create your driver profile before accepting deliveries.')
    if (profile.availability !== 'available') throw conflict(`You are ${profile.availability}: only available drivers can accept a delivery.`)
    const [carrying] = await rows<{ order_number: string }>(req, sql`SELECT order_number FROM orders WHERE driver_id = ${user.id} AND status IN ('ready', 'picked_up') LIMIT 1`)
    if (carrying) throw conflict(`You are already carrying order ${carrying.order_number}: finish it before accepting another one.`)
    // one conditional UPDATE decides; while another driver holds an open offer for the order, only they can take it
    const won = await rows<{ id: number }>(
      req,
      sql`UPDATE orders SET driver_id = ${user.id}, updated_at = now() WHERE id = ${id} AND status = 'ready' AND driver_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM delivery_offers x WHERE x.order_id = ${id} AND x.status = 'offered' AND x.expires_at > now() AND x.driver_id <> ${user.id})
          RETURNING id`,
    )
    if (won.length === 0) {
      const [o] = await rows<{ status: string; driver_id: null | number }>(req, sql`SELECT status, driver_id FROM orders WHERE id = ${id}`)
      if (!o) throw notFound('Order not found.')
      if (o.driver_id) throw conflict('Another driver has already accepted this order.')
      if (o.status !== 'ready') throw conflict(`Only ready orders can be accepted; this one is ${o.status}.`)
      throw conflict('This order is offered to another driver right now; it becomes open to everyone if they do not take it.')
    }
    await withdrawOffers(req, id, new Date(), user.id)
    await handBackOtherOffers(req, user.id, id)
    await rows(req, sql`UPDATE driver_profiles SET availability = 'busy' WHERE id = ${profile.id}`)
    const order = (await req.payload.findByID({ collection: 'orders', id, depth: 0, req, overrideAccess: true })) as Doc
    await req.payload.update({
      collection: 'orders',
      id,
      req,
      overrideAccess: true,
      data: { statusHistory: [...(order.statusHistory ?? []).map((h: Doc) => ({ ...h, by: idOf(h.by) ?? null })), { from: 'ready', to: 'ready', at: new Date().toISOString(), by: user.id, actor: 'driver', note: 'driver assigned' }] } as never,
    })
    const tracking = await req.payload.create({
      collection: 'delivery-tracking',
      req,
      overrideAccess: true,
      data: { order: id, driver: user.id, customer: idOf(order.customer), restaurant: idOf(order.restaurant) } as never,
    })
    return { order, tracking }
  })
  return { orderId: id, driver: user.id, trackingId: result.tracking.id }
}

/** Called by the payments plugin when the order's payment succeeded. Idempotent. */
export async function markOrderPaid(req: PayloadRequest, orderId: number | string) {
  await rows(req, sql`UPDATE orders SET payment_status = 'paid', updated_at = now() WHERE id = ${orderId} AND payment_status <> 'paid' AND status <> 'cancelled'`)
}

/**
 * The restaurant writes `restaurantNotes`, the assigned driver `driverNotes`; nobody else writes
 * either (customers have `customerNotes` at ordering time; admins edit orders in the admin).
 */
export async function writeOrderNote(req: PayloadRequest, orderId: string, note: string) {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const { order } = await loadVisibleOrder(req, orderId)
  const field = noteFieldFor(await readerRoles(req, order))
  if (!field) throw forbidden('Only the restaurant and the driver of this order write notes on it.')
  // the field was chosen from the writer's role above; the write itself is the server's
  const doc = await req.payload.update({ collection: 'orders', id: order.id, data: { [field]: note }, req, overrideAccess: true, depth: 0 })
  return { field, doc }
}

/** Called by the payments plugin when the order's payment is fully refunded. Idempotent. */
export async function markOrderRefunded(req: PayloadRequest, orderId: number | string, amount: number) {
  await rows(
    req,
    sql`UPDATE orders SET payment_status = 'refunded', refund_status = 'refunded', refund_amount = ${amount}, refund_at = coalesce(refund_at, now()), updated_at = now()
        WHERE id = ${orderId} AND (payment_status <> 'refunded' OR refund_status IS DISTINCT FROM 'refunded')`,
  )
}

/** Called by the payments plugin when the payment failed: the unpaid order is cancelled. Idempotent. */
export async function markOrderPaymentFailed(req: PayloadRequest, orderId: number | string) {
  const [o] = await rows<{ status: string; payment_status: string }>(req, sql`SELECT status, payment_status FROM orders WHERE id = ${orderId}`)
  if (!o || o.payment_status === 'paid' || o.status === 'cancelled') return
  if (o.status === 'pending') await transitionOrder(req, String(orderId), 'cancelled', { system: true, note: 'payment failed' })
  await rows(req, sql`UPDATE orders SET payment_status = 'failed' WHERE id = ${orderId} AND payment_status <> 'paid'`)
}
