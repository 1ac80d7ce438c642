/**
 * Notifications' dashboard widget (admins): deliveries that failed today or still wait, and
 * 30 days of deliveries sent and failed.
 */
import type { WidgetServerProps } from 'payload'

import { countFor, listLink, readWindow } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { dailySeries, startOfToday } from '../../../admin/dashboard/series'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'

export async function NotificationsWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const [failed, queued, deliveries] = await Promise.all([
    countFor(req, 'notification-deliveries', { and: [{ status: { equals: 'failed' } }, { updatedAt: { greater_than_equal: startOfToday() } }] }),
    countFor(req, 'notification-deliveries', { status: { in: ['queued', 'sending'] } }),
    readWindow<{ createdAt: string; status: string }>(req, 'notification-deliveries', { status: true }, { status: { in: ['sent', 'failed'] } }),
  ])
  const { points, keys } = dailySeries(deliveries, (d) => d.createdAt, (d) => d.status)
  const label = (k: string) => (k === 'sent' ? (fr ? 'Envoyées' : 'Sent') : fr ? 'Échouées' : 'Failed')
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Envois échoués (aujourd’hui)' : 'Failed sends (today)', count: failed, tone: 'alert', href: listLink(req, 'notification-deliveries', { status: { equals: 'failed' } }) },
        { label: fr ? 'Envois en attente' : 'Sends waiting', count: queued, href: listLink(req, 'notification-deliveries', { status: { in: 'queued,sending' } }) },
      ]}
      title={fr ? 'Notifications' : 'Notifications'}
    >
      <DailyChart kind="bar" points={points} series={keys.map((k) => ({ key: k, label: label(k) }))} title={fr ? 'Envois (30 jours)' : 'Sends (30 days)'} />
    </WidgetFrame>
  )
}
