/** Reads: a user's subscriptions and the benefits they currently give (the public `activeBenefits`). */
import type { PayloadRequest } from 'payload'

import type { PlanDoc, SubscriptionDoc } from './subscriptions'

import { hasCollection } from '../../../lib/has-collection'
import { type Benefits, mergeBenefits, NO_BENEFITS } from './benefits'

/** Statuses whose benefits apply: paid period running, or a failed renewal inside its grace. */
export function givesBenefits(sub: Pick<SubscriptionDoc, 'currentPeriodEnd' | 'graceUntil' | 'status'>, now = new Date()): boolean {
  const after = (iso?: null | string) => Boolean(iso && new Date(iso) > now)
  if (sub.status === 'active' || sub.status === 'cancelling') return after(sub.currentPeriodEnd)
  if (sub.status === 'past_due') return after(sub.graceUntil) || after(sub.currentPeriodEnd)
  return false
}

/**
 * The benefits `userId` has right now, merged over their current subscriptions (the best discount,
 * priority if any plan gives it). A trusted server read: the caller decides whom it asks about.
 */
export async function activeBenefits(req: PayloadRequest, userId: number | string, now = new Date()): Promise<Benefits> {
  if (!hasCollection(req.payload, 'subscriptions')) return NO_BENEFITS
  const found = await req.payload.find({
    collection: 'subscriptions' as never,
    where: { and: [{ user: { equals: userId } }, { status: { in: ['active', 'cancelling', 'past_due'] } }] },
    depth: 1,
    limit: 50,
    req,
    overrideAccess: true,
  })
  const current = (found.docs as unknown as SubscriptionDoc[]).filter((s) => givesBenefits(s, now) && typeof s.plan === 'object')
  const plans = current.map((s) => s.plan as PlanDoc)
  return {
    ...mergeBenefits(plans.map((p) => p.benefits)),
    subscriptions: current.map((s) => ({
      id: s.id,
      plan: { id: (s.plan as PlanDoc).id, slug: (s.plan as PlanDoc).slug },
      status: s.status,
      until: (s.status === 'past_due' ? s.graceUntil : s.currentPeriodEnd) ?? '',
    })),
  }
}

/** The current user's subscriptions (newest first, plans included) and what they give now. */
export async function mySubscriptions(req: PayloadRequest) {
  const user = req.user!
  const found = await req.payload.find({
    collection: 'subscriptions' as never,
    where: { user: { equals: user.id } },
    sort: '-createdAt',
    depth: 1,
    limit: 100,
    req,
    overrideAccess: false,
    user,
  })
  return { subscriptions: found.docs, benefits: await activeBenefits(req, user.id) }
}
