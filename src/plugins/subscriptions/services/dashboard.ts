/**
 * The numbers of the subscriptions dashboard widget, read with the viewer's access (admins read
 * every subscription; anyone else only their own).
 */
import type { PayloadRequest } from 'payload'

import { countFor, readWindow } from '../../../admin/dashboard'
import { dailySeries } from '../../../admin/dashboard/series'

type SubscriptionRow = { createdAt: string; status: string }

/** Subscriptions that give their benefits now (cancelling ones run until their period ends). */
export const ACTIVE_STATUSES = ['active', 'cancelling']

export async function subscriptionsDashboard(req: PayloadRequest, now = new Date()) {
  const [active, pastDue, created] = await Promise.all([
    countFor(req, 'subscriptions', { status: { in: ACTIVE_STATUSES } }),
    countFor(req, 'subscriptions', { status: { equals: 'past_due' } }),
    readWindow<SubscriptionRow>(req, 'subscriptions', { status: true }),
  ])
  return { active, pastDue, created: dailySeries(created, (s) => s.createdAt, () => 'subscriptions', () => 1, now) }
}
