/**
 * Subscriptions plugin (seed 003, SpotVibe): `subscription-plans` (price per month or year, benefits)
 * and `subscriptions` paid period by period through `payments` (mobile money first), renewed by a
 * job before they end (grace on failure, then expiry), cancellable at period end, each step
 * notified through `notifications`.
 *
 * Public API for other plugins:
 * ```ts
 * import { activeBenefits } from '../subscriptions'
 * const { bookingDiscountPercent, priorityBooking } = await activeBenefits(req, userId)
 * ```
 */
import type { Config, Plugin } from 'payload'

import { addDashboardWidgets } from '../../admin/dashboard'
import { forRoles } from '../../admin/visibility'
import { SubscriptionPlans } from './collections/subscription-plans'
import { Subscriptions } from './collections/subscriptions'
import { renewTask } from './jobs'
import { settings } from './services/settings'

/**
 * The benefits a user has right now, merged over their current subscriptions (active, cancelling
 * until the period end, past due within the grace): `{ bookingDiscountPercent, priorityBooking,
 * subscriptions }`. A trusted read (no access control): pass `req` to stay in its transaction.
 * Answers "no benefits" when the plugin is switched off.
 */
export { activeBenefits } from './services/queries'
export type { Benefits, BenefitType, PlanBenefit } from './services/benefits'
export type { SubscriptionStatus } from './services/transitions'
export { seedSubscriptions } from './seed'

export const subscriptionsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    settings() // a bad SUBSCRIPTIONS_* value stops the start, not the first renewal
    return addDashboardWidgets(
      {
        ...config,
        collections: [...(config.collections ?? []), ...forRoles([SubscriptionPlans, Subscriptions], ['editor'])],
        jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), renewTask()] },
      },
      // admins only: anyone else reads only their own subscription
      [{ slug: 'subscriptions-overview', Component: '/plugins/subscriptions/admin/dashboard-widget#SubscriptionsWidget', label: { en: 'Subscriptions', fr: 'Abonnements' }, roles: [], order: 35, width: 'medium' }],
    )
  }
