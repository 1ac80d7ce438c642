/** Read and write rules shared by the classes part (dance classes, trainings). */
import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { userHasRole, userIsAdmin } from '../../../access'
import { moneyAdmin } from '../../../admin/fields'

export const isManager = (user: PayloadRequest['user']) => userIsAdmin(user) || userHasRole(user, 'editor')

/** Managers read everything; owners their own; everyone else the given statuses. */
export const visibleOrOwn =
  (ownerField: string, statuses: string[]): Access =>
  ({ req }) => {
    if (isManager(req.user)) return true
    const visible = { status: { in: statuses } }
    return req.user ? { or: [visible, { [ownerField]: { equals: req.user.id } }] } : visible
  }

/** Admins change everything; owners their own documents. */
export const ownOrAdmin =
  (ownerField: string): Access =>
  ({ req }) => {
    if (userIsAdmin(req.user)) return true
    return req.user ? { [ownerField]: { equals: req.user.id } } : false
  }

const adminOnly: FieldAccess = ({ req }) => userIsAdmin(req.user)
/** Set by the server (hooks, services); admins may correct it. */
export const serverKept = { create: adminOnly, update: adminOnly }
/** Never written by a client, not even an admin: derived values. */
export const derived = { create: () => false, update: () => false }

export const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

export const money = (name: string, en: string, fr: string, validate: unknown) => ({
  name,
  type: 'number' as const,
  min: 0,
  defaultValue: 0,
  validate: validate as never,
  // stored in minor units of the document's `currency`, shown and typed as money
  admin: moneyAdmin({ currencyPath: 'currency' }),
  label: { en, fr },
})

export const venueGroup = {
  name: 'venue',
  type: 'group' as const,
  label: { en: 'Venue', fr: 'Lieu' },
  fields: [
    { name: 'name', type: 'text' as const, maxLength: 200, label: { en: 'Venue name', fr: 'Nom du lieu' } },
    { name: 'address', type: 'text' as const, maxLength: 300, label: { en: 'Address', fr: 'Adresse' } },
    { name: 'city', type: 'text' as const, maxLength: 120, index: true, label: { en: 'City', fr: 'Ville' } },
  ],
}
