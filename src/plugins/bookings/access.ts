/** Admin group and access rules shared by the bookings collections. */
import type { Access } from 'payload'

import { isAdmin, or } from '../../access'

export const GROUP = { en: 'Bookings', fr: 'Réservations' }

/** The caller's own documents (field `user`), every document for admins. */
export const ownOrAdmin: Access = or(isAdmin, ({ req }) => (req.user ? { user: { equals: req.user.id } } : false))
