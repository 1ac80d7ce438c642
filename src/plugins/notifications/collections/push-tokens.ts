import type { CollectionConfig } from 'payload'

import { isAdminField, isAuthenticated, ownerOrAdmin } from '../../../access'
import { GROUP, PLATFORMS } from '../constants'
import { pushTokenEndpoints } from '../endpoints/push-tokens'
import { assignCurrentUser } from '../hooks/assign-current-user'

/** Device tokens for push. A token that FCM reports invalid is deactivated, not deleted. */
export const PushTokens: CollectionConfig = {
  slug: 'push-tokens',
  labels: { singular: { en: 'Push token', fr: 'Jeton push' }, plural: { en: 'Push tokens', fr: 'Jetons push' } },
  admin: { useAsTitle: 'token', defaultColumns: ['user', 'platform', 'active', 'lastUsedAt'], group: GROUP },
  access: { read: ownerOrAdmin('user'), create: isAuthenticated, update: ownerOrAdmin('user'), delete: ownerOrAdmin('user') },
  endpoints: pushTokenEndpoints,
  hooks: { beforeValidate: [assignCurrentUser('user')] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: isAdminField }, label: { en: 'User', fr: 'Utilisateur' } },
    {
      name: 'platform',
      type: 'select',
      required: true,
      options: PLATFORMS.map((p) => ({ label: p, value: p })),
      label: { en: 'Platform', fr: 'Plateforme' },
    },
    { name: 'token', type: 'text', required: true, unique: true, maxLength: 4096, label: { en: 'Token', fr: 'Jeton' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { en: 'Active', fr: 'Actif' } },
    { name: 'lastUsedAt', type: 'date', admin: { readOnly: true }, access: { update: isAdminField }, label: { en: 'Last used', fr: 'Dernière utilisation' } },
    {
      name: 'deactivatedReason',
      type: 'text',
      admin: { readOnly: true },
      access: { create: isAdminField, update: isAdminField },
      label: { en: 'Deactivated because', fr: 'Désactivé car' },
    },
  ],
}
