import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin } from '../../../../access'
import { GROUP } from '../../shared'
import { derived, money, ownOrAdmin, serverKept, venueGroup, visibleOrOwn } from '../access'
import { trainingEndpoints } from '../endpoints/trainings'
import { validateCurrency, validateMinor, validateTimeZone } from '../services/time'
import { afterTrainingChange, deriveTrainingCounts, guardTraining } from '../services/trainings'
import { TRAINING_STATUSES } from '../services/transitions'

const statusLabels: Record<string, { en: string; fr: string }> = {
  pending: { en: 'Pending (minimum not reached)', fr: 'En attente (minimum non atteint)' },
  confirmed: { en: 'Confirmed', fr: 'Confirmé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  completed: { en: 'Completed', fr: 'Terminé' },
}

const dateTime = (name: string, en: string, fr: string, required = false) => ({ name, type: 'date' as const, required, admin: { date: { pickerAppearance: 'dayAndTime' as const } }, label: { en, fr } })

/** Practices, socials, workshops organized by members; confirmed once enough people join. */
export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: { en: 'Training', fr: 'Entraînement' }, plural: { en: 'Trainings', fr: 'Entraînements' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'type', 'status', 'startsAt', 'organizer'] },
  access: {
    read: visibleOrOwn('organizer', ['pending', 'confirmed', 'cancelled', 'completed']),
    create: hasRole('participant', 'student', 'instructor', 'artist', 'organizer', 'editor'),
    update: ownOrAdmin('organizer'),
    delete: isAdmin,
  },
  endpoints: trainingEndpoints,
  hooks: { beforeChange: [guardTraining], afterChange: [afterTrainingChange], afterRead: [deriveTrainingCounts] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
    { name: 'description', type: 'textarea', maxLength: 5000, label: { en: 'Description', fr: 'Description' } },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'practice',
          options: [
            { value: 'practice', label: { en: 'Practice', fr: 'Pratique' } },
            { value: 'social', label: { en: 'Social', fr: 'Soirée sociale' } },
            { value: 'workshop', label: { en: 'Workshop', fr: 'Atelier' } },
            { value: 'choreography', label: { en: 'Choreography', fr: 'Chorégraphie' } },
          ],
          label: { en: 'Type', fr: 'Type' },
        },
        { name: 'style', type: 'relationship', relationTo: 'dance-styles', index: true, label: { en: 'Dance style', fr: 'Style de danse' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: TRAINING_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      admin: { position: 'sidebar', description: { en: 'Set by the server from the minimum; the organizer may cancel or complete.', fr: 'Fixé par le serveur selon le minimum ; l’organisateur peut annuler ou terminer.' } },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'cancelReason', type: 'textarea', maxLength: 1000, admin: { position: 'sidebar' }, label: { en: 'Cancellation reason', fr: "Motif d'annulation" } },
    { name: 'organizer', type: 'relationship', relationTo: 'users', index: true, access: serverKept, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Organizer', fr: 'Organisateur' } },
    {
      name: 'isMinimumReached',
      type: 'checkbox',
      virtual: true,
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Minimum reached', fr: 'Minimum atteint' },
    },
    { name: 'participantsCount', type: 'number', min: 0, virtual: true, access: derived, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Confirmed participants', fr: 'Participants confirmés' } },
    {
      type: 'row',
      fields: [
        dateTime('startsAt', 'Starts at', 'Début', true),
        dateTime('endsAt', 'Ends at', 'Fin'),
        { name: 'timezone', type: 'text', defaultValue: 'Africa/Porto-Novo', maxLength: 64, validate: validateTimeZone as never, label: { en: 'Time zone', fr: 'Fuseau horaire' } },
      ],
    },
    {
      ...dateTime('confirmationDeadline', 'Minimum checked on', 'Minimum vérifié le'),
      admin: { date: { pickerAppearance: 'dayAndTime' as const }, description: { en: 'Default: 24 h before the start. Still short then: cancelled automatically.', fr: 'Par défaut : 24 h avant le début. Minimum non atteint : annulé automatiquement.' } },
    },
    venueGroup,
    {
      type: 'row',
      fields: [
        { name: 'minParticipants', type: 'number', required: true, min: 1, max: 1000, defaultValue: 2, label: { en: 'Minimum participants', fr: 'Participants minimum' } },
        { name: 'maxParticipants', type: 'number', required: true, min: 1, max: 1000, defaultValue: 20, label: { en: 'Maximum participants', fr: 'Participants maximum' } },
      ],
    },
    {
      type: 'row',
      fields: [
        money('price', 'Price', 'Prix', validateMinor),
        { name: 'currency', type: 'text', required: true, defaultValue: 'XOF', maxLength: 3, validate: validateCurrency as never, label: { en: 'Currency', fr: 'Devise' } },
      ],
    },
  ],
}
