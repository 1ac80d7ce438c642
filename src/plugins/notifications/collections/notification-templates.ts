import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin } from '../../../access'
import { channelOptions, GROUP, localeOptions, TYPE_PATTERN } from '../constants'

const HELP = {
  en: 'Variables: {{ name }} or {{ order.number }}, taken from the data the sending plugin passes (and {{ user.firstName }}).',
  fr: 'Variables : {{ name }} ou {{ order.number }}, tirées des données transmises par le module émetteur (et {{ user.firstName }}).',
}

/** One text per notification type, channel and language. Editors change the wording here. */
export const NotificationTemplates: CollectionConfig = {
  slug: 'notification-templates',
  labels: { singular: { en: 'Notification template', fr: 'Modèle de notification' }, plural: { en: 'Notification templates', fr: 'Modèles de notification' } },
  admin: { useAsTitle: 'type', defaultColumns: ['type', 'channel', 'locale', 'active', 'updatedAt'], group: GROUP, description: HELP },
  access: { read: hasRole('editor'), create: hasRole('editor'), update: hasRole('editor'), delete: isAdmin },
  indexes: [{ fields: ['type', 'channel', 'locale'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'text',
          required: true,
          index: true,
          label: { en: 'Type', fr: 'Type' },
          validate: (v: null | string | undefined) => (v && TYPE_PATTERN.test(v) ? true : 'Use lower-case words separated by dots, e.g. payment.succeeded'),
        },
        { name: 'channel', type: 'select', required: true, options: channelOptions, label: { en: 'Channel', fr: 'Canal' } },
        { name: 'locale', type: 'select', required: true, options: localeOptions, defaultValue: 'fr', label: { en: 'Language', fr: 'Langue' } },
      ],
    },
    { name: 'subject', type: 'text', maxLength: 200, label: { en: 'E-mail subject', fr: 'Objet de l’e-mail' } },
    { name: 'title', type: 'text', maxLength: 200, label: { en: 'Title (in-app, push)', fr: 'Titre (application, push)' } },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { en: 'Body', fr: 'Texte' } },
    { name: 'actionUrl', type: 'text', maxLength: 500, label: { en: 'Action URL', fr: 'Lien d’action' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Actif' }, admin: { position: 'sidebar' } },
  ],
}
