import type { CollectionConfig } from 'payload'

import { anyone, hasRole } from '../../../access'
import { slugify } from '../../../lib/slugify'
import { GROUP } from '../shared'

/** Bachata, salsa, kizomba…: referenced by dancers, artists, classes, trainings, competitions. */
export const DanceStyles: CollectionConfig = {
  slug: 'dance-styles',
  labels: { singular: { en: 'Dance style', fr: 'Style de danse' }, plural: { en: 'Dance styles', fr: 'Styles de danse' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug', 'active'] },
  access: { read: anyone, create: hasRole('editor'), update: hasRole('editor'), delete: hasRole('editor') },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.name === 'string') data.slug = slugify(data.name, 'style')
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80, label: { en: 'Name', fr: 'Nom' } },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, maxLength: 100, label: { en: 'Slug', fr: 'Slug' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Description', fr: 'Description' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Actif' } },
  ],
}
