import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

/** A deactivated account cannot log in, whatever its password. */
export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user && (user as { active?: boolean }).active === false) {
    throw new APIError('This account has been deactivated. Contact an administrator.', 403)
  }
  return user
}
