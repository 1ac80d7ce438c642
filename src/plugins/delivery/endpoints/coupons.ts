import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json } from '../../../endpoints/http'
import { validateCoupon, validateCouponSchema } from '../services/coupon-check'

/** POST /api/coupons/validate { code, restaurant_id, order_amount } → { valid, discount_amount, coupon } */
export const validateCouponEndpoint = defineEndpoint({
  path: '/validate',
  method: 'post',
  auth: 'user',
  summary: 'Check a coupon code against a restaurant and an order amount',
  body: validateCouponSchema,
  handler: async (req, { body }) => json(await validateCoupon(req, body)),
})
