import type { CollectionConfig } from 'payload'

import { anyone } from '../../../access'
import { checkRestaurantOwnership, GROUP, ownersCreate, restaurantOwnerOrAdmin } from '../access'

export const MenuCategories: CollectionConfig = {
  slug: 'menu-categories',
  labels: { singular: { en: 'Menu category', fr: 'Catégorie de menu' }, plural: { en: 'Menu categories', fr: 'Catégories de menu' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'restaurant', 'order', 'active'] },
  defaultSort: 'order',
  access: { read: anyone, create: ownersCreate, update: restaurantOwnerOrAdmin, delete: restaurantOwnerOrAdmin },
  hooks: { beforeChange: [checkRestaurantOwnership] },
  fields: [
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, index: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'name', type: 'text', required: true, maxLength: 100, localized: true, label: { en: 'Name', fr: 'Nom' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', fr: 'Image' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Active' } },
    { name: 'order', type: 'number', defaultValue: 0, label: { en: 'Display order', fr: "Ordre d'affichage" } },
  ],
}
