/**
 * Event moderation (SpotVibe) as ONE table: each allowed move and who may make it. Organizers
 * submit and cancel their own events; moderators (admin, editor) approve or reject with a reason.
 */
export const EVENT_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'completed', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]
export type Moderator = 'admin' | 'editor' | 'organizer' | 'system'

export const MODERATION: Record<EventStatus, Partial<Record<EventStatus, Moderator[]>>> = {
  draft: { pending_review: ['organizer', 'admin', 'editor'], cancelled: ['organizer', 'admin'] },
  pending_review: { published: ['admin', 'editor'], rejected: ['admin', 'editor'], draft: ['organizer', 'admin'] },
  rejected: { pending_review: ['organizer', 'admin'], draft: ['organizer', 'admin'] },
  published: { completed: ['organizer', 'admin', 'system'], cancelled: ['organizer', 'admin', 'editor', 'system'] },
  completed: {},
  cancelled: {},
}

/** Moves that must say why (the organizer sees it). */
export const REASON_REQUIRED: EventStatus[] = ['rejected', 'cancelled']

export type ModerationCheck = { ok: true } | { ok: false; status: 403 | 409 | 422; message: string }

export function checkModeration(from: EventStatus, to: EventStatus, actors: Moderator[], reason?: null | string): ModerationCheck {
  if (from === to) return { ok: false, status: 409, message: `The event is already ${from}.` }
  const allowed = MODERATION[from]?.[to]
  if (!allowed) {
    const next = Object.keys(MODERATION[from] ?? {})
    return { ok: false, status: 409, message: next.length ? `An event that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.` : `An event that is ${from} is final.` }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    return { ok: false, status: 409, message: `Only ${allowed.filter((a) => a !== 'system').join(' or ')} may move an event from ${from} to ${to}.` }
  }
  if (REASON_REQUIRED.includes(to) && !reason?.trim()) return { ok: false, status: 422, message: `reason: say why the event is ${to} (the organizer sees it).` }
  return { ok: true }
}
