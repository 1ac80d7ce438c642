/**
 * Subscriptions' dashboard widget (admins): active subscriptions, those past due (in their grace
 * period), and 30 days of new subscriptions. Read with the viewer's access (services/dashboard.ts).
 */
import type { WidgetServerProps } from 'payload'

import { listLink } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'
import { ACTIVE_STATUSES, subscriptionsDashboard } from '../services/dashboard'

export async function SubscriptionsWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const { active, pastDue, created } = await subscriptionsDashboard(req)
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Abonnements actifs' : 'Active subscriptions', count: active, href: listLink(req, 'subscriptions', { status: { in: ACTIVE_STATUSES.join(',') } }) },
        { label: fr ? 'Paiements en retard' : 'Past due', count: pastDue, tone: 'alert', href: listLink(req, 'subscriptions', { status: { equals: 'past_due' } }) },
      ]}
      title={fr ? 'Abonnements' : 'Subscriptions'}
    >
      <DailyChart kind="bar" points={created.points} series={created.keys.map((k) => ({ key: k, label: fr ? 'Nouveaux abonnements' : 'New subscriptions' }))} title={fr ? 'Nouveaux abonnements (30 jours)' : 'New subscriptions (30 days)'} />
    </WidgetFrame>
  )
}
