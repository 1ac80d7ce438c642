/**
 * The order workflow of seed 001, as ONE table: each allowed move and who may make it.
 * Anything not in the table is refused with 409 and a message saying why.
 */
export const ORDER_STATUSES = ['pending', 'confirmed', 'preparing', 'ready', 'picked_up', 'delivered', 'cancelled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** owner = the restaurant's owner; driver = the order's assigned driver; customer = the order's customer. */
export type Actor = 'admin' | 'customer' | 'driver' | 'owner' | 'system'

export const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, Actor[]>>> = {
  pending: { confirmed: ['owner', 'admin'], cancelled: ['customer', 'owner', 'admin', 'system'] },
  confirmed: { preparing: ['owner', 'admin'], cancelled: ['owner', 'admin', 'system'] },
  preparing: { ready: ['owner', 'admin'], cancelled: ['owner', 'admin', 'system'] },
  ready: { picked_up: ['driver', 'admin'], cancelled: ['owner', 'admin', 'system'] },
  // the food is with the driver: only the restaurant or an admin may still cancel, with a reason
  picked_up: { delivered: ['driver', 'admin'], cancelled: ['owner', 'admin'] },
  delivered: {},
  cancelled: {},
}

/** Moves that must say why (`note`): 422 without one. */
export const REASON_REQUIRED: Partial<Record<OrderStatus, OrderStatus[]>> = { picked_up: ['cancelled'] }

export const reasonRequired = (from: OrderStatus, to: OrderStatus) => Boolean(REASON_REQUIRED[from]?.includes(to))

export type TransitionCheck = { ok: true } | { ok: false; status: 403 | 409; message: string }

export function checkTransition(from: OrderStatus, to: OrderStatus, actors: Actor[]): TransitionCheck {
  if (from === to) return { ok: false, status: 409, message: `The order is already ${from}.` }
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) {
    const next = Object.keys(TRANSITIONS[from] ?? {})
    return {
      ok: false,
      status: 409,
      message: next.length
        ? `An order that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.`
        : `An order that is ${from} is final and cannot change any more.`,
    }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    return {
      ok: false,
      status: 409,
      message: `Only ${allowed.filter((a) => a !== 'system').join(' or ')} may move an order from ${from} to ${to}.`,
    }
  }
  return { ok: true }
}
