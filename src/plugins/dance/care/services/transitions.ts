/**
 * Care bookings as ONE table: each allowed move and who may make it. The client books (pending, or
 * pending_payment for a paid service) and may cancel before the start; payment moves it to
 * pending (system); the practitioner confirms, completes, or cancels. `''` is the creation.
 */
export const CARE_STATUSES = ['pending_payment', 'pending', 'confirmed', 'cancelled', 'completed'] as const
export type CareStatus = (typeof CARE_STATUSES)[number]
export type CareActor = 'admin' | 'client' | 'practitioner' | 'system'

/** Statuses that hold the practitioner's time (the exclusion constraint covers exactly these). */
export const HOLDS_SLOT: CareStatus[] = ['pending_payment', 'pending', 'confirmed']

export const CARE_MOVES: Record<'' | CareStatus, Partial<Record<CareStatus, CareActor[]>>> = {
  '': { pending: ['client'], pending_payment: ['client'] },
  pending_payment: { pending: ['system'], cancelled: ['client', 'practitioner', 'admin', 'system'] },
  pending: { confirmed: ['practitioner', 'admin'], cancelled: ['client', 'practitioner', 'admin'] },
  confirmed: { completed: ['practitioner', 'admin'], cancelled: ['client', 'practitioner', 'admin'] },
  cancelled: {},
  completed: {},
}

export type CareCheck = { ok: true } | { ok: false; message: string }

/** The table plus the time rules: clients cancel only before the start; a session completes only once started. */
export function checkCareMove(from: '' | CareStatus, to: CareStatus, actors: CareActor[], startsAt?: Date | string, now = new Date()): CareCheck {
  const allowed = CARE_MOVES[from]?.[to]
  if (!allowed) {
    const next = Object.keys(CARE_MOVES[from] ?? {})
    return { ok: false, message: next.length ? `A booking that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.` : `A booking that is ${from} is final.` }
  }
  const who = actors.filter((a) => allowed.includes(a))
  if (!who.length) {
    const names = allowed.filter((a) => a !== 'system')
    return { ok: false, message: names.length ? `Only the ${names.join(' or ')} may move a booking from ${from || '(new)'} to ${to}.` : `A booking becomes ${to} by itself (payment), not by hand.` }
  }
  const start = startsAt ? new Date(startsAt) : null
  if (to === 'cancelled' && start && now >= start && who.every((a) => a === 'client')) return { ok: false, message: 'The session has started: only the practitioner can cancel it now.' }
  if (to === 'completed' && start && now < start) return { ok: false, message: `The session starts at ${start.toISOString()}: it cannot be completed before.` }
  return { ok: true }
}
