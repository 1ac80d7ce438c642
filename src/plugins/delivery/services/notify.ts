/**
 * The single door through which the delivery plugin notifies a customer (every order status change
 * goes through here, with an idempotency key so a retried change never notifies twice).
 */
import type { PayloadRequest } from 'payload'

export type CustomerNotification = {
  user: number | string
  type: 'order.status_changed'
  data: Record<string, unknown>
  idempotencyKey: string
}

// wired to the notifications plugin by the lead at merge
export async function notifyCustomer(_req: PayloadRequest, _notification: CustomerNotification): Promise<void> {
  // Intentionally records nothing until the notifications plugin is merged: it owns templates,
  // channels, preferences and de-duplication on `idempotencyKey`.
}
