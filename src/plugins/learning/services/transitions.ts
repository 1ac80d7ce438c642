/**
 * The enrollment state machine: ONE table of allowed transitions and who may make them.
 * Anything else is refused with 409 and a message that says why.
 */
export const ENROLLMENT_STATUSES = ['pending_payment', 'active', 'completed', 'cancelled'] as const
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number]
export type Actor = 'learner' | 'admin' | 'system' | 'payments'

export const ENROLLMENT_TRANSITIONS: Record<EnrollmentStatus, Partial<Record<EnrollmentStatus, Actor[]>>> = {
  pending_payment: { active: ['payments', 'admin'], cancelled: ['payments', 'learner', 'admin'] },
  active: { completed: ['system'], cancelled: ['admin'] },
  completed: {},
  cancelled: { pending_payment: ['learner'], active: ['learner'] }, // re-enrolling after a cancellation
}

/** Returns null when allowed, else the reason. */
export function enrollmentTransitionError(from: EnrollmentStatus, to: EnrollmentStatus, actor: Actor): null | string {
  if (from === to) return `The enrollment is already ${from}.`
  const who = ENROLLMENT_TRANSITIONS[from]?.[to]
  if (!who) return `An enrollment cannot go from ${from} to ${to}.`
  if (!who.includes(actor)) return `Only ${who.join(' or ')} may move an enrollment from ${from} to ${to}.`
  return null
}

export const ATTEMPT_TRANSITIONS: Record<string, Partial<Record<string, Actor[]>>> = {
  in_progress: { submitted: ['learner'], expired: ['system', 'learner'] },
  submitted: {},
  expired: {},
}

export function attemptTransitionError(from: string, to: string, actor: Actor): null | string {
  if (from === to) return `This attempt is already ${from.replace('_', ' ')}.`
  const who = ATTEMPT_TRANSITIONS[from]?.[to]
  if (!who) return `This attempt is ${from.replace('_', ' ')}; it cannot become ${to.replace('_', ' ')}.`
  if (!who.includes(actor)) return `Only ${who.join(' or ')} may do that.`
  return null
}
