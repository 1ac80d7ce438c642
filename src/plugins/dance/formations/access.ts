/**
 * Who does what with formations. Authors are editors and admins, plus the `instructor` and
 * `artist` roles (teachers and artists write articles about their dance); an author edits, publishes
 * and deletes their own formations, editors and admins every formation. Everyone reads what is
 * published; an author also reads their own drafts.
 */
import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { userHasRole, userIsAdmin } from '../../../access'
import type { Role } from '../../../access/roles'

export const AUTHOR_ROLES: Role[] = ['instructor', 'artist']

export const isFormationEditor = (user: PayloadRequest['user']) => userIsAdmin(user) || userHasRole(user, 'editor')
export const isFormationAuthor = (user: PayloadRequest['user']) => isFormationEditor(user) || userHasRole(user, ...AUTHOR_ROLES)

const PUBLISHED = { _status: { equals: 'published' } }

export const readFormations: Access = ({ req }) => {
  if (isFormationEditor(req.user)) return true
  if (req.user && userHasRole(req.user, ...AUTHOR_ROLES)) return { or: [PUBLISHED, { author: { equals: req.user.id } }] }
  return PUBLISHED
}

export const createFormations: Access = ({ req }) => isFormationAuthor(req.user)

export const ownFormations: Access = ({ req }) => {
  if (isFormationEditor(req.user)) return true
  if (req.user && userHasRole(req.user, ...AUTHOR_ROLES)) return { author: { equals: req.user.id } }
  return false
}

export const editorsOnly: Access = ({ req }) => isFormationEditor(req.user)
export const editorsOnlyField: FieldAccess = ({ req }) => isFormationEditor(req.user)
/** Fields only the server writes (hooks, the view flush). */
export const serverOnly: FieldAccess = () => false
