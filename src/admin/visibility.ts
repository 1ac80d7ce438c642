/**
 * Who sees which collections in the admin's navigation. Access rules decide what a user may read
 * or change; this decides what clutters their navigation: a restaurant owner does not get the
 * learning collections (readable by anyone through the API), an instructor does not get delivery.
 * Internal collections (read receipts, provider events, logs, usage records, jobs) sit in one
 * "System" group, shown to admins only and folded until an admin opens it.
 */
import type { CollectionAfterLoginHook, CollectionConfig } from 'payload'

import type { Role } from '../access/roles'

import { userHasRole } from '../access'

export const SYSTEM_GROUP = { en: 'System', fr: 'Système' }

type Hidden = NonNullable<NonNullable<CollectionConfig['admin']>['hidden']>

/** `admin.hidden` that shows the collection to admins and to users holding one of `roles`. */
export const hiddenExceptFor =
  (roles: Role[]): Hidden =>
  ({ user }) =>
    !userHasRole(user as never, 'admin', ...roles)

/** Shows these collections (in their plugin's group) only to admins and to `roles`. */
export function forRoles(collections: CollectionConfig[], roles: Role[]): CollectionConfig[] {
  return collections.map((c) => (c.admin?.hidden !== undefined ? c : { ...c, admin: { ...c.admin, hidden: hiddenExceptFor(roles) } }))
}

/** Moves an internal collection to the System group, shown to admins only. */
export function asSystem<T extends Pick<CollectionConfig, 'admin'>>(collection: T): T {
  return { ...collection, admin: { ...collection.admin, group: SYSTEM_GROUP, hidden: hiddenExceptFor([]) } }
}

/**
 * The navigation opens every group by default; the System group starts folded: at an admin's
 * login, a navigation preference without an entry for it gets one (closed). The admin's own
 * later choice is kept.
 */
export const foldSystemGroup: CollectionAfterLoginHook = async ({ req, user }) => {
  if (!userHasRole(user as never, 'admin')) return user
  const key = 'nav'
  const owner = [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: req.user?.collection ?? 'users' } }]
  const found = await req.payload.find({ collection: 'payload-preferences', where: { and: [{ key: { equals: key } }, ...owner] } as never, limit: 1, depth: 0, req, overrideAccess: true })
  const existing = (found.docs[0]?.value ?? {}) as { groups?: Record<string, { open?: boolean }> }
  const groups = { ...existing.groups }
  let changed = false
  for (const label of [SYSTEM_GROUP.en, SYSTEM_GROUP.fr]) {
    if (groups[label] === undefined) {
      groups[label] = { open: false }
      changed = true
    }
  }
  if (!changed) return user
  const value = { ...existing, groups }
  if (found.docs[0]) await req.payload.update({ collection: 'payload-preferences', id: found.docs[0].id, data: { value }, depth: 0, req, overrideAccess: true })
  else await req.payload.create({ collection: 'payload-preferences', data: { key, user: { relationTo: 'users', value: user.id }, value }, depth: 0, req, overrideAccess: true })
  return user
}
