/**
 * Artist reviews (seed 000 "ArtistReview"): one per reviewer and artist (unique index in the
 * database), three ratings 1–5 (teaching, professionalism, communication), `overallRating` their
 * mean computed by the server. An artist cannot review themself; only the reviewer edits or
 * deletes a review (admins may delete, for moderation). Every write recomputes the artist's
 * average and count in the same transaction, with the artist row locked (services/ratings.ts).
 */
import type { Access, CollectionConfig } from 'payload'

import { anyone, isAdmin, isAuthenticated, or } from '../../../../access'
import { GROUP } from '../../shared'
import { prepareReview, recomputeAfterChange, recomputeAfterDelete } from '../services/ratings'
import { intField, serverOnly } from '../fields'

const ownReview: Access = ({ req }) => (req.user ? { reviewer: { equals: req.user.id } } : false)

const rating = (name: string, en: string, fr: string) => intField(name, en, fr, 1, 5, { required: true })

export const ArtistReviews: CollectionConfig = {
  slug: 'artist-reviews',
  labels: { singular: { en: 'Artist review', fr: 'Avis sur un artiste' }, plural: { en: 'Artist reviews', fr: 'Avis sur les artistes' } },
  admin: { group: GROUP, defaultColumns: ['artist', 'reviewer', 'overallRating', 'createdAt'] },
  access: { read: anyone, create: isAuthenticated, update: ownReview, delete: or(isAdmin, ownReview) },
  indexes: [{ fields: ['artist', 'reviewer'], unique: true }],
  hooks: {
    beforeChange: [prepareReview],
    afterChange: [recomputeAfterChange],
    afterDelete: [recomputeAfterDelete],
  },
  fields: [
    { name: 'artist', type: 'relationship', relationTo: 'artists', required: true, index: true, access: { update: () => false }, label: { en: 'Artist', fr: 'Artiste' } },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, description: { en: 'The logged-in author', fr: 'L’auteur connecté' } },
      label: { en: 'Reviewer', fr: 'Auteur' },
    },
    {
      type: 'row',
      fields: [
        rating('teachingRating', 'Teaching', 'Pédagogie'),
        rating('professionalismRating', 'Professionalism', 'Professionnalisme'),
        rating('communicationRating', 'Communication', 'Communication'),
      ],
    },
    { name: 'overallRating', type: 'number', min: 1, max: 5, access: serverOnly, admin: { readOnly: true }, label: { en: 'Overall rating', fr: 'Note globale' } },
    { name: 'comment', type: 'textarea', maxLength: 3000, label: { en: 'Comment', fr: 'Commentaire' } },
  ],
}
