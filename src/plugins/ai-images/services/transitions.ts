/**
 * The life of a generated image, as ONE table: each allowed move and who may make it.
 * `system` is the generation job and the cleanup; reviews are editors' and admins'.
 * Anything else is refused with 409 and a message that says why.
 */
export const IMAGE_STATUSES = ['pending', 'generating', 'generated', 'failed', 'approved', 'rejected'] as const
export type ImageStatus = (typeof IMAGE_STATUSES)[number]

export type Actor = 'admin' | 'editor' | 'system'

export const TRANSITIONS: Record<ImageStatus, Partial<Record<ImageStatus, Actor[]>>> = {
  pending: { generating: ['system'], failed: ['system'] },
  generating: { generated: ['system'], failed: ['system'] },
  generated: { approved: ['editor', 'admin'], rejected: ['editor', 'admin'] },
  failed: {},
  approved: {},
  rejected: {},
}

/** Moves that must say why. */
export const REASON_REQUIRED: Partial<Record<ImageStatus, ImageStatus[]>> = { generated: ['rejected'] }
export const reasonRequired = (from: ImageStatus, to: ImageStatus) => Boolean(REASON_REQUIRED[from]?.includes(to))

export type TransitionCheck = { ok: true } | { ok: false; status: 409; message: string }

export function checkTransition(from: ImageStatus, to: ImageStatus, actors: Actor[]): TransitionCheck {
  if (from === to) return { ok: false, status: 409, message: `The image is already ${from}.` }
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) {
    const next = Object.keys(TRANSITIONS[from] ?? {})
    return {
      ok: false,
      status: 409,
      message: next.length ? `An image that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.` : `An image that is ${from} is final and cannot change any more.`,
    }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    const who = allowed.filter((a) => a !== 'system')
    return {
      ok: false,
      status: 409,
      message: who.length ? `Only ${who.join(' or ')} may move an image from ${from} to ${to}.` : `An image moves from ${from} to ${to} only by its generation job.`,
    }
  }
  return { ok: true }
}
