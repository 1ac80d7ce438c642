/**
 * The single door through which the delivery plugin notifies a customer (every order status change
 * goes through here, with an idempotency key so a retried change never notifies twice), through
 * the notifications plugin.
 */
import type { PayloadRequest } from 'payload'

import { logger } from '../../../lib/logger'
import { notify, NotifyError } from '../../notifications'
import { hasCollection } from '../../../lib/has-collection'

export type CustomerNotification = {
  user: number | string
  type: 'order.status_changed'
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
      data: { ...n.data, number: n.data.orderNumber, url: `/orders/${String(n.data.orderId)}` },
      idempotencyKey: n.idempotencyKey,
    })
  } catch (err) {
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type: n.type, user: n.user }, 'delivery: notification not sent')
  }
}
