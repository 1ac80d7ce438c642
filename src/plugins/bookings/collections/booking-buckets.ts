import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../access'
import { GROUP } from '../access'

/**
 * A capacity bucket: N places of one bookable resource (an event, a festival package...). A bucket
 * may draw on a parent (a festival's total capacity shared by its packages): a place is taken in
 * the bucket and in every ancestor in one SQL statement, or in none. Written only by the engine.
 */
export const BookingBuckets: CollectionConfig = {
  slug: 'booking-buckets',
  labels: { singular: { en: 'Capacity bucket', fr: 'Quota de places' }, plural: { en: 'Capacity buckets', fr: 'Quotas de places' } },
  admin: { group: GROUP, useAsTitle: 'label', defaultColumns: ['label', 'resourceCollection', 'resourceId', 'taken', 'capacity', 'confirmationState'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'label', type: 'text', maxLength: 300, label: { en: 'Label', fr: 'Libellé' } },
    { name: 'resourceCollection', type: 'text', required: true, maxLength: 100, label: { en: 'Resource collection', fr: 'Collection de la ressource' } },
    { name: 'resourceId', type: 'number', required: true, min: 1, label: { en: 'Resource id', fr: 'Identifiant de la ressource' } },
    { name: 'capacity', type: 'number', required: true, min: 0, defaultValue: 0, label: { en: 'Capacity', fr: 'Capacité' } },
    { name: 'taken', type: 'number', required: true, min: 0, defaultValue: 0, admin: { readOnly: true }, label: { en: 'Places taken or held', fr: 'Places prises ou réservées' } },
    { name: 'parent', type: 'relationship', relationTo: 'booking-buckets', label: { en: 'Shared quota (parent)', fr: 'Quota partagé (parent)' } },
    { name: 'minParticipants', type: 'number', min: 0, defaultValue: 0, label: { en: 'Minimum participants', fr: 'Participants minimum' } },
    { name: 'confirmationDeadline', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Confirmation deadline', fr: 'Date limite de confirmation' } },
    {
      name: 'confirmationState',
      type: 'select',
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: { en: 'Pending', fr: 'En attente' } },
        { value: 'confirmed', label: { en: 'Confirmed', fr: 'Confirmé' } },
        { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulé' } },
      ],
      label: { en: 'Minimum check', fr: 'Vérification du minimum' },
    },
    { name: 'startsAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Starts at', fr: 'Début' } },
  ],
  indexes: [{ fields: ['resourceCollection', 'resourceId'], unique: true }],
}
