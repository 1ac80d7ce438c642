import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../../../access'
import { GROUP, l } from '../labels'

export const CourseCategories: CollectionConfig = {
  slug: 'course-categories',
  labels: { singular: l('Course category', 'Catégorie de cours'), plural: l('Course categories', 'Catégories de cours') },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'color', 'active'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, localized: true, maxLength: 255, label: l('Name', 'Nom') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'color', type: 'text', maxLength: 20, label: l('Color', 'Couleur'), validate: (v: unknown) => (v == null || v === '' || /^#[0-9a-fA-F]{3,8}$/.test(String(v)) ? true : 'Use a hex color like #1e88e5.') },
    { name: 'icon', type: 'text', maxLength: 100, label: l('Icon', 'Icône') },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: l('Active', 'Active') },
  ],
}
