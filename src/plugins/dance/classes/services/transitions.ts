/**
 * The state machines of the classes part, each ONE table: the allowed moves and who may make them.
 * `''` is the creation. Anything else is refused with 409 and a reason.
 */
export type Actor = 'admin' | 'instructor' | 'organizer' | 'system'

export const CLASS_STATUSES = ['draft', 'published', 'cancelled', 'completed'] as const
export type ClassStatus = (typeof CLASS_STATUSES)[number]

export const CLASS_MOVES: Record<'' | ClassStatus, Partial<Record<ClassStatus, Actor[]>>> = {
  '': { draft: ['instructor', 'admin', 'system'], published: ['instructor', 'admin', 'system'] },
  draft: { published: ['instructor', 'admin'], cancelled: ['instructor', 'admin'] },
  published: { cancelled: ['instructor', 'admin'], completed: ['instructor', 'admin', 'system'] },
  cancelled: {},
  completed: {},
}

export const TRAINING_STATUSES = ['pending', 'confirmed', 'cancelled', 'completed'] as const
export type TrainingStatus = (typeof TRAINING_STATUSES)[number]

/** pending ⇄ confirmed follows the minimum (system only); the organizer may cancel or complete. */
export const TRAINING_MOVES: Record<'' | TrainingStatus, Partial<Record<TrainingStatus, Actor[]>>> = {
  '': { pending: ['organizer', 'admin', 'system'] },
  pending: { confirmed: ['system'], cancelled: ['organizer', 'admin', 'system'] },
  confirmed: { pending: ['system'], cancelled: ['organizer', 'admin', 'system'], completed: ['organizer', 'admin', 'system'] },
  cancelled: {},
  completed: {},
}

export type MoveCheck = { ok: true } | { ok: false; message: string }

export function checkMove<S extends string>(table: Record<string, Partial<Record<S, Actor[]>>>, what: string, from: '' | S, to: S, actors: Actor[]): MoveCheck {
  const allowed = table[from]?.[to]
  if (!allowed) {
    const next = Object.keys(table[from] ?? {})
    if (from === '') return { ok: false, message: `A new ${what} must start as ${next.join(' or ')}, not ${to}.` }
    return { ok: false, message: next.length ? `A ${what} that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.` : `A ${what} that is ${from} is final.` }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    const who = allowed.filter((a) => a !== 'system')
    return { ok: false, message: who.length ? `Only the ${who.join(' or ')} may move a ${what} from ${from || '(new)'} to ${to}.` : `A ${what} becomes ${to} by itself (set by the server), not by hand.` }
  }
  return { ok: true }
}
