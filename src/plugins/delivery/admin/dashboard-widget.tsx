/**
 * Delivery's dashboard widget: orders that wait for the restaurant, orders on their way, orders
 * whose payment failed today, and the last 30 days of orders and revenue per currency. Counts
 * and charts are read with the viewer's access (an owner sees their restaurants' orders).
 */
import type { WidgetServerProps } from 'payload'

import { countFor, listLink, readWindow } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { dailySeries, startOfToday } from '../../../admin/dashboard/series'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'

type OrderRow = { createdAt: string; currency: string; total: number; status: string }

export async function DeliveryWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const [waiting, inProgress, failedPayments, orders] = await Promise.all([
    countFor(req, 'orders', { status: { equals: 'pending' } }),
    countFor(req, 'orders', { status: { in: ['confirmed', 'preparing', 'ready', 'picked_up'] } }),
    countFor(req, 'orders', { and: [{ paymentStatus: { equals: 'failed' } }, { updatedAt: { greater_than_equal: startOfToday() } }] }),
    readWindow<OrderRow>(req, 'orders', { currency: true, total: true, status: true }),
  ])
  const count = dailySeries(orders, (o) => o.createdAt, () => 'orders')
  const revenue = dailySeries(orders.filter((o) => o.status !== 'cancelled'), (o) => o.createdAt, (o) => o.currency, (o) => o.total)
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Commandes en attente' : 'Orders waiting', count: waiting, tone: 'alert', href: listLink(req, 'orders', { status: { equals: 'pending' } }) },
        { label: fr ? 'Commandes en cours' : 'Orders in progress', count: inProgress, href: listLink(req, 'orders', { status: { in: 'confirmed,preparing,ready,picked_up' } }) },
        { label: fr ? 'Paiements échoués (aujourd’hui)' : 'Failed payments (today)', count: failedPayments, tone: 'alert', href: listLink(req, 'orders', { paymentStatus: { equals: 'failed' } }) },
      ]}
      title={fr ? 'Livraison' : 'Delivery'}
    >
      <DailyChart kind="bar" points={count.points} series={count.keys.map((k) => ({ key: k, label: fr ? 'Commandes' : 'Orders' }))} title={fr ? 'Commandes (30 jours)' : 'Orders (30 days)'} />
      {revenue.keys.map((currency) => (
        <DailyChart key={currency} points={revenue.points} series={[{ key: currency, label: currency, currency }]} title={fr ? `Chiffre d’affaires ${currency} (30 jours)` : `Revenue ${currency} (30 days)`} />
      ))}
    </WidgetFrame>
  )
}
