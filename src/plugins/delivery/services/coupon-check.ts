/** POST /coupons/validate: what the seed shows, with amounts in minor units next to the seed's major units. */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { HttpError, unprocessable } from '../../../endpoints/http'
import { couponRefusal, findCoupon, timesUsedBy, toCouponRule } from './coupons'
import { couponDiscount } from './pricing'

export const validateCouponSchema = z
  .object({
    code: z.string().trim().min(1).max(50),
    restaurant_id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).optional(),
    restaurant: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).optional(),
    /** major units, as in the seed (25.00) */
    order_amount: z.number().min(0).optional(),
    /** minor units (2500) */
    orderAmount: z.number().int().min(0).optional(),
    deliveryFee: z.number().int().min(0).optional(),
  })
  .refine((b) => b.restaurant_id !== undefined || b.restaurant !== undefined, { message: 'restaurant_id is required', path: ['restaurant_id'] })
  .refine((b) => b.order_amount !== undefined || b.orderAmount !== undefined, { message: 'order_amount is required', path: ['order_amount'] })

export async function validateCoupon(req: PayloadRequest, body: z.infer<typeof validateCouponSchema>) {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const restaurantId = (body.restaurant_id ?? body.restaurant) as number | string
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: restaurantId, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)
  if (!restaurant) throw unprocessable('restaurant_id: unknown restaurant.')
  const amount = body.orderAmount ?? Math.round((body.order_amount ?? 0) * 100)
  const coupon = await findCoupon(req, body.code)
  const refusal = await couponRefusal(req, coupon, { restaurantId: restaurant.id, userId: req.user.id, now: new Date() })
  const used = coupon ? await timesUsedBy(req, coupon.id, req.user.id) : 0
  const result = !refusal && coupon ? couponDiscount(toCouponRule(coupon), amount, body.deliveryFee ?? restaurant.deliveryFee ?? 0) : null
  const valid = Boolean(result && !result.problem)
  const discount = valid && result ? result.amount : 0
  return {
    valid,
    message: refusal ?? result?.problem ?? null,
    discount_amount: discount / 100,
    discountAmount: discount,
    currency: restaurant.currency ?? 'EUR',
    coupon: coupon && !refusal ? { code: coupon.code, description: coupon.description ?? '', discount_type: coupon.discountType } : null,
    can_use: !refusal,
    times_used_by_user: used,
  }
}
