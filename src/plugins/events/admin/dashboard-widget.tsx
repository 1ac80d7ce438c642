/**
 * Events' dashboard widget: events waiting for moderation and starting within a week, events by
 * status, 30 days of registrations and of revenue (per currency), and the fill rate of the next
 * upcoming events. Read with the viewer's access (services/dashboard.ts): an organizer sees their
 * own events' numbers, moderators all.
 */
import type { WidgetServerProps } from 'payload'

import { listLink } from '../../../admin/dashboard'
import { CategoryBarChart, DailyChart } from '../../../admin/dashboard/charts'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'
import { EVENT_STATUS_LABELS } from '../collections/events'
import { eventsDashboard } from '../services/dashboard'

const short = (title: string) => (title.length > 22 ? `${title.slice(0, 21)}…` : title)

export async function EventsWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const { waitingModeration, upcomingWeek, byStatus, registrations, revenue, fillRates } = await eventsDashboard(req)
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'En attente de validation' : 'Waiting for moderation', count: waitingModeration, tone: 'alert', href: listLink(req, 'events', { status: { equals: 'pending_review' } }) },
        { label: fr ? 'Cette semaine' : 'This week', count: upcomingWeek, href: listLink(req, 'events', { status: { equals: 'published' }, startsAt: { greater_than_equal: new Date().toISOString().slice(0, 10) } }) },
      ]}
      title={fr ? 'Événements' : 'Events'}
    >
      <CategoryBarChart
        bars={[{ key: 'events', label: fr ? 'Événements' : 'Events' }]}
        data={byStatus.map((s) => ({ name: EVENT_STATUS_LABELS[s.status]?.[fr ? 'fr' : 'en'] ?? s.status, events: s.count }))}
        height={180}
        title={fr ? 'Événements par statut' : 'Events by status'}
      />
      <DailyChart kind="bar" points={registrations.points} series={registrations.keys.map((k) => ({ key: k, label: fr ? 'Inscriptions' : 'Registrations' }))} title={fr ? 'Inscriptions (30 jours)' : 'Registrations (30 days)'} />
      {revenue.map(({ currency, points, keys }) => (
        <DailyChart key={currency} points={points} series={keys.map((k) => ({ key: k, label: fr ? 'Recettes' : 'Revenue', currency }))} title={fr ? `Recettes en ${currency} (30 jours, jour de l'inscription)` : `Revenue in ${currency} (30 days, by booking day)`} />
      ))}
      {fillRates.length ? (
        <CategoryBarChart
          bars={[{ key: 'percent', label: fr ? 'Remplissage' : 'Fill rate' }]}
          data={fillRates.map((f) => ({ name: short(f.title), percent: f.percent }))}
          title={fr ? 'Remplissage des prochains événements (places prises ou réservées / capacité)' : 'Fill rate of the next events (places taken or held / capacity)'}
          unit="%"
        />
      ) : null}
    </WidgetFrame>
  )
}
