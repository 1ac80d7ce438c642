import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminField, ownerOrAdmin } from '../../../access'
import { GROUP } from '../constants'
import { notificationEndpoints } from '../endpoints/notifications'

/** Only the read flag may be changed by the owner; everything else is written by `notify`. */
const adminOnly: { create: FieldAccess; update: FieldAccess } = { create: isAdminField, update: isAdminField }

/** In-app notifications: what the apps' bell shows. */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { en: 'Notification', fr: 'Notification' }, plural: { en: 'Notifications', fr: 'Notifications' } },
  admin: { useAsTitle: 'title', defaultColumns: ['user', 'type', 'title', 'read', 'createdAt'], group: GROUP },
  access: { read: ownerOrAdmin('user'), create: isAdmin, update: ownerOrAdmin('user'), delete: ownerOrAdmin('user') },
  defaultSort: '-createdAt',
  endpoints: notificationEndpoints,
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        if (data.read === true && !originalDoc?.read) data.readAt = new Date().toISOString()
        if (data.read === false) data.readAt = null
        return data
      },
    ],
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, access: adminOnly, label: { en: 'User', fr: 'Utilisateur' } },
    { name: 'type', type: 'text', required: true, index: true, access: adminOnly, label: { en: 'Type', fr: 'Type' } },
    { name: 'title', type: 'text', required: true, access: adminOnly, label: { en: 'Title', fr: 'Titre' } },
    { name: 'message', type: 'textarea', access: adminOnly, label: { en: 'Message', fr: 'Message' } },
    { name: 'actionUrl', type: 'text', access: adminOnly, label: { en: 'Action URL', fr: 'Lien d’action' } },
    { name: 'data', type: 'json', access: adminOnly, label: { en: 'Data', fr: 'Données' } },
    { name: 'critical', type: 'checkbox', defaultValue: false, access: adminOnly, label: { en: 'Critical', fr: 'Critique' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: { readOnly: true },
      label: { en: 'Idempotency key', fr: 'Clé d’idempotence' },
    },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Read', fr: 'Lu' }, admin: { position: 'sidebar' } },
    { name: 'readAt', type: 'date', access: { create: isAdminField, update: isAdminField }, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Read at', fr: 'Lu le' } },
  ],
}
