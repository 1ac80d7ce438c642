/**
 * The `payments` service plugin and its public API for domain plugins.
 *
 * A domain registers a purpose once (at module load) and asks for payments:
 *
 * ```ts
 * registerPaymentPurpose('dance.festival-registration', {
 *   onPaid: async (req, payment) => confirmRegistration(req, payment.resourceId),
 *   onFailed: async (req, payment) => releaseSlot(req, payment.resourceId),
 * })
 * const pay = await requestPayment(req, {
 *   purpose: 'dance.festival-registration',
 *   resource: { collection: 'festival-registrations', id: registration.id },
 *   payer: req.user, amount: priceFromServer, currency: 'XOF', provider: 'orange-money',
 *   idempotencyKey: `festival-registration:${registration.id}`,
 * })
 * // pay.client → { type: 'redirect', url } | { type: 'stripe_payment_intent', clientSecret } | …
 * ```
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { PaymentEvents } from './collections/payment-events'
import { Payments } from './collections/payments'
import { applyEventTask, reconcileTask } from './jobs'
import { queueCustomerSync, stripeCustomerField, syncCustomerTask } from './services/customers'
import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'

/** Payers are Stripe customers: `users` gets the customer id and the hook that keeps it in sync. */
const withStripeCustomer = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'users'
    ? collection
    : {
        ...collection,
        fields: [...collection.fields, stripeCustomerField],
        hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueCustomerSync] },
      }

export type { PaymentPurposeHandlers } from './services/purposes'
export type { PaymentRequestResult, RequestPaymentInput } from './services/request-payment'
export type { PaymentDoc } from './services/ledger'
export type { PaymentStatus } from './services/state-machine'
export type { ClientAction, ProviderName } from './providers/types'
export { PROVIDER_NAMES } from './providers/types'
export { enabledProviders } from './providers'
/** Renders minor units for people: `1500 XOF`, `12.50 EUR`. */
export { formatAmount } from './services/money'

/**
 * Registers what happens when a payment for `purpose` changes state. Call it once per purpose,
 * at module load of the domain plugin.
 *
 * Handlers run inside the job that applies the provider event, in its database transaction
 * (use the given `req` for Local API calls), once per payment: `onPaid` when the payment becomes
 * `paid`; `onFailed` when it becomes `failed`, `cancelled` or `expired`; `onRefunded` with the
 * amount of each refund (minor units). A handler that throws rolls the status change back and the
 * job retries it later.
 *
 * @param purpose - `domain.thing`, lowercase and dot-separated (e.g. `dance.festival-registration`).
 * @param handlers - `{ onPaid(req, payment), onFailed?(req, payment), onRefunded?(req, payment, amount) }`.
 */
export { registerPaymentPurpose } from './services/purposes'

/**
 * Opens a payment and returns what the client needs to pay.
 *
 * The amount must be computed by the caller on the server (integer minor units + ISO currency);
 * it is written to the ledger and is the only amount the platform accepts from providers.
 * The same `idempotencyKey` returns the same payment (`reused: true`); reusing it for a different
 * amount, payer, purpose or provider answers 409.
 *
 * `result.client` is one of:
 * - `{ type: 'stripe_payment_intent', clientSecret, paymentIntentId, publishableKey? }` — confirm with Stripe.js / mobile SDK;
 * - `{ type: 'redirect', url }` — Orange Money payment page;
 * - `{ type: 'confirm_on_phone', message }` — MTN MoMo / Moov Money: the payer approves on their phone;
 * - `{ type: 'sandbox', url, label }` — the offline test page (not real money).
 *
 * @throws 400 on invalid input, unknown purpose or disabled provider; 409 on a reused key; 502 when the provider refuses.
 */
export { requestPayment } from './services/request-payment'

/**
 * Refunds a payment, fully (default) or partly (`amount`, minor units), through its provider, under
 * a row lock; runs in the caller's transaction when there is one. Fires the purpose's `onRefunded`.
 *
 * @throws 404 unknown payment; 409 nothing left to refund / provider not enabled; 422 provider refused or offers no refund API.
 */
export { refundPayment } from './services/refund'
export type { RefundInput } from './services/refund'

export const paymentsPlugin =
  (): Plugin =>
  (config: Config): Config =>
    addDashboardWidgets(
      {
        ...config,
        // the ledger is for admins; provider events are internal records
        collections: [...(config.collections ?? []).map(withStripeCustomer), ...forRoles([Payments], []), asSystem(PaymentEvents)],
        jobs: {
          ...config.jobs,
          tasks: [...(config.jobs?.tasks ?? []), applyEventTask, reconcileTask, syncCustomerTask],
        },
      },
      [{ slug: 'payments-overview', Component: '/plugins/payments/admin/dashboard-widget#PaymentsWidget', label: { en: 'Payments', fr: 'Paiements' }, roles: [], order: 30, width: 'large' }],
    )

export { seedPayments } from './seed'
