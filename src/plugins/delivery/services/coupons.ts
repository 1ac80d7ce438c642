/**
 * Coupon eligibility (static rules) and its reservation under concurrency: the usage counter is
 * incremented by a conditional UPDATE (… WHERE usage_count < usage_limit), which also locks the
 * coupon row until the order's transaction ends, so the per-user count that follows is serialised.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { CouponRule } from './pricing'

import { conflict } from '../../../endpoints/http'
import { idOf } from '../access'
import { rows } from '../../../db/transaction'

export type CouponDoc = {
  id: number | string
  code: string
  description?: null | string
  discountType: CouponRule['discountType']
  discountValue: number
  minOrderAmount: number
  maxDiscountAmount?: null | number
  validFrom: string
  validUntil: string
  active?: boolean | null
  usageLimit?: null | number
  usageLimitPerUser: number
  usageCount?: null | number
  restaurants?: unknown[] | null
  allowedUsers?: unknown[] | null
}

export const toCouponRule = (c: CouponDoc): CouponRule => ({
  id: c.id,
  code: c.code,
  discountType: c.discountType,
  discountValue: c.discountValue,
  minOrderAmount: c.minOrderAmount ?? 0,
  maxDiscountAmount: c.maxDiscountAmount,
})

export async function findCoupon(req: PayloadRequest, code: string): Promise<CouponDoc | null> {
  const found = await req.payload.find({
    collection: 'coupons',
    where: { code: { equals: code.trim().toUpperCase() } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true, // coupons are not readable by customers; the code is the secret
  })
  return (found.docs[0] as unknown as CouponDoc) ?? null
}

/** Why this coupon cannot be used by this user at this restaurant now, or null. */
export async function couponRefusal(
  req: PayloadRequest,
  coupon: CouponDoc | null,
  { restaurantId, userId, now }: { restaurantId: number | string; userId: number | string; now: Date },
): Promise<null | string> {
  if (!coupon || !coupon.active) return 'This coupon code does not exist or is no longer active.'
  if (now < new Date(coupon.validFrom)) return 'This coupon is not valid yet.'
  if (now > new Date(coupon.validUntil)) return 'This coupon has expired.'
  const restaurants = (coupon.restaurants ?? []).map((r) => String(idOf(r)))
  if (restaurants.length && !restaurants.includes(String(restaurantId))) return 'This coupon is not valid at this restaurant.'
  const allowed = (coupon.allowedUsers ?? []).map((u) => String(idOf(u)))
  if (allowed.length && !allowed.includes(String(userId))) return 'This coupon is reserved for other customers.'
  if (coupon.usageLimit && (coupon.usageCount ?? 0) >= coupon.usageLimit) return 'This coupon has reached its usage limit.'
  if ((await timesUsedBy(req, coupon.id, userId)) >= coupon.usageLimitPerUser) return 'You have already used this coupon the maximum number of times.'
  return null
}

export async function timesUsedBy(req: PayloadRequest, couponId: number | string, userId: number | string): Promise<number> {
  const r = await rows<{ n: number }>(req, sql`SELECT count(*)::int AS n FROM coupon_usages WHERE coupon_id = ${couponId} AND user_id = ${userId}`)
  return r[0]?.n ?? 0
}

/** Takes one use of the coupon inside the current transaction, or throws 409. */
export async function reserveCouponUse(req: PayloadRequest, coupon: CouponDoc, userId: number | string) {
  const taken = await rows(
    req,
    sql`UPDATE coupons SET usage_count = coalesce(usage_count, 0) + 1
        WHERE id = ${coupon.id} AND active AND (usage_limit IS NULL OR coalesce(usage_count, 0) < usage_limit)
        RETURNING usage_count`,
  )
  if (taken.length === 0) throw conflict('This coupon has reached its usage limit.')
  if ((await timesUsedBy(req, coupon.id, userId)) >= coupon.usageLimitPerUser) {
    throw conflict('You have already used this coupon the maximum number of times.')
  }
}

/** Gives the use back when the order is cancelled (idempotent: only if a usage row exists). */
export async function releaseCouponUse(req: PayloadRequest, orderId: number | string) {
  const removed = await rows<{ coupon_id: number }>(req, sql`DELETE FROM coupon_usages WHERE order_id = ${orderId} RETURNING coupon_id`)
  for (const r of removed) {
    await rows(req, sql`UPDATE coupons SET usage_count = greatest(coalesce(usage_count, 0) - 1, 0) WHERE id = ${r.coupon_id}`)
  }
}
