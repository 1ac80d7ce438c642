import type { CollectionConfig } from 'payload'

import { anyone, hasRole } from '../../../access'
import { GROUP, slugify } from '../access'

export const EventCategories: CollectionConfig = {
  slug: 'event-categories',
  labels: { singular: { en: 'Event category', fr: "Catégorie d'événement" }, plural: { en: 'Event categories', fr: "Catégories d'événements" } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: hasRole('editor'), update: hasRole('editor'), delete: hasRole('editor') },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.name === 'string') data.slug = slugify(data.name)
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    { name: 'slug', type: 'text', required: true, unique: true, maxLength: 140, label: { en: 'Slug', fr: 'Slug' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Description', fr: 'Description' } },
  ],
}
