import { describe, expect, it } from 'vitest'

import { couponDiscount, DeliveryOutOfRange, priceOrder, promotionRunning, type PricingInput, type PromotionRule } from './pricing'

// The seed's example order at its restaurant 12: 2 × Burger Royal (8.90, size medium +1.50,
// extras cheese +1.00 and bacon +1.50) + 1 × Frites (3.50), WELCOME10 (10%, min 15.00, max 5.00),
// delivery fee 2.99, free from 25.00. Amounts in cents.
const happyHour: PromotionRule = {
  id: 8, name: 'Happy Hour', promotionType: 'percentage', discountValue: 20, items: [45, 46, 47],
  validFrom: '2024-02-01T00:00:00Z', validUntil: '2024-02-28T23:59:59Z', active: true,
  applicableDays: [0, 1, 2, 3, 4], startTime: '17:00', endTime: '19:00', priority: 10,
}
const base = (now: Date): PricingInput => ({
  now,
  timeZone: 'Europe/Paris',
  restaurant: { lat: 48.8534, lng: 2.3442, deliveryFee: 299, freeDeliveryThreshold: 2500, deliveryRadiusKm: 5, estimatedDeliveryTime: 30, taxRateBps: 0 },
  lines: [
    { menuItemId: 45, quantity: 2, basePrice: 890, optionsModifier: 150 + 100 + 150 },
    { menuItemId: 52, quantity: 1, basePrice: 350, optionsModifier: 0 },
  ],
  promotions: [happyHour],
  zones: [],
  destination: { lat: 48.8566, lng: 2.3522 },
  coupon: { id: 15, code: 'WELCOME10', discountType: 'percentage', discountValue: 10, minOrderAmount: 1500, maxDiscountAmount: 500 },
})

describe('pricing the seed example order', () => {
  it('outside happy hour: subtotal 29.30, free delivery, WELCOME10 −2.93, total 26.37', () => {
    const p = priceOrder(base(new Date('2024-02-15T12:00:00+01:00'))) // Thursday noon
    expect(p.lines[0].unitPrice).toBe(1290)
    expect(p.subtotal).toBe(2930)
    expect(p.promotionDiscount).toBe(0)
    expect(p.deliveryFee).toBe(0)
    expect(p.couponDiscount).toBe(293)
    expect(p.total).toBe(2930 + 0 + 0 - 293)
  })
  it('during happy hour (Thursday 18:00 Paris): −20% on the burgers, the fee comes back under 25.00', () => {
    const p = priceOrder(base(new Date('2024-02-15T18:00:00+01:00')))
    expect(p.lines[0].promotionId).toBe(8)
    expect(p.lines[0].promotionDiscount).toBe(516) // 20% of 25.80
    expect(p.lines[1].promotionDiscount).toBe(0)
    expect(p.deliveryFee).toBe(299) // 29.30 − 5.16 = 24.14 < 25.00
    expect(p.couponDiscount).toBe(241) // 10% of 24.14
    expect(p.discount).toBe(516 + 241)
    expect(p.total).toBe(p.subtotal + p.deliveryFee + p.tax - p.discount)
    expect(p.total).toBe(2472)
  })
  it('happy hour is off on Saturday and after 19:00', () => {
    expect(promotionRunning(happyHour, new Date('2024-02-17T18:00:00+01:00'), 'Europe/Paris')).toBe(false)
    expect(promotionRunning(happyHour, new Date('2024-02-15T19:00:00+01:00'), 'Europe/Paris')).toBe(false)
    expect(promotionRunning(happyHour, new Date('2024-02-15T17:00:00+01:00'), 'Europe/Paris')).toBe(true)
  })
  it('picks the promotion of highest priority per item, then the bigger saving', () => {
    const low: PromotionRule = { ...happyHour, id: 9, priority: 1, discountValue: 50, startTime: null, endTime: null, applicableDays: [] }
    const p = priceOrder({ ...base(new Date('2024-02-15T18:00:00+01:00')), promotions: [low, happyHour] })
    expect(p.lines[0].promotionId).toBe(8)
    const bxgy: PromotionRule = { ...low, id: 10, promotionType: 'buy_x_get_y', buyQuantity: 1, getQuantity: 1, items: [52], priority: 5 }
    const q = priceOrder({ ...base(new Date('2024-02-15T12:00:00+01:00')), promotions: [bxgy], lines: [{ menuItemId: 52, quantity: 3, basePrice: 350, optionsModifier: 0 }], coupon: null })
    expect(q.lines[0].promotionDiscount).toBe(350) // 3 fries: one free
  })
  it('caps the coupon, refuses under the minimum, and free delivery coupons give the fee', () => {
    expect(couponDiscount({ id: 1, code: 'X', discountType: 'percentage', discountValue: 10, minOrderAmount: 1500, maxDiscountAmount: 500 }, 9000, 299).amount).toBe(500)
    expect(couponDiscount({ id: 1, code: 'X', discountType: 'percentage', discountValue: 10, minOrderAmount: 1500 }, 1000, 299).problem).toMatch(/must reach/)
    expect(couponDiscount({ id: 1, code: 'X', discountType: 'free_delivery', discountValue: 0, minOrderAmount: 0 }, 1000, 299).amount).toBe(299)
  })
  it('zone fee wins inside a polygon; outside every zone and the radius is refused; tax is added', () => {
    const zone = { id: 3, active: true, deliveryFee: 150, estimatedTime: 20, polygon: { type: 'Polygon' as const, coordinates: [[[2.3522, 48.8566], [2.36, 48.8566], [2.36, 48.86], [2.3522, 48.86], [2.3522, 48.8566]]] as [number, number][][] } }
    const input = { ...base(new Date('2024-02-15T12:00:00+01:00')), zones: [zone], coupon: null, destination: { lat: 48.858, lng: 2.356 } }
    input.restaurant = { ...input.restaurant, freeDeliveryThreshold: 0, taxRateBps: 1000 }
    const p = priceOrder(input)
    expect(p.deliveryFee).toBe(150)
    expect(p.deliveryZoneId).toBe(3)
    expect(p.tax).toBe(293)
    expect(() => priceOrder({ ...input, destination: { lat: 48.95, lng: 2.5 } })).toThrow(DeliveryOutOfRange)
  })
})
