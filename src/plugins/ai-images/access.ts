/** Who does what with AI images. */
import type { Access } from 'payload'

import { hasRole, isOwner, or, userHasRole } from '../../access'
import type { Role } from '../../access/roles'

/** Roles that may ask for images. */
export const GENERATOR_ROLES: Role[] = ['marketer', 'editor', 'admin']
/** Roles that see every image and review them. */
export const REVIEWER_ROLES: Role[] = ['editor', 'admin']

export const isReviewer = (user: unknown) => userHasRole(user as never, ...REVIEWER_ROLES)
export const isGenerator = (user: unknown) => userHasRole(user as never, ...GENERATOR_ROLES)

/** Reviewers see everything; anyone else only what they requested. */
export const reviewerOrRequester: Access = or(hasRole('editor'), isOwner('requester'))
export const generators: Access = hasRole('marketer', 'editor')
