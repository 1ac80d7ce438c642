import type { CollectionConfig } from 'payload'

import { isAdminField, isAuthenticated, ownerOrAdmin } from '../../../access'
import { ALL_TYPES, channelOptions, GROUP, TYPE_PATTERN } from '../constants'
import { myPreferencesEndpoints } from '../endpoints/preferences'
import { assignCurrentUser } from '../hooks/assign-current-user'

/** One row per user, type (or `*` for every type) and channel; no row means "on". */
export const NotificationPreferences: CollectionConfig = {
  slug: 'notification-preferences',
  labels: { singular: { en: 'Notification preference', fr: 'Préférence de notification' }, plural: { en: 'Notification preferences', fr: 'Préférences de notification' } },
  admin: { useAsTitle: 'type', defaultColumns: ['user', 'type', 'channel', 'enabled'], group: GROUP },
  access: { read: ownerOrAdmin('user'), create: isAuthenticated, update: ownerOrAdmin('user'), delete: ownerOrAdmin('user') },
  indexes: [{ fields: ['user', 'type', 'channel'], unique: true }],
  endpoints: myPreferencesEndpoints,
  hooks: { beforeValidate: [assignCurrentUser('user')] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: isAdminField }, label: { en: 'User', fr: 'Utilisateur' } },
    {
      name: 'type',
      type: 'text',
      required: true,
      label: { en: 'Type', fr: 'Type' },
      admin: { description: { en: '* = every type', fr: '* = tous les types' } },
      validate: (v: null | string | undefined) => (v === ALL_TYPES || (v && TYPE_PATTERN.test(v)) ? true : 'Use a notification type such as payment.succeeded, or * for every type'),
    },
    { name: 'channel', type: 'select', required: true, options: channelOptions, label: { en: 'Channel', fr: 'Canal' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { en: 'Enabled', fr: 'Activé' } },
  ],
}
