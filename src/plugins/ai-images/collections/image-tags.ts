import type { CollectionConfig } from 'payload'

import { hasRole } from '../../../access'
import { GROUP, TAGS } from '../constants'

const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/** Tags that organise generated images (many-to-many through `generated-images.tags`). */
export const ImageTags: CollectionConfig = {
  slug: TAGS,
  labels: { singular: { en: 'Image tag', fr: 'Étiquette d’image' }, plural: { en: 'Image tags', fr: 'Étiquettes d’images' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug', 'colour'] },
  access: {
    read: hasRole('marketer', 'editor'),
    create: hasRole('marketer', 'editor'),
    update: hasRole('marketer', 'editor'),
    delete: hasRole('editor'),
  },
  hooks: {
    beforeValidate: [({ data }) => (data && !data.slug && typeof data.name === 'string' ? { ...data, slug: slugify(data.name) } : data)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 60,
      validate: (v: unknown) => (typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? true : 'Lower-case letters, digits and dashes, e.g. summer-sale.'),
      admin: { description: { en: 'Made from the name when left empty.', fr: 'Déduit du nom s’il est vide.' } },
      label: { en: 'Slug', fr: 'Identifiant' },
    },
    {
      name: 'colour',
      type: 'text',
      defaultValue: '#6366f1',
      maxLength: 9,
      validate: (v: unknown) => (v == null || v === '' || /^#[0-9a-fA-F]{6}$/.test(String(v)) ? true : 'Use a hex colour like #1e88e5.'),
      label: { en: 'Colour', fr: 'Couleur' },
    },
  ],
}

export { slugify }
