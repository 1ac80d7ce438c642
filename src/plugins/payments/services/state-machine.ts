/**
 * The payment state machine: ONE table of allowed transitions and who may make them.
 * Only the server moves a payment: `provider` (a verified provider event or status poll),
 * `system` (expiry by the reconciliation job) and `admin` (refunds through the refund endpoint).
 * Clients never write a status.
 */
export const PAYMENT_STATUSES = [
  'pending',
  'processing',
  'paid',
  'failed',
  'cancelled',
  'expired',
  'partially_refunded',
  'refunded',
] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export type TransitionActor = 'admin' | 'provider' | 'system'

type Transition = { from: PaymentStatus; to: PaymentStatus; by: TransitionActor[] }

export const TRANSITIONS: readonly Transition[] = [
  { from: 'pending', to: 'processing', by: ['provider'] },
  { from: 'pending', to: 'paid', by: ['provider'] },
  { from: 'pending', to: 'failed', by: ['provider'] },
  { from: 'pending', to: 'cancelled', by: ['provider', 'admin'] },
  { from: 'pending', to: 'expired', by: ['system', 'provider'] },
  // a failed attempt (e.g. a bounced debit) returns the payment to pending: the payer may retry
  { from: 'processing', to: 'pending', by: ['provider'] },
  { from: 'processing', to: 'paid', by: ['provider'] },
  { from: 'processing', to: 'failed', by: ['provider'] },
  { from: 'processing', to: 'cancelled', by: ['provider'] },
  { from: 'processing', to: 'expired', by: ['system', 'provider'] },
  { from: 'paid', to: 'partially_refunded', by: ['admin', 'provider'] },
  { from: 'paid', to: 'refunded', by: ['admin', 'provider'] },
  { from: 'partially_refunded', to: 'partially_refunded', by: ['admin', 'provider'] },
  { from: 'partially_refunded', to: 'refunded', by: ['admin', 'provider'] },
]

export const FINAL_STATUSES: readonly PaymentStatus[] = ['failed', 'cancelled', 'expired', 'refunded']
export const OPEN_STATUSES: readonly PaymentStatus[] = ['pending', 'processing']

export type TransitionCheck = { ok: true } | { ok: false; reason: string }

/** Whether `actor` may move a payment from `from` to `to`; the reason says why not. */
export function checkTransition(from: PaymentStatus, to: PaymentStatus, actor: TransitionActor): TransitionCheck {
  const row = TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!row) {
    const allowed = TRANSITIONS.filter((t) => t.from === from).map((t) => t.to)
    return {
      ok: false,
      reason: allowed.length
        ? `A ${from} payment can only become ${[...new Set(allowed)].join(', ')}, not ${to}.`
        : `A ${from} payment is final and cannot become ${to}.`,
    }
  }
  if (!row.by.includes(actor)) {
    return { ok: false, reason: `Only ${row.by.join(' or ')} may move a payment from ${from} to ${to}.` }
  }
  return { ok: true }
}

export const isOpen = (status: PaymentStatus) => OPEN_STATUSES.includes(status)
