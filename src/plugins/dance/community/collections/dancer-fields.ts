/**
 * The dancer profile (seed 000 "Danse" and "Social"): fields appended to the core `users`
 * collection by this part's config transform. They follow the users collection's read rules
 * (self, editors, admins); the public sees them only through GET /api/dancers/:id, which picks
 * the public fields one by one.
 */
import type { Field } from 'payload'

import { DANCE_LEVELS, intField, urlField } from '../fields'

export const DANCER_FIELDS: Field[] = [
  {
    type: 'collapsible',
    label: { en: 'Dancer profile', fr: 'Profil de danseur' },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'danceLevel', type: 'select', options: DANCE_LEVELS, label: { en: 'Dance level', fr: 'Niveau de danse' } },
          intField('yearsExperience', 'Years of experience', "Années d'expérience", 0, 100),
        ],
      },
      { name: 'danceStyles', type: 'relationship', relationTo: 'dance-styles', hasMany: true, maxRows: 20, label: { en: 'Dance styles', fr: 'Styles de danse' } },
      {
        type: 'row',
        fields: [
          urlField('facebookUrl', 'Facebook', 'Facebook'),
          urlField('instagramUrl', 'Instagram', 'Instagram'),
          urlField('youtubeUrl', 'YouTube', 'YouTube'),
          urlField('website', 'Website', 'Site web'),
        ],
      },
    ],
  },
]
