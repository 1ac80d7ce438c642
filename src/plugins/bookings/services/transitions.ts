/**
 * The registration workflow as ONE table: each allowed move and who may make it. Anything else
 * is refused with 409 and a message saying why.
 *
 * attendee = the registration's user; organizer = an organizer of the booked resource;
 * staff = its door staff; system = the engine (payments, jobs, the organizer's cancellation).
 */
export const REGISTRATION_STATUSES = ['pending_payment', 'confirmed', 'checked_in', 'cancelled', 'waitlisted', 'offered', 'expired'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export type Actor = 'admin' | 'attendee' | 'organizer' | 'staff' | 'system'

export const TRANSITIONS: Record<RegistrationStatus, Partial<Record<RegistrationStatus, Actor[]>>> = {
  pending_payment: { confirmed: ['system'], cancelled: ['attendee', 'organizer', 'admin', 'system'], expired: ['system'] },
  confirmed: { checked_in: ['staff', 'organizer', 'admin'], cancelled: ['attendee', 'organizer', 'admin', 'system'] },
  checked_in: {},
  waitlisted: { offered: ['system'], cancelled: ['attendee', 'organizer', 'admin', 'system'] },
  // a free place is confirmed at once; a paid one waits for its payment
  offered: { confirmed: ['attendee', 'system'], pending_payment: ['attendee'], expired: ['system'], cancelled: ['attendee', 'organizer', 'admin', 'system'] },
  cancelled: {},
  expired: {},
}

/** Statuses that hold one unit of the bucket's capacity. */
export const HOLDS_PLACE: readonly RegistrationStatus[] = ['pending_payment', 'confirmed', 'checked_in', 'offered']
/** Statuses of a registration that is still alive (one per user and resource). */
export const ACTIVE: readonly RegistrationStatus[] = [...HOLDS_PLACE, 'waitlisted']

export const holdsPlace = (s: RegistrationStatus) => HOLDS_PLACE.includes(s)

export type TransitionCheck = { ok: true } | { ok: false; message: string }

export function checkTransition(from: RegistrationStatus, to: RegistrationStatus, actors: Actor[]): TransitionCheck {
  if (from === to) return { ok: false, message: `The registration is already ${from}.` }
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) {
    const next = Object.keys(TRANSITIONS[from] ?? {})
    return {
      ok: false,
      message: next.length
        ? `A registration that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.`
        : `A registration that is ${from} is final and cannot change any more.`,
    }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    const who = allowed.filter((a) => a !== 'system')
    return { ok: false, message: who.length ? `Only ${who.join(' or ')} may move a registration from ${from} to ${to}.` : `A registration moves from ${from} to ${to} only by itself (payment or timer).` }
  }
  return { ok: true }
}
