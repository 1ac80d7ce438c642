/**
 * Payments' dashboard widget (admins): payments that failed today, payments still pending, and
 * 30 days of money received per currency, one line per provider.
 */
import type { WidgetServerProps } from 'payload'

import { countFor, listLink, readWindow } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { dailySeries, startOfToday } from '../../../admin/dashboard/series'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'

type PaymentRow = { paidAt: string; amount: number; refundedAmount?: number; currency: string; provider: string }

export async function PaymentsWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const [failed, pending, paid] = await Promise.all([
    countFor(req, 'payments', { and: [{ status: { equals: 'failed' } }, { updatedAt: { greater_than_equal: startOfToday() } }] }),
    countFor(req, 'payments', { status: { in: ['pending', 'processing'] } }),
    readWindow<PaymentRow>(req, 'payments', { amount: true, refundedAmount: true, currency: true, provider: true }, { status: { in: ['paid', 'partially_refunded', 'refunded'] } }, 'paidAt'),
  ])
  const currencies = [...new Set(paid.map((p) => p.currency))].sort()
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Paiements échoués (aujourd’hui)' : 'Failed payments (today)', count: failed, tone: 'alert', href: listLink(req, 'payments', { status: { equals: 'failed' } }) },
        { label: fr ? 'Paiements en attente' : 'Payments pending', count: pending, href: listLink(req, 'payments', { status: { in: 'pending,processing' } }) },
      ]}
      title={fr ? 'Paiements' : 'Payments'}
    >
      {currencies.length === 0 ? <DailyChart points={[]} series={[]} title={fr ? 'Encaissements (30 jours)' : 'Money received (30 days)'} /> : null}
      {currencies.map((currency) => {
        const { points, keys } = dailySeries(
          paid.filter((p) => p.currency === currency),
          (p) => p.paidAt,
          (p) => p.provider,
          (p) => p.amount - (p.refundedAmount ?? 0),
        )
        return <DailyChart key={currency} points={points} series={keys.map((k) => ({ key: k, label: k, currency }))} title={fr ? `Encaissements ${currency} par prestataire (30 jours)` : `Money received in ${currency} per provider (30 days)`} />
      })}
    </WidgetFrame>
  )
}
