/**
 * Events' dashboard widget: events waiting for moderation, published events starting within a
 * week, and 30 days of registrations. Read with the viewer's access (services/dashboard.ts): an
 * organizer sees their own events' numbers, moderators all.
 */
import type { WidgetServerProps } from 'payload'

import { listLink } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'
import { eventsDashboard } from '../services/dashboard'

export async function EventsWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const { waitingModeration, upcomingWeek, registrations } = await eventsDashboard(req)
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'En attente de validation' : 'Waiting for moderation', count: waitingModeration, tone: 'alert', href: listLink(req, 'events', { status: { equals: 'pending_review' } }) },
        { label: fr ? 'Cette semaine' : 'This week', count: upcomingWeek, href: listLink(req, 'events', { status: { equals: 'published' }, startsAt: { greater_than_equal: new Date().toISOString().slice(0, 10) } }) },
      ]}
      title={fr ? 'Événements' : 'Events'}
    >
      <DailyChart kind="bar" points={registrations.points} series={registrations.keys.map((k) => ({ key: k, label: fr ? 'Inscriptions' : 'Registrations' }))} title={fr ? 'Inscriptions (30 jours)' : 'Registrations (30 days)'} />
    </WidgetFrame>
  )
}
