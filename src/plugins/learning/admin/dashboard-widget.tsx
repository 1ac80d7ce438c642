/**
 * Learning's dashboard widget: enrollments waiting for payment and 30 days of enrollments, with
 * the viewer's access (an instructor sees their own courses' learners), and a link to the course
 * statistics view.
 */
import type { WidgetServerProps } from 'payload'

import { countFor, listLink, readWindow } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { dailySeries } from '../../../admin/dashboard/series'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'

export async function LearningWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const [pendingPayment, enrollments] = await Promise.all([
    countFor(req, 'enrollments', { status: { equals: 'pending_payment' } }),
    readWindow<{ createdAt: string; status: string }>(req, 'enrollments', { status: true }),
  ])
  const { points, keys } = dailySeries(enrollments, (e) => e.createdAt, () => 'enrollments')
  return (
    <WidgetFrame
      counts={[{ label: fr ? 'Inscriptions en attente de paiement' : 'Enrollments awaiting payment', count: pendingPayment, href: listLink(req, 'enrollments', { status: { equals: 'pending_payment' } }) }]}
      title={fr ? 'Formation' : 'Learning'}
    >
      <DailyChart kind="bar" points={points} series={keys.map((k) => ({ key: k, label: fr ? 'Inscriptions' : 'Enrollments' }))} title={fr ? 'Inscriptions (30 jours)' : 'Enrollments (30 days)'} />
      <p style={{ marginTop: 8 }}>
        <a href={`${req.payload.config.routes.admin}/learning-stats`}>{fr ? 'Statistiques des cours →' : 'Course statistics →'}</a>
      </p>
    </WidgetFrame>
  )
}
