import type { CollectionConfig, FieldAccess } from 'payload'

import { moneyAdmin } from '../../../admin/fields'
import { badRequest } from '../../../endpoints/http'
import { hasRole, isAdmin } from '../../../access'
import { validateCountryCode, validateLatitude, validateLongitude } from '../../../lib/validators'
import { eventEndpoints } from '../endpoints/events'
import { afterEventChange, guardStatus } from '../services/events'
import { EVENT_STATUSES } from '../services/moderation'
import { GROUP, isModerator, ownOrModerator, publicOrOwn, slugify, validTimeZone } from '../access'

const moderatorsOnly: FieldAccess = ({ req }) => isModerator(req.user)
const serverKept = { create: moderatorsOnly, update: moderatorsOnly }

/** The events' status labels (the select's options, the dashboard's chart). */
export const EVENT_STATUS_LABELS: Record<string, { en: string; fr: string }> = {
  draft: { en: 'Draft', fr: 'Brouillon' },
  pending_review: { en: 'Pending review', fr: 'En attente de validation' },
  published: { en: 'Published', fr: 'Publié' },
  rejected: { en: 'Rejected', fr: 'Refusé' },
  completed: { en: 'Completed', fr: 'Terminé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
}

/** Stored in minor units of the event's `currency`, shown and typed as money (2 500 FCFA, 14,61 €); the API documentation keeps the description. */
const money = (name: string, en: string, fr: string) => ({ name, type: 'number' as const, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { description: { en: 'Minor units (XOF has none, EUR has cents)', fr: 'Unités mineures (XOF sans, EUR en centimes)' } }), label: { en, fr } })
const dateTime = (name: string, en: string, fr: string, required = false) => ({ name, type: 'date' as const, required, admin: { date: { pickerAppearance: 'dayAndTime' as const } }, label: { en, fr } })

/** Events of SpotVibe (moderated) and BachataVibe: bookable through the `bookings` engine. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', fr: 'Événement' }, plural: { en: 'Events', fr: 'Événements' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'status', 'startsAt', 'city', 'organizer', 'capacity'], listSearchableFields: ['title', 'city'] },
  access: { read: publicOrOwn('organizer'), create: hasRole('organizer', 'editor'), update: ownOrModerator('organizer'), delete: isAdmin },
  endpoints: eventEndpoints,
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.title === 'string') data.slug = `${slugify(data.title)}-${Date.now().toString(36)}`
        return data
      },
    ],
    beforeChange: [
      guardStatus,
      ({ data, originalDoc }) => {
        const m = { ...originalDoc, ...data }
        const errors: string[] = []
        if (m.endsAt && m.startsAt && new Date(m.endsAt) <= new Date(m.startsAt)) errors.push('endsAt: must be after startsAt')
        if (m.access === 'paid' && !(m.price > 0)) errors.push('price: a paid event needs a price above 0')
        if (m.earlyBirdPrice !== null && m.earlyBirdPrice !== undefined && m.price !== null && m.earlyBirdPrice > m.price) errors.push('earlyBirdPrice: cannot exceed the regular price')
        if (m.earlyBirdPrice && !m.earlyBirdUntil) errors.push('earlyBirdUntil: an early-bird price needs its deadline')
        if (m.registrationDeadline && m.startsAt && new Date(m.registrationDeadline) > new Date(m.startsAt)) errors.push('registrationDeadline: must be before the start')
        if (m.minParticipants && m.capacity !== undefined && m.minParticipants > m.capacity) errors.push('minParticipants: cannot exceed the capacity')
        if (m.minParticipants && !m.confirmationDeadline) errors.push('confirmationDeadline: a minimum of participants needs the date it is checked')
        if (errors.length) throw badRequest(errors.join('; '))
        return data
      },
    ],
    afterChange: [afterEventChange],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
    { name: 'slug', type: 'text', unique: true, index: true, maxLength: 240, label: { en: 'Slug', fr: 'Slug' } },
    { name: 'shortDescription', type: 'textarea', maxLength: 500, label: { en: 'Short description', fr: 'Description courte' } },
    { name: 'description', type: 'richText', label: { en: 'Description', fr: 'Description' } },
    { name: 'category', type: 'relationship', relationTo: 'event-categories', index: true, label: { en: 'Category', fr: 'Catégorie' } },
    {
      name: 'type',
      type: 'select',
      defaultValue: 'other',
      options: [
        { value: 'workshop', label: { en: 'Workshop', fr: 'Atelier' } },
        { value: 'masterclass', label: { en: 'Masterclass', fr: 'Masterclass' } },
        { value: 'party', label: { en: 'Party', fr: 'Soirée' } },
        { value: 'social', label: { en: 'Social', fr: 'Social' } },
        { value: 'concert', label: { en: 'Concert', fr: 'Concert' } },
        { value: 'conference', label: { en: 'Conference', fr: 'Conférence' } },
        { value: 'other', label: { en: 'Other', fr: 'Autre' } },
      ],
      label: { en: 'Type', fr: 'Type' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      access: serverKept,
      options: EVENT_STATUSES.map((value) => ({ value, label: EVENT_STATUS_LABELS[value] })),
      admin: { position: 'sidebar', description: { en: 'Moderators approve (published) or reject (give a reason) — one by one or by selecting several in the list and editing "Status".', fr: 'Les modérateurs approuvent (publié) ou refusent (avec un motif) — un par un ou en sélectionnant plusieurs événements dans la liste.' } },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'rejectionReason', type: 'textarea', maxLength: 1000, access: { create: moderatorsOnly, update: moderatorsOnly }, admin: { position: 'sidebar' }, label: { en: 'Rejection reason', fr: 'Motif du refus' } },
    { name: 'cancelReason', type: 'textarea', maxLength: 1000, admin: { position: 'sidebar' }, label: { en: 'Cancellation reason', fr: "Motif d'annulation" } },
    { name: 'publishedAt', type: 'date', access: serverKept, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Published at', fr: 'Publié le' } },
    { name: 'organizer', type: 'relationship', relationTo: 'users', index: true, access: serverKept, admin: { position: 'sidebar' }, label: { en: 'Organizer', fr: 'Organisateur' } },
    { name: 'staff', type: 'relationship', relationTo: 'users', hasMany: true, admin: { position: 'sidebar', description: { en: 'May check tickets in at the door', fr: "Peuvent contrôler les billets à l'entrée" } }, label: { en: 'Door staff', fr: 'Équipe d’accueil' } },
    { name: 'featured', type: 'checkbox', defaultValue: false, access: serverKept, admin: { position: 'sidebar' }, label: { en: 'Featured', fr: 'À la une' } },
    { name: 'viewsCount', type: 'number', min: 0, defaultValue: 0, access: serverKept, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Views', fr: 'Vues' } },
    {
      type: 'row',
      fields: [dateTime('startsAt', 'Starts at', 'Début', true), dateTime('endsAt', 'Ends at', 'Fin'), { name: 'timezone', type: 'text', defaultValue: 'Africa/Porto-Novo', maxLength: 64, validate: validTimeZone as never, label: { en: 'Time zone', fr: 'Fuseau horaire' } }],
    },
    { name: 'venue', type: 'text', maxLength: 200, label: { en: 'Venue', fr: 'Lieu' } },
    { name: 'address', type: 'text', maxLength: 300, label: { en: 'Address', fr: 'Adresse' } },
    { type: 'row', fields: [{ name: 'city', type: 'text', maxLength: 120, index: true, label: { en: 'City', fr: 'Ville' } }, { name: 'country', type: 'text', maxLength: 2, validate: validateCountryCode as never, label: { en: 'Country (ISO)', fr: 'Pays (ISO)' } }] },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, validate: validateLatitude as never, label: { en: 'Latitude', fr: 'Latitude' } },
        { name: 'longitude', type: 'number', min: -180, max: 180, validate: validateLongitude as never, label: { en: 'Longitude', fr: 'Longitude' } },
      ],
    },
    {
      name: 'access',
      type: 'select',
      required: true,
      defaultValue: 'free',
      options: [
        { value: 'free', label: { en: 'Free', fr: 'Gratuit' } },
        { value: 'paid', label: { en: 'Paid', fr: 'Payant' } },
      ],
      label: { en: 'Access', fr: 'Accès' },
    },
    {
      type: 'row',
      fields: [
        money('price', 'Regular price', 'Prix normal'),
        money('earlyBirdPrice', 'Early-bird price', 'Prix prévente'),
        dateTime('earlyBirdUntil', 'Early bird until', "Prévente jusqu'au"),
        { name: 'currency', type: 'text', defaultValue: 'XOF', maxLength: 3, validate: ((v: unknown) => !v || /^[A-Z]{3}$/.test(String(v)) || 'currency: an ISO 4217 code, e.g. XOF') as never, label: { en: 'Currency', fr: 'Devise' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', required: true, min: 0, defaultValue: 100, label: { en: 'Capacity', fr: 'Capacité' } },
        { name: 'minParticipants', type: 'number', min: 0, defaultValue: 0, label: { en: 'Minimum participants', fr: 'Participants minimum' } },
        { name: 'waitlistEnabled', type: 'checkbox', defaultValue: true, label: { en: 'Waitlist when full', fr: "Liste d'attente si complet" } },
      ],
    },
    {
      type: 'row',
      fields: [
        dateTime('registrationDeadline', 'Registrations close', 'Fin des inscriptions'),
        dateTime('cancellationDeadline', 'Refunded cancellations until', "Annulation remboursée jusqu'au"),
        dateTime('confirmationDeadline', 'Minimum checked on', 'Minimum vérifié le'),
      ],
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { en: 'Cover image', fr: 'Image de couverture' } },
    {
      name: 'moderationLog',
      type: 'array',
      access: serverKept,
      admin: { readOnly: true },
      label: { en: 'Moderation log', fr: 'Historique de modération' },
      fields: [
        { name: 'from', type: 'text', maxLength: 30 },
        { name: 'to', type: 'text', maxLength: 30 },
        { name: 'at', type: 'date' },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'reason', type: 'textarea', maxLength: 1000 },
      ],
    },
  ],
  indexes: [{ fields: ['status', 'startsAt'] }],
}
