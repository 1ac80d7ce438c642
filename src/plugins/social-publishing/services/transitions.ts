/**
 * The scheduled-post workflow as ONE table: each allowed move and who may make it. Anything else is
 * refused with 409 and a message saying why. `system` is the publishing job and the scheduler.
 *
 *   draft → scheduled → publishing → published
 *                           ↓ ↘ retry → publishing …   (transient error, backoff)
 *                           ↓ ↘ failed → retry          (attempts exhausted / permanent; the owner may retry)
 *                           ↘ waiting → scheduled       (account needs reconnecting; back when reconnected)
 *   draft | scheduled | retry | waiting | failed → cancelled (by the owner)
 */
export const POST_STATUSES = ['draft', 'scheduled', 'publishing', 'published', 'retry', 'failed', 'waiting', 'cancelled'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

export type Actor = 'admin' | 'owner' | 'system'

export const TRANSITIONS: Record<PostStatus, Partial<Record<PostStatus, Actor[]>>> = {
  draft: { scheduled: ['owner', 'admin', 'system'], cancelled: ['owner', 'admin'] },
  // publish-now lets the owner start publishing before the time
  scheduled: { publishing: ['system', 'owner', 'admin'], draft: ['owner', 'admin'], cancelled: ['owner', 'admin'], waiting: ['system'] },
  // publishing → publishing: a claim whose worker died (lease expired) is taken over by another run
  publishing: { published: ['system'], retry: ['system'], failed: ['system'], waiting: ['system'], publishing: ['system'] },
  retry: { publishing: ['system', 'owner', 'admin'], cancelled: ['owner', 'admin'], waiting: ['system'] },
  waiting: { scheduled: ['system', 'owner', 'admin'], cancelled: ['owner', 'admin'] },
  failed: { retry: ['owner', 'admin'], cancelled: ['owner', 'admin'] },
  published: {},
  cancelled: {},
}

/** Statuses whose content (caption, images, accounts, time) may still be edited. */
export const EDITABLE: PostStatus[] = ['draft', 'scheduled']
/** Statuses in which a post may be deleted (never while a worker holds it). */
export const DELETABLE: PostStatus[] = ['draft', 'scheduled', 'cancelled', 'failed', 'waiting', 'retry', 'published']

/** Statuses the publishing job may claim from (derived from the table). */
export const CLAIMABLE = (Object.keys(TRANSITIONS) as PostStatus[]).filter((s) => s !== 'publishing' && TRANSITIONS[s].publishing?.includes('system'))

export type TransitionCheck = { ok: true } | { ok: false; message: string }

export function checkTransition(from: PostStatus, to: PostStatus, actors: Actor[]): TransitionCheck {
  const allowed = TRANSITIONS[from]?.[to]
  if (!allowed) {
    if (from === to) return { ok: false, message: `The post is already ${from}.` }
    const next = Object.keys(TRANSITIONS[from] ?? {}).filter((s) => s !== from)
    return {
      ok: false,
      message: next.length
        ? `A post that is ${from} cannot become ${to}; it can become: ${next.join(', ')}.`
        : `A post that is ${from} is final and cannot change any more.`,
    }
  }
  if (!actors.some((a) => allowed.includes(a))) {
    const who = allowed.filter((a) => a !== 'system')
    return { ok: false, message: who.length ? `Only ${who.join(' or ')} may move a post from ${from} to ${to}.` : `Only the publishing job moves a post from ${from} to ${to}.` }
  }
  return { ok: true }
}
