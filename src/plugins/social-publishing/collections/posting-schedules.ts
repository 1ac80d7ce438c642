import type { CollectionConfig } from 'payload'

import { ownSocial } from '../access'
import { ACCOUNTS, GROUP, SCHEDULES } from '../constants'
import { assignOwner, validatePostingSchedule } from '../services/schedules'
import { WEEKDAYS } from '../services/recurrence'

const DAY_LABELS: Record<string, { en: string; fr: string }> = {
  MO: { en: 'Monday', fr: 'Lundi' },
  TU: { en: 'Tuesday', fr: 'Mardi' },
  WE: { en: 'Wednesday', fr: 'Mercredi' },
  TH: { en: 'Thursday', fr: 'Jeudi' },
  FR: { en: 'Friday', fr: 'Vendredi' },
  SA: { en: 'Saturday', fr: 'Samedi' },
  SU: { en: 'Sunday', fr: 'Dimanche' },
}

/**
 * A recurring schedule ("every Tuesday and Friday at 18:00 Europe/Paris") that creates a post at
 * each occurrence with the next image from its image source, or a queue: time slots that
 * "add to queue" (`POST /api/social/queue`) fills with the next free one.
 */
export const PostingSchedules: CollectionConfig = {
  slug: SCHEDULES,
  labels: { singular: { en: 'Posting schedule', fr: 'Planification' }, plural: { en: 'Posting schedules', fr: 'Planifications' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'timezone', 'active', 'owner'] },
  access: { read: ownSocial(), create: ownSocial(), update: ownSocial(), delete: ownSocial() },
  hooks: { beforeValidate: [assignOwner], beforeChange: [validatePostingSchedule] },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: () => false }, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'recurring',
      options: [
        { value: 'recurring', label: { en: 'Recurring: creates a post at each time', fr: 'Récurrente : crée une publication à chaque horaire' } },
        { value: 'queue', label: { en: 'Queue: time slots filled by “add to queue”', fr: 'File : créneaux remplis par « ajouter à la file »' } },
      ],
      label: { en: 'Kind', fr: 'Type' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Active' } },
    { name: 'accounts', type: 'relationship', relationTo: ACCOUNTS, hasMany: true, required: true, minRows: 1, maxRows: 10, label: { en: 'Accounts', fr: 'Comptes' } },
    { name: 'timezone', type: 'text', required: true, defaultValue: 'Europe/Paris', maxLength: 64, label: { en: 'Time zone', fr: 'Fuseau horaire' } },
    {
      name: 'frequency',
      type: 'select',
      defaultValue: 'weekly',
      options: [
        { value: 'weekly', label: { en: 'Weekly', fr: 'Hebdomadaire' } },
        { value: 'daily', label: { en: 'Daily', fr: 'Quotidienne' } },
      ],
      label: { en: 'Frequency', fr: 'Fréquence' },
    },
    { name: 'weekdays', type: 'select', hasMany: true, options: WEEKDAYS.map((d) => ({ value: d, label: DAY_LABELS[d] })), label: { en: 'Days', fr: 'Jours' } },
    {
      name: 'times',
      type: 'array',
      maxRows: 24,
      label: { en: 'Times of day', fr: 'Heures' },
      fields: [{ name: 'time', type: 'text', required: true, maxLength: 5, admin: { placeholder: '18:00' }, label: { en: 'Time (HH:MM)', fr: 'Heure (HH:MM)' } }],
    },
    {
      name: 'rrule',
      type: 'text',
      maxLength: 500,
      admin: { description: { en: 'Advanced: an RFC 5545 rule (e.g. FREQ=MONTHLY;BYDAY=1MO;BYHOUR=9;BYMINUTE=0) used instead of days and times.', fr: 'Avancé : une règle RFC 5545 utilisée à la place des jours et heures.' } },
      label: { en: 'Recurrence rule', fr: 'Règle de récurrence' },
    },
    { name: 'startsAt', type: 'date', label: { en: 'Starts at', fr: 'Commence le' } },
    { name: 'captionTemplate', type: 'textarea', maxLength: 2200, label: { en: 'Caption', fr: 'Légende' } },
    {
      name: 'imageSource',
      type: 'select',
      defaultValue: 'pool',
      options: [
        { value: 'pool', label: { en: 'The images listed below, in order', fr: 'Les images ci-dessous, dans l’ordre' } },
        { value: 'tag', label: { en: 'The next image with the tag', fr: 'La prochaine image portant le tag' } },
      ],
      label: { en: 'Image source', fr: 'Source des images' },
    },
    { name: 'tag', type: 'text', maxLength: 60, label: { en: 'Tag', fr: 'Tag' } },
    { name: 'imagePool', type: 'relationship', relationTo: 'media', hasMany: true, maxRows: 500, label: { en: 'Images', fr: 'Images' } },
    // where the scheduler is: occurrences up to this instant have their post (or were skipped)
    { name: 'lastOccurrenceAt', type: 'date', access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Last slot handled', fr: 'Dernier créneau traité' } },
    { name: 'lastMessage', type: 'text', access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Last message', fr: 'Dernier message' } },
  ],
}
