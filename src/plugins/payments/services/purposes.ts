/** Registry of payment purposes: what a domain wants to happen when its payment is paid, fails or is refunded. */
import type { PayloadRequest } from 'payload'

import type { PaymentDoc } from './ledger'

export type PaymentPurposeHandlers = {
  /** The payment became `paid`. Runs once per payment, inside the job's transaction. */
  onPaid: (req: PayloadRequest, payment: PaymentDoc) => Promise<void> | void
  /** The payment became `failed`, `cancelled` or `expired`. Runs once per payment. */
  onFailed?: (req: PayloadRequest, payment: PaymentDoc) => Promise<void> | void
  /** Money went back to the payer: `amount` minor units in this refund (not cumulative). */
  onRefunded?: (req: PayloadRequest, payment: PaymentDoc, amount: number) => Promise<void> | void
}

const purposes = new Map<string, PaymentPurposeHandlers>()

const PURPOSE = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/

export function registerPaymentPurpose(purpose: string, handlers: PaymentPurposeHandlers): void {
  if (!PURPOSE.test(purpose)) {
    throw new Error(`Payment purpose "${purpose}" must look like "domain.thing" (lowercase, dot-separated).`)
  }
  if (typeof handlers?.onPaid !== 'function') throw new Error(`Payment purpose "${purpose}" needs an onPaid handler.`)
  purposes.set(purpose, handlers)
}

export const getPaymentPurpose = (purpose: string): PaymentPurposeHandlers | undefined => purposes.get(purpose)

/** For tests: forget a purpose. */
export const unregisterPaymentPurpose = (purpose: string) => purposes.delete(purpose)
