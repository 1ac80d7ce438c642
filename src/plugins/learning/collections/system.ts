/** Access shared by records the server keeps (attempts, progress, XP…): read own, admins manage. */
import type { Access } from 'payload'

import { userIsAdmin } from '../../../access'
import { isInstructor } from '../access'

/** Own records; instructors also read those of their courses (`coursePath`); admins everything. */
export const readOwnOrCourse =
  (coursePath?: string): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (userIsAdmin(req.user)) return true
    const own = { user: { equals: req.user.id } }
    if (coursePath && isInstructor(req.user)) return { or: [own, { [coursePath]: { equals: req.user.id } }] }
    return own
  }

export const adminOnly: Access = ({ req }) => userIsAdmin(req.user)
