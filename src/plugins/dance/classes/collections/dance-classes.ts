import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin } from '../../../../access'
import { slugify } from '../../../../lib/slugify'
import { GROUP } from '../../shared'
import { money, ownOrAdmin, serverKept, venueGroup, visibleOrOwn } from '../access'
import { danceClassEndpoints } from '../endpoints/classes'
import { afterClassChange, guardClass } from '../services/classes'
import { DAY_LABELS, DAYS, validateCurrency, validateHHMM, validateMinor, validateTimeZone } from '../services/time'
import { CLASS_STATUSES } from '../services/transitions'

const statusLabels: Record<string, { en: string; fr: string }> = {
  draft: { en: 'Draft', fr: 'Brouillon' },
  published: { en: 'Published', fr: 'Publié' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  completed: { en: 'Completed', fr: 'Terminé' },
}

export const LEVELS = [
  { value: 'beginner', label: { en: 'Beginner', fr: 'Débutant' } },
  { value: 'intermediate', label: { en: 'Intermediate', fr: 'Intermédiaire' } },
  { value: 'advanced', label: { en: 'Advanced', fr: 'Avancé' } },
  { value: 'all_levels', label: { en: 'All levels', fr: 'Tous niveaux' } },
]

/** Regular in-person dance classes (the seed's "Course"), booked per term through `bookings`. */
export const DanceClasses: CollectionConfig = {
  slug: 'dance-classes',
  labels: { singular: { en: 'Dance class', fr: 'Cours de danse' }, plural: { en: 'Dance classes', fr: 'Cours de danse' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'status', 'level', 'style', 'instructor', 'startDate'], listSearchableFields: ['title'] },
  access: { read: visibleOrOwn('instructor', ['published', 'completed', 'cancelled']), create: hasRole('instructor'), update: ownOrAdmin('instructor'), delete: isAdmin },
  endpoints: danceClassEndpoints,
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.title === 'string') data.slug = `${slugify(data.title, 'class')}-${Date.now().toString(36)}`
        return data
      },
    ],
    beforeChange: [guardClass],
    afterChange: [afterClassChange],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
    { name: 'slug', type: 'text', unique: true, index: true, maxLength: 260, admin: { position: 'sidebar' }, label: { en: 'Slug', fr: 'Slug' } },
    { name: 'shortDescription', type: 'textarea', maxLength: 300, label: { en: 'Short description', fr: 'Description courte' } },
    { name: 'description', type: 'textarea', maxLength: 5000, label: { en: 'Description', fr: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'level', type: 'select', required: true, defaultValue: 'all_levels', options: LEVELS, label: { en: 'Level', fr: 'Niveau' } },
        { name: 'style', type: 'relationship', relationTo: 'dance-styles', index: true, label: { en: 'Dance style', fr: 'Style de danse' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: CLASS_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      admin: { position: 'sidebar', description: { en: 'Draft → published → completed; cancelling refunds every registration.', fr: 'Brouillon → publié → terminé ; annuler rembourse toutes les inscriptions.' } },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'cancelReason', type: 'textarea', maxLength: 1000, admin: { position: 'sidebar' }, label: { en: 'Cancellation reason', fr: "Motif d'annulation" } },
    { name: 'instructor', type: 'relationship', relationTo: 'users', index: true, access: serverKept, admin: { position: 'sidebar', description: { en: 'The creator; admins may choose another.', fr: 'Le créateur ; un admin peut en choisir un autre.' } }, label: { en: 'Instructor', fr: 'Professeur' } },
    {
      name: 'schedule',
      type: 'array',
      maxRows: 14,
      label: { en: 'Weekly schedule', fr: 'Horaires hebdomadaires' },
      labels: { singular: { en: 'Slot', fr: 'Créneau' }, plural: { en: 'Slots', fr: 'Créneaux' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: DAYS.map((value) => ({ value, label: DAY_LABELS[value] })), label: { en: 'Day', fr: 'Jour' } },
            { name: 'startTime', type: 'text', required: true, maxLength: 5, validate: validateHHMM as never, admin: { placeholder: '19:00' }, label: { en: 'Start (HH:MM)', fr: 'Début (HH:MM)' } },
            { name: 'endTime', type: 'text', required: true, maxLength: 5, validate: validateHHMM as never, admin: { placeholder: '21:00' }, label: { en: 'End (HH:MM)', fr: 'Fin (HH:MM)' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } }, label: { en: 'Start date', fr: 'Date de début' } },
        { name: 'endDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: { en: 'End date', fr: 'Date de fin' } },
        { name: 'timezone', type: 'text', defaultValue: 'Africa/Porto-Novo', maxLength: 64, validate: validateTimeZone as never, label: { en: 'Time zone', fr: 'Fuseau horaire' } },
      ],
    },
    venueGroup,
    {
      type: 'row',
      fields: [
        money('price', 'Price (whole term)', 'Prix (session complète)', validateMinor),
        { name: 'currency', type: 'text', required: true, defaultValue: 'XOF', maxLength: 3, validate: validateCurrency as never, label: { en: 'Currency', fr: 'Devise' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', required: true, min: 1, max: 10000, defaultValue: 20, label: { en: 'Capacity', fr: 'Capacité' } },
        { name: 'minParticipants', type: 'number', min: 0, max: 10000, defaultValue: 1, label: { en: 'Minimum participants', fr: 'Participants minimum' } },
        { name: 'waitlistEnabled', type: 'checkbox', defaultValue: true, label: { en: 'Waitlist when full', fr: "Liste d'attente si complet" } },
      ],
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { en: 'Cover image', fr: 'Image de couverture' } },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 30, label: { en: 'Gallery', fr: 'Galerie' } },
    { name: 'videoUrl', type: 'text', maxLength: 500, validate: ((v: unknown) => !v || /^https:\/\/\S+$/.test(String(v)) || 'videoUrl: an https:// address') as never, label: { en: 'Video URL', fr: 'Vidéo (URL)' } },
  ],
}
