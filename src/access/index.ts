/**
 * Shared, composable access helpers. Each returns a Payload `Access` function
 * (boolean or a `Where` constraint) so collections read as a sentence:
 *   read: or(isAdmin, isSelf)
 */
import type { Access, FieldAccess, Where } from 'payload'

import type { Role } from './roles'

type MaybeUser = { id?: number | string; roles?: null | readonly string[] } | null | undefined

export const userHasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((r) => (roles as string[]).includes(r)))

export const userIsAdmin = (user: MaybeUser): boolean => userHasRole(user, 'admin')

export const anyone: Access = () => true
export const nobody: Access = () => false
export const isAuthenticated: Access = ({ req }) => Boolean(req.user)
export const isAdmin: Access = ({ req }) => userIsAdmin(req.user)
export const isAdminField: FieldAccess = ({ req }) => userIsAdmin(req.user)

/** Any of the given roles (admins always pass). */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userIsAdmin(req.user) || userHasRole(req.user, ...roles)

/** The user document itself (for the users collection). */
export const isSelf: Access = ({ req }) => (req.user ? { id: { equals: req.user.id } } : false)

/** Documents whose `field` points at the current user. */
export const isOwner =
  (field = 'owner'): Access =>
  ({ req }) =>
    req.user ? { [field]: { equals: req.user.id } } : false

/** Documents the user owns, or every document for admins. */
export const ownerOrAdmin = (field = 'owner'): Access => or(isAdmin, isOwner(field))

/**
 * Published documents for everyone; drafts and unpublished ones too for the given roles.
 * `publishedWhere` defaults to Payload's drafts `_status`.
 */
export const publishedOrPrivileged =
  (roles: Role[] = ['editor'], publishedWhere: Where = { _status: { equals: 'published' } }): Access =>
  ({ req }) =>
    userIsAdmin(req.user) || userHasRole(req.user, ...roles) ? true : publishedWhere

/**
 * Passes when any access function passes. `true` wins; `Where` results are OR-ed;
 * `false` results are dropped.
 */
export const or =
  (...fns: Access[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const fn of fns) {
      const result = await fn(args)
      if (result === true) return true
      if (result && typeof result === 'object') wheres.push(result)
    }
    if (wheres.length === 0) return false
    return wheres.length === 1 ? wheres[0] : { or: wheres }
  }

/** Passes only when every access function passes. `Where` results are AND-ed. */
export const and =
  (...fns: Access[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const fn of fns) {
      const result = await fn(args)
      if (result === false) return false
      if (result && typeof result === 'object') wheres.push(result)
    }
    if (wheres.length === 0) return true
    return wheres.length === 1 ? wheres[0] : { and: wheres }
  }
