import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../access'
import { channelOptions, DELIVERY_STATUSES, GROUP } from '../constants'
import { bilingualOptions } from '../../../admin/labels'

/**
 * The delivery log: one row per notification and channel. `idempotencyKey` (`<notify key>:<channel>`)
 * is unique, so the same notification is never queued twice; the send job claims a row before
 * sending and records each push target it reached, so a retry never re-sends what went out.
 */
export const NotificationDeliveries: CollectionConfig = {
  slug: 'notification-deliveries',
  labels: { singular: { en: 'Delivery', fr: 'Envoi' }, plural: { en: 'Delivery log', fr: 'Journal des envois' } },
  admin: { useAsTitle: 'idempotencyKey', defaultColumns: ['type', 'channel', 'user', 'status', 'attempts', 'updatedAt'], group: GROUP },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, label: { en: 'Idempotency key', fr: 'Clé d’idempotence' } },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'text', required: true, index: true, label: { en: 'Type', fr: 'Type' } },
        { name: 'channel', type: 'select', required: true, options: channelOptions, index: true, label: { en: 'Channel', fr: 'Canal' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'queued',
          options: bilingualOptions(DELIVERY_STATUSES, { queued: ['Queued', 'En file'], sending: ['Sending', 'En cours d’envoi'], sent: ['Sent', 'Envoyé'], failed: ['Failed', 'Échoué'], skipped: ['Skipped', 'Ignoré'] }),
          label: { en: 'Status', fr: 'Statut' },
        },
      ],
    },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'User', fr: 'Utilisateur' } },
    { name: 'notification', type: 'relationship', relationTo: 'notifications', label: { en: 'In-app notification', fr: 'Notification' } },
    { name: 'critical', type: 'checkbox', defaultValue: false, label: { en: 'Critical', fr: 'Critique' } },
    { name: 'locale', type: 'text', label: { en: 'Language', fr: 'Langue' } },
    { name: 'content', type: 'json', label: { en: 'Rendered content', fr: 'Contenu rendu' } },
    { name: 'provider', type: 'text', label: { en: 'Provider', fr: 'Fournisseur' } },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0, label: { en: 'Attempts', fr: 'Tentatives' } },
    { name: 'lockedAt', type: 'date', admin: { hidden: true } },
    { name: 'sentTargets', type: 'json', label: { en: 'Targets reached', fr: 'Destinataires atteints' } },
    { name: 'providerResponse', type: 'json', label: { en: 'Provider response', fr: 'Réponse du fournisseur' } },
    { name: 'lastError', type: 'textarea', label: { en: 'Last error', fr: 'Dernière erreur' } },
    { name: 'reason', type: 'text', label: { en: 'Reason (skipped)', fr: 'Raison (ignoré)' } },
    { name: 'sentAt', type: 'date', label: { en: 'Sent at', fr: 'Envoyé le' } },
  ],
}
