/** Admin group, roles and read rules shared by the events collections. */
import type { Access, PayloadRequest } from 'payload'

import { userHasRole, userIsAdmin } from '../../access'
import { slugify as slugifyTitle } from '../../lib/slugify'

export const GROUP = { en: 'Events', fr: 'Événements' }

/** Statuses everyone may read (once published, an event stays visible: completed or cancelled). */
export const PUBLIC_STATUSES = ['published', 'completed', 'cancelled']

export const isModerator = (user: PayloadRequest['user']) => userIsAdmin(user) || userHasRole(user, 'editor')

/** Moderators read everything; organizers their own too; everyone else what was published. */
export const publicOrOwn =
  (ownerField: string, statuses: string[] = PUBLIC_STATUSES): Access =>
  ({ req }) => {
    if (isModerator(req.user)) return true
    // only values the collection's status select has (an unknown enum value is a database error)
    const visible = { status: { in: statuses } }
    return req.user ? { or: [visible, { [ownerField]: { equals: req.user.id } }] } : visible
  }

/** Moderators change everything; organizers their own documents. */
export const ownOrModerator =
  (ownerField: string): Access =>
  ({ req }) => {
    if (isModerator(req.user)) return true
    return req.user ? { [ownerField]: { equals: req.user.id } } : false
  }

export const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

export const slugify = (s: string): string => slugifyTitle(s, 'event')

export const validTimeZone = (v: null | string | undefined) => {
  if (!v) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: v })
    return true
  } catch {
    return 'timezone must be an IANA zone, e.g. Africa/Porto-Novo'
  }
}
