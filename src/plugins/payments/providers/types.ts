/** The one adapter interface every payment provider implements. */
import type { PaymentStatus } from '../services/state-machine'

export const PROVIDER_NAMES = ['stripe', 'orange-money', 'mtn-momo', 'moov-money', 'sandbox'] as const
export type ProviderName = (typeof PROVIDER_NAMES)[number]

/** What the adapter needs to know about a ledger row. */
export type ProviderPayment = {
  id: number | string
  amount: number
  currency: string
  description?: null | string
  phone?: null | string
  providerReference?: null | string
  providerData?: null | Record<string, unknown>
  purpose: string
  /** The payer's customer at the provider (Stripe), when the provider keeps customers. */
  customer?: null | string
}

/** The payer as a provider's customer record. */
export type ProviderCustomer = {
  userId: number | string
  email: string
  name?: string
  /** The provider's id when the customer exists already (then it is updated). */
  customerId?: null | string
}

/** What the client app needs to do next to pay. */
export type ClientAction =
  | { clientSecret: string; paymentIntentId: string; publishableKey?: string; type: 'stripe_payment_intent' }
  | { message: string; type: 'confirm_on_phone' }
  | { type: 'redirect'; url: string }
  | { label: string; type: 'sandbox'; url: string }

export type InitiateContext = {
  /** Absolute URL of this provider's webhook endpoint. */
  notifyUrl: string
  returnUrl: string
  cancelUrl: string
}

export type InitiateResult = {
  providerReference: string
  /** Secret the provider will echo in its callback (Orange notif_token, sandbox token). */
  callbackToken?: string
  providerData?: Record<string, unknown>
  client: ClientAction
}

/** A provider's view of a payment. Amounts in minor units. */
export type ProviderOutcome = {
  status: Exclude<PaymentStatus, 'partially_refunded'> | 'pending'
  amount?: number
  currency?: string
  /** Cumulative amount refunded, for refund events. */
  refundedAmount?: number
  reason?: string
}

export type PaymentLookup = { callbackToken?: string; paymentId?: number | string; providerReference?: string }

/** A webhook whose authenticity has been checked. */
export type VerifiedEvent = {
  /** The provider's event id (or a stable id built from the callback): the dedupe key. */
  eventId: string
  type: string
  payload: unknown
  lookup: PaymentLookup
  /**
   * The outcome when the event itself is authoritative (signed Stripe event, sandbox confirm page).
   * Absent for callbacks that are only hints (MTN MoMo, Moov, Orange): the job re-reads the status.
   */
  outcome?: ProviderOutcome
}

export type RefundResult = { refundId: string; status: 'failed' | 'pending' | 'succeeded' }

export class WebhookRejected extends Error {}
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

export interface PaymentProvider {
  readonly name: ProviderName
  /** Operators that do not retry callbacks: polled by the reconciliation job. */
  readonly polled: boolean
  /**
   * Events are signed with the account's secret (Stripe): an event about a payment this server does
   * not know (another integration on the same account, a deleted row) is genuine, so it is
   * acknowledged 2xx and recorded as ignored — the provider retries non-2xx for days, then disables
   * the endpoint. Unsigned callbacks about unknown payments stay 404.
   */
  readonly signedEvents?: boolean
  initiate(payment: ProviderPayment, context: InitiateContext): Promise<InitiateResult>
  /** Checks the webhook's authenticity on the raw body; throws WebhookRejected; `null` = not an event we handle. */
  verifyWebhook(input: { headers: Headers; method: string; rawBody: string; url: URL }): Promise<null | VerifiedEvent>
  /** Reads the payment's status from the provider. */
  fetchStatus(payment: ProviderPayment): Promise<ProviderOutcome>
  /** Creates or updates the payer's customer record; returns its id. Absent: no customers. */
  syncCustomer?(customer: ProviderCustomer): Promise<string>
  /** Refunds `amount` minor units; absent when the provider has no refund API. */
  refund?(payment: ProviderPayment, amount: number, idempotencyKey: string): Promise<RefundResult>
  /** Reads a refund the provider answered `pending`; absent when refunds are answered at once. */
  fetchRefund?(refundId: string, payment: ProviderPayment): Promise<RefundResult['status']>
}

/** A small fetch wrapper for operators' JSON APIs: non-2xx → ProviderError with the answer. */
export async function callJson<T = any>(url: string, init: RequestInit & { expect?: number[] } = {}): Promise<{ body: T; status: number }> {
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(15_000) })
  } catch (err) {
    throw new ProviderError(`Could not reach ${new URL(url).host}: ${(err as Error).message}`)
  }
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    /* not JSON */
  }
  const ok = init.expect ? init.expect.includes(res.status) : res.ok
  if (!ok) throw new ProviderError(`${new URL(url).pathname} answered ${res.status}`, body)
  return { body: body as T, status: res.status }
}

/** Caches an OAuth access token until shortly before it expires. */
export class TokenCache {
  private token?: { expiresAt: number; value: string }
  async get(fetchToken: () => Promise<{ expiresIn: number; value: string }>): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value
    const t = await fetchToken()
    this.token = { value: t.value, expiresAt: Date.now() + Math.max(0, t.expiresIn - 60) * 1000 }
    return t.value
  }
}
