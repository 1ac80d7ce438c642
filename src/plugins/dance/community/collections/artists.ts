/**
 * Artists (seed 000 "Artist"): the professional profile of one user (unique), created by that user
 * when they hold the `artist` role, or by an admin for any user (who then gets the role). Only the
 * owner or an admin edits it. `ratingAverage` / `ratingCount` are kept by the server from the
 * reviews (services/ratings.ts), never written by clients.
 */
import type { Access, CollectionConfig } from 'payload'

import { hasRole, isAdmin, isAdminField, or, userHasRole, userIsAdmin } from '../../../../access'
import { moneyAdmin } from '../../../../admin/fields'
import { forbidden } from '../../../../endpoints/http'
import { GROUP } from '../../shared'
import { artistEndpoints } from '../endpoints/artists'
import { grantArtistRole, removeArtistReviews } from '../services/artists'
import { idOf, intField, serverOnly, urlField, validateCurrency } from '../fields'

/** Active artists for everyone; their own profile for its owner; everything for admins and editors. */
const readArtists: Access = ({ req }) => {
  if (userIsAdmin(req.user) || userHasRole(req.user, 'editor')) return true
  const active = { active: { equals: true } }
  return req.user ? { or: [active, { user: { equals: req.user.id } }] } : active
}

const ownArtist: Access = ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)

/** Minor units of the artist's `currency`, shown and typed as money. */
const money = (name: string, en: string, fr: string) => intField(name, en, fr, 0, 1_000_000_000, { admin: moneyAdmin({ currencyPath: 'currency' }) })

export const Artists: CollectionConfig = {
  slug: 'artists',
  labels: { singular: { en: 'Artist', fr: 'Artiste' }, plural: { en: 'Artists', fr: 'Artistes' } },
  admin: { group: GROUP, useAsTitle: 'stageName', defaultColumns: ['stageName', 'user', 'baseCity', 'ratingAverage', 'ratingCount', 'active'] },
  access: { read: readArtists, create: hasRole('artist'), update: or(isAdmin, ownArtist), delete: or(isAdmin, ownArtist) },
  endpoints: artistEndpoints,
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        // an artist creates their own profile; only an admin names another user
        if (operation === 'create' && req.user && !userIsAdmin(req.user)) {
          if (data.user !== undefined && data.user !== null && idOf(data.user) !== Number(req.user.id)) throw forbidden('user: you can only create your own artist profile.')
          data.user = req.user.id
        }
        return data
      },
    ],
    afterChange: [grantArtistRole],
    beforeDelete: [removeArtistReviews],
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: { en: 'One artist profile per user', fr: 'Un profil d’artiste par utilisateur' } },
      label: { en: 'User', fr: 'Utilisateur' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, admin: { position: 'sidebar', description: { en: 'Shown in the public directory', fr: 'Visible dans l’annuaire public' } }, label: { en: 'Active', fr: 'Actif' } },
    { name: 'stageName', type: 'text', required: true, maxLength: 120, label: { en: 'Stage name', fr: 'Nom de scène' } },
    { name: 'bio', type: 'textarea', maxLength: 5000, label: { en: 'Bio', fr: 'Biographie' } },
    { name: 'specialties', type: 'relationship', relationTo: 'dance-styles', hasMany: true, maxRows: 20, label: { en: 'Specialties', fr: 'Spécialités' } },
    {
      name: 'achievements',
      type: 'array',
      maxRows: 50,
      label: { en: 'Achievements', fr: 'Palmarès' },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
        intField('year', 'Year', 'Année', 1900, 2100),
        { name: 'description', type: 'textarea', maxLength: 1000, label: { en: 'Description', fr: 'Description' } },
      ],
    },
    {
      name: 'certifications',
      type: 'array',
      maxRows: 50,
      label: { en: 'Certifications', fr: 'Certifications' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200, label: { en: 'Name', fr: 'Nom' } },
        { name: 'issuer', type: 'text', maxLength: 200, label: { en: 'Issued by', fr: 'Délivrée par' } },
        intField('year', 'Year', 'Année', 1900, 2100),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'availableForTeaching', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Available for teaching', fr: 'Disponible pour enseigner' } },
        { name: 'availableForPerformance', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Available for performances', fr: 'Disponible pour des spectacles' } },
        { name: 'availableForWorkshops', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Available for workshops', fr: 'Disponible pour des stages' } },
      ],
    },
    {
      type: 'row',
      fields: [
        money('hourlyRate', 'Hourly rate', 'Tarif horaire'),
        money('workshopRate', 'Workshop rate', 'Tarif par stage'),
        { name: 'currency', type: 'text', defaultValue: 'XOF', maxLength: 3, validate: validateCurrency as never, label: { en: 'Currency', fr: 'Devise' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'baseCity', type: 'text', maxLength: 120, index: true, label: { en: 'Based in', fr: 'Ville' } },
        intField('travelRadiusKm', 'Travel radius (km)', 'Rayon de déplacement (km)', 0, 20_000),
        { name: 'willingToTravel', type: 'checkbox', defaultValue: false, label: { en: 'Willing to travel', fr: 'Accepte de voyager' } },
      ],
    },
    { name: 'portfolioImages', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 30, label: { en: 'Portfolio images', fr: 'Photos du portfolio' } },
    {
      name: 'demoVideos',
      type: 'array',
      maxRows: 20,
      label: { en: 'Demo videos', fr: 'Vidéos de démonstration' },
      fields: [urlField('url', 'URL', 'URL', true), { name: 'title', type: 'text', maxLength: 200, label: { en: 'Title', fr: 'Titre' } }],
    },
    { name: 'ratingAverage', type: 'number', defaultValue: 0, min: 0, max: 5, access: serverOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Average rating', fr: 'Note moyenne' } },
    { name: 'ratingCount', type: 'number', defaultValue: 0, min: 0, access: serverOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Reviews', fr: 'Avis' } },
  ],
}
