import type { Access, CollectionConfig, Where } from 'payload'

import { hasRole, isAdmin, userIsAdmin } from '../../../../access'
import { moneyAdmin } from '../../../../admin/fields'
import { GROUP } from '../../shared'
import { derived, money } from '../../classes/access'
import { DAY_LABELS, DAYS, validateCurrency, validateHHMM, validateMinor } from '../../classes/services/time'
import { careBookingEndpoints, careServiceEndpoints } from '../endpoints/care'
import { guardPractitioner, guardService, keepReferenced } from '../services/care'
import { CARE_STATUSES } from '../services/transitions'

const own =
  (field: string): Access =>
  ({ req }) =>
    userIsAdmin(req.user) ? true : req.user ? { [field]: { equals: req.user.id } } : false

const opt = (value: string, en: string, fr: string) => ({ value, label: { en, fr } })

export const CARE_TYPES = [
  opt('massage', 'Massage', 'Massage'),
  opt('physio', 'Physiotherapy', 'Kinésithérapie'),
  opt('osteopathy', 'Osteopathy', 'Ostéopathie'),
  opt('yoga', 'Yoga', 'Yoga'),
  opt('pilates', 'Pilates', 'Pilates'),
  opt('stretching', 'Stretching', 'Étirements'),
  opt('sophrology', 'Sophrology', 'Sophrologie'),
  opt('nutrition', 'Nutrition', 'Nutrition'),
  opt('other', 'Other', 'Autre'),
]

/** A practitioner's public profile: one per user. */
export const CarePractitioners: CollectionConfig = {
  slug: 'care-practitioners',
  labels: { singular: { en: 'Care practitioner', fr: 'Praticien bien-être' }, plural: { en: 'Care practitioners', fr: 'Praticiens bien-être' } },
  admin: { group: GROUP, useAsTitle: 'displayName', defaultColumns: ['displayName', 'profession', 'city', 'user'] },
  access: { read: () => true, create: hasRole('practitioner'), update: own('user'), delete: isAdmin },
  hooks: { beforeChange: [guardPractitioner], beforeDelete: [keepReferenced('care-services', 'practitioner', 'it still offers services')] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', unique: true, index: true, access: { update: ({ req }) => userIsAdmin(req.user) }, admin: { position: 'sidebar' }, label: { en: 'User', fr: 'Utilisateur' } },
    { name: 'displayName', type: 'text', required: true, maxLength: 120, label: { en: 'Display name', fr: 'Nom affiché' } },
    { name: 'profession', type: 'text', maxLength: 120, label: { en: 'Profession', fr: 'Profession' } },
    { name: 'bio', type: 'textarea', maxLength: 3000, label: { en: 'Bio', fr: 'Présentation' } },
    { name: 'qualifications', type: 'textarea', maxLength: 3000, label: { en: 'Qualifications', fr: 'Qualifications' } },
    { name: 'specialties', type: 'select', hasMany: true, options: CARE_TYPES, label: { en: 'Specialties', fr: 'Spécialités' } },
    { name: 'city', type: 'text', maxLength: 120, index: true, label: { en: 'City', fr: 'Ville' } },
    { name: 'address', type: 'text', maxLength: 300, label: { en: 'Address', fr: 'Adresse' } },
    { name: 'phone', type: 'text', maxLength: 30, label: { en: 'Phone', fr: 'Téléphone' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { en: 'Photo', fr: 'Photo' } },
  ],
}

/** A service offered by a practitioner, with its price, duration and weekly availability (Africa/Porto-Novo time). */
export const CareServices: CollectionConfig = {
  slug: 'care-services',
  labels: { singular: { en: 'Care service', fr: 'Soin' }, plural: { en: 'Care services', fr: 'Soins' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'type', 'practitioner', 'price', 'durationMinutes'] },
  access: { read: () => true, create: hasRole('practitioner'), update: own('owner'), delete: own('owner') },
  endpoints: careServiceEndpoints,
  hooks: { beforeChange: [guardService], beforeDelete: [keepReferenced('care-bookings', 'service', 'it has bookings; untick “Bookable” instead')] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
    { name: 'type', type: 'select', required: true, options: CARE_TYPES, label: { en: 'Type', fr: 'Type' } },
    { name: 'description', type: 'textarea', maxLength: 3000, label: { en: 'Description', fr: 'Description' } },
    { name: 'practitioner', type: 'relationship', relationTo: 'care-practitioners', required: true, index: true, label: { en: 'Practitioner', fr: 'Praticien' } },
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, access: derived, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Owner', fr: 'Propriétaire' } },
    {
      type: 'row',
      fields: [
        money('price', 'Price', 'Prix', validateMinor),
        { name: 'currency', type: 'text', required: true, defaultValue: 'XOF', maxLength: 3, validate: validateCurrency as never, label: { en: 'Currency', fr: 'Devise' } },
        { name: 'durationMinutes', type: 'number', required: true, min: 10, max: 480, defaultValue: 60, validate: ((v: unknown) => (Number.isInteger(v) && (v as number) >= 10 && (v as number) <= 480) || 'durationMinutes: a whole number of minutes, 10 to 480') as never, label: { en: 'Duration (minutes)', fr: 'Durée (minutes)' } },
      ],
    },
    {
      name: 'availability',
      type: 'array',
      maxRows: 28,
      admin: { description: { en: 'Weekly opening hours, Africa/Porto-Novo time (UTC+1).', fr: 'Horaires hebdomadaires, heure de Porto-Novo (UTC+1).' } },
      label: { en: 'Availability', fr: 'Disponibilités' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: DAYS.map((value) => ({ value, label: DAY_LABELS[value] })), label: { en: 'Day', fr: 'Jour' } },
            { name: 'startTime', type: 'text', required: true, maxLength: 5, validate: validateHHMM as never, label: { en: 'From (HH:MM)', fr: 'De (HH:MM)' } },
            { name: 'endTime', type: 'text', required: true, maxLength: 5, validate: validateHHMM as never, label: { en: 'To (HH:MM)', fr: 'À (HH:MM)' } },
          ],
        },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Bookable', fr: 'Réservable' } },
  ],
}

const statusLabels: Record<string, { en: string; fr: string }> = {
  pending_payment: { en: 'Awaiting payment', fr: 'En attente de paiement' },
  pending: { en: 'Awaiting confirmation', fr: 'En attente de confirmation' },
  confirmed: { en: 'Confirmed', fr: 'Confirmé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  completed: { en: 'Completed', fr: 'Terminé' },
}

/** Clients read theirs, practitioners the ones of their services, admins all. */
const clientOrPractitioner: Access = ({ req }) => {
  if (userIsAdmin(req.user)) return true
  return req.user ? ({ or: [{ client: { equals: req.user.id } }, { practitionerUser: { equals: req.user.id } }] } as Where) : false
}

const kept = (name: string, en: string, fr: string, extra: Record<string, unknown>) => ({ name, access: derived, admin: { readOnly: true }, label: { en, fr }, ...extra }) as never

/**
 * One appointment. Written only by the server (POST /api/care-services/:id/book and the moves
 * under /api/care-bookings/:id/…); the database refuses two overlapping live bookings of one
 * practitioner (exclusion constraint care_bookings_no_overlap).
 */
export const CareBookings: CollectionConfig = {
  slug: 'care-bookings',
  labels: { singular: { en: 'Care booking', fr: 'Rendez-vous bien-être' }, plural: { en: 'Care bookings', fr: 'Rendez-vous bien-être' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'status', 'client', 'practitioner'] },
  access: { read: clientOrPractitioner, create: () => false, update: isAdmin, delete: isAdmin },
  endpoints: careBookingEndpoints,
  fields: [
    kept('title', 'Title', 'Titre', { type: 'text', maxLength: 200 }),
    kept('service', 'Service', 'Soin', { type: 'relationship', relationTo: 'care-services', index: true }),
    kept('practitioner', 'Practitioner', 'Praticien', { type: 'relationship', relationTo: 'care-practitioners', index: true }),
    kept('practitionerUser', 'Practitioner (user)', 'Praticien (utilisateur)', { type: 'relationship', relationTo: 'users', index: true }),
    kept('client', 'Client', 'Client', { type: 'relationship', relationTo: 'users', index: true }),
    kept('startsAt', 'Starts at', 'Début', { type: 'date', required: true, index: true }),
    kept('endsAt', 'Ends at', 'Fin', { type: 'date', required: true }),
    kept('status', 'Status', 'Statut', { type: 'select', required: true, defaultValue: 'pending', index: true, options: CARE_STATUSES.map((value) => ({ value, label: statusLabels[value] })) }),
    kept('amount', 'Amount', 'Montant', { type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { readOnly: true }) }),
    kept('currency', 'Currency', 'Devise', { type: 'text', maxLength: 3 }),
    kept('paymentId', 'Payment', 'Paiement', { type: 'number' }),
    kept('refundedAmount', 'Refunded', 'Remboursé', { type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { readOnly: true }) }),
    kept('cancelReason', 'Cancellation reason', "Motif d'annulation", { type: 'textarea', maxLength: 500 }),
    { name: 'notes', type: 'textarea', maxLength: 1000, access: { update: ({ req }) => userIsAdmin(req.user) }, label: { en: 'Client notes', fr: 'Notes du client' } },
    {
      name: 'history',
      type: 'array',
      access: derived,
      admin: { readOnly: true },
      label: { en: 'History', fr: 'Historique' },
      fields: [
        { name: 'from', type: 'text', maxLength: 30 },
        { name: 'to', type: 'text', maxLength: 30 },
        { name: 'at', type: 'date' },
        { name: 'by', type: 'number' },
        { name: 'note', type: 'textarea', maxLength: 500 },
      ],
    },
  ],
}
