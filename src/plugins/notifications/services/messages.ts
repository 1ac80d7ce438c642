/**
 * Rules for `messages`: who may broadcast, what a user may read. Pure functions; the audiences
 * other plugins add (a course's learners) come in as extra conditions (see `audiences.ts`).
 */
import type { Where } from 'payload'

import { userHasRole, userIsAdmin } from '../../../access'
import { type Role, ROLES } from '../../../access/roles'

type User = { id: number | string; roles?: null | readonly string[] }

export const BROADCASTER_ROLES: Role[] = ['admin', 'instructor']

export const canBroadcast = (user: null | undefined | User) => userHasRole(user, ...BROADCASTER_ROLES)

/** Messages addressed to the user: directly, by name, to one of their roles, or through `audiences`. */
function addressedTo(user: User, audiences: Where[]): Where[] {
  const roles = (user.roles ?? []).filter((r) => (ROLES as readonly string[]).includes(r))
  const or: Where[] = [{ recipient: { equals: user.id } }, { audienceUsers: { in: [user.id] } }, ...audiences]
  if (roles.length) or.push({ and: [{ kind: { equals: 'broadcast' } }, { audienceRoles: { in: roles } }] })
  return or
}

/** What a user may read: what they sent and what is addressed to them (`audiences`: the added audiences' conditions). */
export function messageVisibilityWhere(user: null | undefined | User, audiences: Where[] = []): boolean | Where {
  if (!user) return false
  if (userIsAdmin(user)) return true
  return { or: [{ sender: { equals: user.id } }, ...addressedTo(user, audiences)] }
}

/** Only messages addressed to the user (the inbox), not what they sent. */
export function inboxWhere(user: User, audiences: Where[] = []): Where {
  return { and: [{ or: addressedTo(user, audiences) }, { sender: { not_equals: user.id } }] }
}

export type MessageInput = {
  audienceRoles?: null | string[]
  audienceUsers?: (number | string | { id: number | string })[] | null
  kind?: null | string
  recipient?: null | number | string | { id: number | string }
}

const idOf = (v: number | string | { id: number | string }) => (typeof v === 'object' ? v.id : v)

/** Checks a new message (`otherAudience`: it names documents of an added audience); returns an error message or null. */
export function validateMessage(input: MessageInput, sender: User, otherAudience = false): null | string {
  const kind = input.kind ?? 'direct'
  if (kind === 'direct') {
    if (input.recipient === undefined || input.recipient === null) return 'A direct message needs a recipient.'
    if (String(idOf(input.recipient)) === String(sender.id)) return 'You cannot send a message to yourself.'
    if (input.audienceRoles?.length || input.audienceUsers?.length || otherAudience) return 'A direct message has a recipient, not an audience.'
    return null
  }
  if (kind !== 'broadcast') return `Unknown message kind "${kind}".`
  if (!canBroadcast(sender)) return 'Only admins and instructors can send broadcast messages.'
  if (input.recipient !== undefined && input.recipient !== null) return 'A broadcast has an audience, not a single recipient.'
  if (!input.audienceRoles?.length && !input.audienceUsers?.length && !otherAudience) return 'A broadcast needs an audience: at least one role, one user or one group (such as a course).'
  return null
}
