/**
 * The pricing engine (pure): unit price + option modifiers, the best eligible promotion per item
 * (highest priority first, then the biggest saving), delivery fee by zone polygon or radius, the
 * free-delivery threshold, the coupon, tax. All amounts are integer minor units.
 * total = subtotal + deliveryFee + tax − discount, always.
 */
import { type Polygon, haversineKm, pointInPolygon } from './geo'
import { localClock, toMinutes } from './opening-hours'

export type PromotionRule = {
  id: number | string
  name: string
  promotionType: 'buy_x_get_y' | 'fixed' | 'percentage'
  /** percent for percentage, minor units per unit for fixed */
  discountValue: number
  buyQuantity?: null | number
  getQuantity?: null | number
  /** empty = every item of the restaurant */
  items: (number | string)[]
  validFrom: string
  validUntil: string
  active: boolean
  /** 0 = Monday … 6 = Sunday; empty = every day */
  applicableDays: number[]
  startTime?: null | string
  endTime?: null | string
  priority: number
}

export type CouponRule = {
  id: number | string
  code: string
  discountType: 'fixed' | 'free_delivery' | 'percentage'
  /** percent for percentage, minor units for fixed */
  discountValue: number
  minOrderAmount: number
  maxDiscountAmount?: null | number
}

export type ZoneRule = { id: number | string; polygon: Polygon; deliveryFee: number; estimatedTime: number; active: boolean }

export type PricingLineInput = { menuItemId: number | string; quantity: number; basePrice: number; optionsModifier: number }

export type PricingInput = {
  now: Date
  timeZone: string
  restaurant: { lat: number; lng: number; deliveryFee: number; freeDeliveryThreshold: number; deliveryRadiusKm: number; estimatedDeliveryTime: number; taxRateBps: number }
  lines: PricingLineInput[]
  promotions: PromotionRule[]
  zones: ZoneRule[]
  destination: { lat: number; lng: number }
  coupon?: CouponRule | null
}

export type PricedLine = PricingLineInput & { unitPrice: number; lineTotal: number; promotionId: null | number | string; promotionDiscount: number }

export type Pricing = {
  lines: PricedLine[]
  subtotal: number
  promotionDiscount: number
  couponDiscount: number
  discount: number
  deliveryFee: number
  deliveryZoneId: null | number | string
  distanceKm: number
  estimatedMinutes: number
  tax: number
  total: number
  /** why the coupon gave nothing, when it did not apply */
  couponProblem?: string
}

export class DeliveryOutOfRange extends Error {}

/** Is the promotion running at `now` in the restaurant's timezone (window, weekday, daily hours)? */
export function promotionRunning(p: PromotionRule, now: Date, timeZone: string): boolean {
  if (!p.active) return false
  if (now < new Date(p.validFrom) || now > new Date(p.validUntil)) return false
  const { weekday, minutes } = localClock(now, timeZone)
  if (p.applicableDays.length && !p.applicableDays.includes(weekday)) return false
  if (p.startTime && p.endTime) {
    const s = toMinutes(p.startTime)
    const e = toMinutes(p.endTime)
    return s <= e ? minutes >= s && minutes < e : minutes >= s || minutes < e
  }
  return true
}

export function promotionSaving(p: PromotionRule, unitPrice: number, quantity: number): number {
  const line = unitPrice * quantity
  switch (p.promotionType) {
    case 'percentage':
      return Math.min(line, Math.round((line * Math.min(100, p.discountValue)) / 100))
    case 'fixed':
      return Math.min(line, p.discountValue * quantity)
    case 'buy_x_get_y': {
      const x = p.buyQuantity ?? 0
      const y = p.getQuantity ?? 0
      if (x < 1 || y < 1) return 0
      return Math.floor(quantity / (x + y)) * y * unitPrice
    }
  }
}

/** Coupon discount on the food amount (after promotions) and the delivery fee. */
export function couponDiscount(c: CouponRule, foodAmount: number, deliveryFee: number): { amount: number; problem?: string } {
  if (foodAmount < c.minOrderAmount) return { amount: 0, problem: `The order must reach ${c.minOrderAmount} (minor units) to use this coupon.` }
  let amount =
    c.discountType === 'percentage'
      ? Math.round((foodAmount * Math.min(100, c.discountValue)) / 100)
      : c.discountType === 'fixed'
        ? Math.min(foodAmount, c.discountValue)
        : deliveryFee
  if (c.maxDiscountAmount !== null && c.maxDiscountAmount !== undefined && c.maxDiscountAmount > 0) amount = Math.min(amount, c.maxDiscountAmount)
  return { amount }
}

export function priceOrder(input: PricingInput): Pricing {
  const running = input.promotions.filter((p) => promotionRunning(p, input.now, input.timeZone))
  const lines: PricedLine[] = input.lines.map((l) => {
    const unitPrice = l.basePrice + l.optionsModifier
    const lineTotal = unitPrice * l.quantity
    const eligible = running
      .filter((p) => p.items.length === 0 || p.items.map(String).includes(String(l.menuItemId)))
      .map((p) => ({ p, saving: promotionSaving(p, unitPrice, l.quantity) }))
      .filter((e) => e.saving > 0)
      .sort((a, b) => b.p.priority - a.p.priority || b.saving - a.saving)
    const best = eligible[0]
    return { ...l, unitPrice, lineTotal, promotionId: best?.p.id ?? null, promotionDiscount: best?.saving ?? 0 }
  })
  const subtotal = lines.reduce((s, l) => s + l.lineTotal, 0)
  const promotionDiscount = lines.reduce((s, l) => s + l.promotionDiscount, 0)
  const food = subtotal - promotionDiscount

  const distanceKm = haversineKm(input.restaurant, input.destination)
  const zone = input.zones
    .filter((z) => z.active && pointInPolygon(z.polygon, input.destination))
    .sort((a, b) => a.deliveryFee - b.deliveryFee)[0]
  if (!zone && distanceKm > input.restaurant.deliveryRadiusKm) {
    throw new DeliveryOutOfRange(
      `The delivery address is outside every delivery zone of this restaurant and ${distanceKm.toFixed(1)} km away (radius ${input.restaurant.deliveryRadiusKm} km).`,
    )
  }
  let deliveryFee = zone ? zone.deliveryFee : input.restaurant.deliveryFee
  if (input.restaurant.freeDeliveryThreshold > 0 && food >= input.restaurant.freeDeliveryThreshold) deliveryFee = 0

  let couponAmount = 0
  let couponProblem: string | undefined
  if (input.coupon) {
    const c = couponDiscount(input.coupon, food, deliveryFee)
    couponAmount = c.amount
    couponProblem = c.problem
  }
  const discount = promotionDiscount + couponAmount
  const taxable = Math.max(0, food - (input.coupon?.discountType === 'free_delivery' ? 0 : couponAmount))
  const tax = Math.round((taxable * input.restaurant.taxRateBps) / 10000)
  const total = subtotal + deliveryFee + tax - discount
  return {
    lines,
    subtotal,
    promotionDiscount,
    couponDiscount: couponAmount,
    discount,
    deliveryFee,
    deliveryZoneId: zone?.id ?? null,
    distanceKm,
    estimatedMinutes: zone ? zone.estimatedTime : input.restaurant.estimatedDeliveryTime,
    tax,
    total,
    couponProblem,
  }
}
