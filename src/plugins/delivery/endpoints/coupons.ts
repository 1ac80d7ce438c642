import type { Endpoint } from 'payload'

import { json, parseBody, requireUser } from '../../../endpoints/http'
import { validateCoupon, validateCouponSchema } from '../services/coupon-check'

/** POST /api/coupons/validate { code, restaurant_id, order_amount } → { valid, discount_amount, coupon } */
export const validateCouponEndpoint: Endpoint = {
  path: '/validate',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    return json(await validateCoupon(req, await parseBody(req, validateCouponSchema)))
  },
}
