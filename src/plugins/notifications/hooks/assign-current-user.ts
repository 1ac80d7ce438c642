import type { CollectionBeforeValidateHook } from 'payload'

import { userIsAdmin } from '../../../access'

/**
 * On create, sets the owner field to the current user; only admins (or trusted server code with
 * no user) may name another owner.
 */
export const assignCurrentUser =
  (field: string): CollectionBeforeValidateHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create' || !data || !req.user || userIsAdmin(req.user)) return data
    return { ...data, [field]: req.user.id }
  }
