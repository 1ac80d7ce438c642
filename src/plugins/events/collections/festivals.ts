import type { AccessResult, CollectionConfig, Endpoint, FieldAccess, Where } from 'payload'

import { z } from 'zod'

import { moneyAdmin } from '../../../admin/fields'
import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../endpoints/http'
import { hasRole, isAdmin, userIsAdmin } from '../../../access'
import { validateCountryCode } from '../../../lib/validators'
import { attendeesAnswer, register, registerFields } from '../../bookings'
import { GROUP, isModerator, ownOrModerator, publicOrOwn, slugify } from '../access'
import { syncFestivalBucket, syncPackageBucket } from '../services/festivals'

const IdParams = z.object({ id: z.coerce.number().int().positive().describe('The festival or package id.') })

/** GET /:id/attendees of a festival or a package (organizer or staff): JSON, or CSV with `format=csv`. */
const attendeesEndpoint = (collection: 'festivals' | 'festival-packages', summary: string): Endpoint =>
  defineEndpoint({
    path: '/:id/attendees',
    method: 'get',
    auth: 'user',
    summary,
    description: 'Answers `text/csv` when `format=csv`.',
    params: IdParams,
    query: z.object({ format: z.string().optional().describe('`csv` for a CSV file; JSON otherwise.') }),
    handler: async (req, { query }) => attendeesAnswer(req, collection, idParam(routeParam(req, 'id')), query.format),
  })

const moderatorsOnly: FieldAccess = ({ req }) => isModerator(req.user)
const dateTime = (name: string, en: string, fr: string, required = false) => ({ name, type: 'date' as const, required, admin: { date: { pickerAppearance: 'dayAndTime' as const } }, label: { en, fr } })
/** Stored in minor units of the package's `currency`, shown and typed as money. */
const money = (name: string, en: string, fr: string) => ({ name, type: 'number' as const, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { description: { en: 'Minor units', fr: 'Unités mineures' } }), label: { en, fr } })

const idParam = (raw: string) => {
  const n = Number(raw)
  if (!Number.isSafeInteger(n) || n <= 0) throw badRequest('id: must be a positive integer')
  return n
}

/** BachataVibe festivals (seed 000). The capacity is shared by all its packages. */
export const Festivals: CollectionConfig = {
  slug: 'festivals',
  labels: { singular: { en: 'Festival', fr: 'Festival' }, plural: { en: 'Festivals', fr: 'Festivals' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'status', 'startDate', 'city', 'capacity'] },
  access: { read: publicOrOwn('organizer', ['published', 'cancelled']), create: hasRole('organizer', 'editor'), update: ownOrModerator('organizer'), delete: isAdmin },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.name === 'string') data.slug = `${slugify(data.name)}-${Date.now().toString(36)}`
        return data
      },
    ],
    beforeChange: [
      ({ data, operation, originalDoc, req }) => {
        if (operation === 'create' && req.user && !userIsAdmin(req.user)) data.organizer = req.user.id
        const m = { ...originalDoc, ...data }
        if (m.endDate && new Date(m.endDate) < new Date(m.startDate)) throw badRequest('endDate: must not be before startDate')
        if (m.registrationDeadline && new Date(m.registrationDeadline) > new Date(m.startDate)) throw badRequest('registrationDeadline: must be before the start')
        return data
      },
    ],
    afterChange: [syncFestivalBucket],
  },
  endpoints: [attendeesEndpoint('festivals', 'The registrations of every package of a festival, as JSON or CSV (`format=csv`)')],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { en: 'Name', fr: 'Nom' } },
    { name: 'slug', type: 'text', unique: true, maxLength: 240, label: { en: 'Slug', fr: 'Slug' } },
    { name: 'description', type: 'richText', label: { en: 'Description', fr: 'Description' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      access: { create: moderatorsOnly, update: moderatorsOnly },
      options: [
        { value: 'draft', label: { en: 'Draft', fr: 'Brouillon' } },
        { value: 'published', label: { en: 'Published', fr: 'Publié' } },
        { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulé' } },
      ],
      admin: { position: 'sidebar' },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'organizer', type: 'relationship', relationTo: 'users', index: true, access: { update: moderatorsOnly }, admin: { position: 'sidebar' }, label: { en: 'Organizer', fr: 'Organisateur' } },
    { name: 'staff', type: 'relationship', relationTo: 'users', hasMany: true, admin: { position: 'sidebar' }, label: { en: 'Door staff', fr: 'Équipe d’accueil' } },
    { name: 'featured', type: 'checkbox', defaultValue: false, access: { create: moderatorsOnly, update: moderatorsOnly }, admin: { position: 'sidebar' }, label: { en: 'Featured', fr: 'À la une' } },
    { type: 'row', fields: [dateTime('startDate', 'Starts', 'Début', true), dateTime('endDate', 'Ends', 'Fin')] },
    { type: 'row', fields: [dateTime('registrationDeadline', 'Registrations close', 'Fin des inscriptions'), dateTime('cancellationDeadline', 'Refunded cancellations until', "Annulation remboursée jusqu'au")] },
    { name: 'venue', type: 'text', maxLength: 200, label: { en: 'Venue', fr: 'Lieu' } },
    { type: 'row', fields: [{ name: 'city', type: 'text', maxLength: 120, label: { en: 'City', fr: 'Ville' } }, { name: 'country', type: 'text', maxLength: 2, validate: validateCountryCode as never, label: { en: 'Country (ISO)', fr: 'Pays (ISO)' } }] },
    { name: 'capacity', type: 'number', required: true, min: 0, defaultValue: 500, admin: { description: { en: 'Shared by all packages', fr: 'Partagée par toutes les formules' } }, label: { en: 'Total capacity', fr: 'Capacité totale' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { en: 'Cover image', fr: 'Image de couverture' } },
  ],
}

/** Festival packages (Basic / Premium / VIP): price tiers, slots, features; bookable. */
export const FestivalPackages: CollectionConfig = {
  slug: 'festival-packages',
  labels: { singular: { en: 'Festival package', fr: 'Formule de festival' }, plural: { en: 'Festival packages', fr: 'Formules de festival' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'festival', 'level', 'price', 'slots', 'active'] },
  access: {
    read: ({ req }): AccessResult => {
      if (isModerator(req.user)) return true
      const published: Where = { 'festival.status': { equals: 'published' } }
      return req.user ? { or: [published, { 'festival.organizer': { equals: req.user.id } }] } : published
    },
    create: hasRole('organizer', 'editor'),
    update: ownOrModerator('festival.organizer'),
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        // organizers add packages to their own festivals only
        if (req.user && !isModerator(req.user)) {
          const festival = await req.payload.findByID({ collection: 'festivals', id: Number(data.festival ?? originalDoc?.festival), depth: 0, overrideAccess: true, req }).catch(() => null)
          if (!festival || Number((festival as { organizer?: unknown }).organizer) !== Number(req.user.id)) throw badRequest('festival: you can only add packages to your own festivals.')
        }
        const m = { ...originalDoc, ...data }
        if (m.earlyBirdPrice && !m.earlyBirdUntil) throw badRequest('earlyBirdUntil: an early-bird price needs its deadline')
        return data
      },
    ],
    afterChange: [syncPackageBucket],
  },
  endpoints: [
    defineEndpoint({
      path: '/:id/register',
      method: 'post',
      auth: 'user',
      status: 201,
      summary: 'Register for a festival package (tier, promo code, payment provider)',
      params: IdParams,
      body: z.object(registerFields).strict(),
      handler: async (req, { body }) => json(await register(req, { ...body, collection: 'festival-packages', id: idParam(routeParam(req, 'id')) }), 201),
    }),
    attendeesEndpoint('festival-packages', 'The registrations of a festival package, as JSON or CSV (`format=csv`)'),
  ],
  fields: [
    { name: 'festival', type: 'relationship', relationTo: 'festivals', required: true, index: true, label: { en: 'Festival', fr: 'Festival' } },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'basic',
      options: [
        { value: 'basic', label: { en: 'Basic', fr: 'Basic' } },
        { value: 'premium', label: { en: 'Premium', fr: 'Premium' } },
        { value: 'vip', label: { en: 'VIP', fr: 'VIP' } },
      ],
      label: { en: 'Level', fr: 'Niveau' },
    },
    { type: 'row', fields: [money('price', 'Regular price', 'Prix normal'), money('earlyBirdPrice', 'Early-bird price', 'Prix prévente'), dateTime('earlyBirdUntil', 'Early bird until', "Prévente jusqu'au")] },
    { name: 'currency', type: 'text', defaultValue: 'XOF', maxLength: 3, label: { en: 'Currency', fr: 'Devise' } },
    { name: 'slots', type: 'number', required: true, min: 0, defaultValue: 100, label: { en: 'Slots', fr: 'Places' } },
    { name: 'features', type: 'array', label: { en: 'Features', fr: 'Avantages' }, fields: [{ name: 'feature', type: 'text', required: true, maxLength: 200, label: { en: 'Feature', fr: 'Avantage' } }] },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'On sale', fr: 'En vente' } },
  ],
}
