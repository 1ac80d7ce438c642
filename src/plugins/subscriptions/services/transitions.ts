/**
 * The subscription state machine: ONE table of allowed status changes and who may make them.
 * `owner` = the subscriber, `admin` = an admin, `system` = the renewal job and the payment handlers.
 * Anything else is refused with 409 and a message saying why.
 *
 *   pending_payment → active (first payment paid) | cancelled (payment failed, abandoned)
 *   active → past_due (renewal failed or unpaid at period end) | cancelling (cancel at period end) | cancelled (admin, at once)
 *   past_due → active (late renewal paid) | expired (grace over) | cancelling / cancelled (the subscriber gives up)
 *   cancelling → expired (period end) | active (resumed, or the renewal was paid) | cancelled (admin, at once)
 *
 * Extending the period of an active subscription (a paid renewal) is not a status change.
 */
export const SUBSCRIPTION_STATUSES = ['pending_payment', 'active', 'past_due', 'cancelling', 'expired', 'cancelled'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/** Statuses that hold the (user, plan) slot: at most one such subscription per user and plan (a partial unique index). */
export const LIVE_STATUSES: readonly SubscriptionStatus[] = ['pending_payment', 'active', 'past_due', 'cancelling']

export type Actor = 'admin' | 'owner' | 'system'

export const TRANSITIONS: Record<SubscriptionStatus, Partial<Record<SubscriptionStatus, Actor[]>>> = {
  pending_payment: { active: ['system'], cancelled: ['owner', 'admin', 'system'] },
  active: { past_due: ['system'], cancelling: ['owner', 'admin', 'system'], cancelled: ['admin'] },
  past_due: { active: ['system'], expired: ['system'], cancelling: ['owner', 'admin'], cancelled: ['owner', 'admin'] },
  cancelling: { expired: ['system'], active: ['owner', 'admin', 'system'], cancelled: ['admin'] },
  expired: {},
  cancelled: {},
}

/** Null when `actor` may move a subscription from `from` to `to`, else the reason. */
export function transitionError(from: SubscriptionStatus, to: SubscriptionStatus, actor: Actor): null | string {
  if (from === to) return `The subscription is already ${from}.`
  const who = TRANSITIONS[from]?.[to]
  if (!who) {
    const next = Object.keys(TRANSITIONS[from] ?? {})
    return next.length
      ? `A ${from} subscription cannot become ${to}; it can become: ${next.join(', ')}.`
      : `A ${from} subscription is final and cannot change any more.`
  }
  if (!who.includes(actor)) {
    const people = who.filter((a) => a !== 'system').map((a) => (a === 'owner' ? 'the subscriber' : 'an admin'))
    return people.length
      ? `Only ${people.join(' or ')} may move a subscription from ${from} to ${to}.`
      : `A subscription moves from ${from} to ${to} only by itself (payment or renewal job), never by request.`
  }
  return null
}
