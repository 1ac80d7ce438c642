import type { Access } from 'payload'

import { userHasRole, userIsAdmin } from '../../access'
import { SOCIAL_ROLES } from './constants'

/** Admins see everything; marketers and editors their own documents only. */
export const ownSocial =
  (field = 'owner'): Access =>
  ({ req }) =>
    userIsAdmin(req.user) ? true : req.user && userHasRole(req.user, ...SOCIAL_ROLES) ? { [field]: { equals: req.user.id } } : false

export const canUseSocial = (user: { roles?: null | readonly string[] } | null | undefined) => userIsAdmin(user) || userHasRole(user, ...SOCIAL_ROLES)
