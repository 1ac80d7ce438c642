/**
 * The single door through which the delivery plugin notifies a customer (every order status change
 * goes through here) or a driver (an offer), with an idempotency key so a retried change never notifies twice), through
 * the notifications plugin.
 */
import type { PayloadRequest } from 'payload'

import { logger } from '../../../lib/logger'
import { notify, NotifyError, registerNotificationTemplates } from '../../notifications'
import { hasCollection } from '../../../lib/has-collection'

// delivery.offer is the delivery plugin's own type: a driver is offered an order for a limited time
registerNotificationTemplates(
  (['in-app', 'push'] as const).flatMap((channel) => [
    { type: 'delivery.offer', channel, locale: 'fr' as const, actionUrl: '{{ url }}', title: 'Course proposée : {{ restaurant }}', body: 'Commande {{ number }} à récupérer chez {{ restaurant }} ({{ distanceKm }} km). Acceptez avant {{ expiresAt }}.' },
    { type: 'delivery.offer', channel, locale: 'en' as const, actionUrl: '{{ url }}', title: 'Delivery offered: {{ restaurant }}', body: 'Order {{ number }} to pick up at {{ restaurant }} ({{ distanceKm }} km). Accept before {{ expiresAt }}.' },
  ]),
)

export type CustomerNotification = {
  user: number | string
  type: 'delivery.offer' | 'order.status_changed'
  data: Record<string, unknown>
  idempotencyKey: string
}

export async function notifyCustomer(req: PayloadRequest, n: CustomerNotification): Promise<void> {
  // the notifications plugin can be disabled: orders keep working without it
  if (!hasCollection(req.payload, 'notifications')) return
  try {
    await notify(req, {
      user: n.user,
      type: n.type,
      // the template speaks of {{ number }}, {{ status }} and {{ url }}
      data: { ...n.data, number: n.data.orderNumber, url: n.data.url ?? `/orders/${String(n.data.orderId)}` },
      idempotencyKey: n.idempotencyKey,
    })
  } catch (err) {
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type: n.type, user: n.user }, 'delivery: notification not sent')
  }
}
