/**
 * The core's own widget (admins): background jobs that failed or wait, and new users over the
 * last 30 days.
 */
import type { WidgetServerProps } from 'payload'

import { countFor, readWindow } from '..'
import { DailyChart } from '../charts'
import { dailySeries } from '../series'
import { WidgetFrame } from '../widget-frame'

export async function PlatformWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const [failedJobs, waitingJobs, users] = await Promise.all([
    countFor(req, 'payload-jobs', { hasError: { equals: true } }),
    countFor(req, 'payload-jobs', { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }),
    readWindow<{ createdAt: string }>(req, 'users', { id: true }),
  ])
  const { points, keys } = dailySeries(users, (u) => u.createdAt, () => 'users')
  const admin = req.payload.config.routes.admin
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Tâches en échec' : 'Failed jobs', count: failedJobs, tone: 'alert', href: `${admin}/collections/payload-jobs?where[hasError][equals]=true` },
        { label: fr ? 'Tâches en attente' : 'Jobs waiting', count: waitingJobs, href: `${admin}/collections/payload-jobs` },
      ]}
      title={fr ? 'Plateforme' : 'Platform'}
    >
      <DailyChart kind="bar" points={points} series={keys.map((k) => ({ key: k, label: fr ? 'Nouveaux utilisateurs' : 'New users' }))} title={fr ? 'Nouveaux utilisateurs (30 jours)' : 'New users (30 days)'} />
    </WidgetFrame>
  )
}
