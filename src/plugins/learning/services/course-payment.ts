/**
 * Paid enrollments through the payments plugin: a paid course's enrollment waits in
 * `pending_payment`; the payment's `paid` event activates it, a failed or expired one cancels it.
 */
import type { PayloadRequest } from 'payload'

import { conflict, HttpError } from '../../../endpoints/http'
import { type ProviderName, enabledProviders, registerPaymentPurpose, requestPayment } from '../../payments'
import { activatePaidEnrollment, cancelPendingEnrollment } from './enrollment'
import { hasCollection } from '../../../lib/has-collection'

export const ENROLLMENT_PURPOSE = 'learning.enrollment'

registerPaymentPurpose(ENROLLMENT_PURPOSE, {
  onPaid: async (req, payment) => {
    await activatePaidEnrollment(req, payment.resourceId)
  },
  onFailed: async (req, payment) => {
    await cancelPendingEnrollment(req, payment.resourceId)
  },
})

type Enrollment = { id: number | string; enrolledAt?: null | string }
type Course = { id: number | string; title?: null | string; price?: null | number; currency?: null | string }

export type PaymentChoice = { provider?: ProviderName; phone?: string; returnUrl?: string }

/** Opens (or, on a retried request, returns) the payment of a pending enrollment. */
export async function payForEnrollment(req: PayloadRequest, enrollment: Enrollment, course: Course, choice: PaymentChoice) {
  if (!hasCollection(req.payload, 'payments')) {
    await cancelPendingEnrollment(req, enrollment.id)
    throw new HttpError(503, 'Payments are not available on this platform: paid courses cannot be bought right now.')
  }
  const providers = enabledProviders()
  const provider = choice.provider ?? providers[0]
  if (!provider || !providers.includes(provider)) {
    await cancelPendingEnrollment(req, enrollment.id)
    throw conflict(`Payment provider "${choice.provider ?? '(none)'}" is not available. Available: ${providers.join(', ') || 'none'}.`)
  }
  try {
    return await requestPayment(req, {
      purpose: ENROLLMENT_PURPOSE,
      resource: { collection: 'enrollments', id: enrollment.id },
      payer: req.user!.id,
      amount: course.price ?? 0,
      currency: course.currency ?? 'XOF',
      provider,
      // a re-enrollment after a failed payment gets a fresh payment
      idempotencyKey: `${ENROLLMENT_PURPOSE}:${enrollment.id}:${enrollment.enrolledAt ?? ''}`,
      description: course.title ?? undefined,
      phone: choice.phone,
      returnUrl: choice.returnUrl,
    })
  } catch (err) {
    await cancelPendingEnrollment(req, enrollment.id)
    throw err
  }
}
