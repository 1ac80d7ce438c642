import type { CollectionConfig } from 'payload'

import { anyone, isAdminField } from '../../../access'
import { checkRestaurantOwnership, GROUP, ownersCreate, restaurantOwnerOrAdmin } from '../access'
import { validateOptionGroups } from '../services/options'
import { ADMIN_COMPONENTS, moneyAdmin } from '../../../admin/fields'

export const ALLERGENS = ['gluten', 'crustaceans', 'eggs', 'fish', 'peanuts', 'soy', 'dairy', 'nuts', 'celery', 'mustard', 'sesame', 'sulphites', 'lupin', 'molluscs'] as const
const serverKept = { read: () => true, create: isAdminField, update: isAdminField }

export const MenuItems: CollectionConfig = {
  slug: 'menu-items',
  labels: { singular: { en: 'Menu item', fr: 'Plat' }, plural: { en: 'Menu items', fr: 'Plats' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'restaurant', 'category', 'price', 'available', 'soldOut'] },
  access: { read: anyone, create: ownersCreate, update: restaurantOwnerOrAdmin, delete: restaurantOwnerOrAdmin },
  hooks: {
    beforeChange: [
      checkRestaurantOwnership,
      async ({ data, originalDoc, req }) => {
        const category = data.category ?? originalDoc?.category
        const restaurant = data.restaurant ?? originalDoc?.restaurant
        if (category && restaurant) {
          const cat = await req.payload.findByID({ collection: 'menu-categories', id: typeof category === 'object' ? category.id : category, depth: 0, req, overrideAccess: true }).catch(() => null)
          const rid = typeof restaurant === 'object' ? restaurant.id : restaurant
          if (!cat || String(cat.restaurant) !== String(rid)) {
            const { badRequest } = await import('../../../endpoints/http')
            throw badRequest('category: the category must belong to the same restaurant.')
          }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, index: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'category', type: 'relationship', relationTo: 'menu-categories', index: true, label: { en: 'Category', fr: 'Catégorie' } },
    { name: 'name', type: 'text', required: true, maxLength: 200, localized: true, label: { en: 'Name', fr: 'Nom' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description' } },
    { name: 'price', type: 'number', required: true, min: 1, admin: moneyAdmin({ currencyFrom: { relation: 'restaurant', collection: 'restaurants' } }), validate: ((v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0) || 'price must be a positive integer in minor units') as never, label: { en: 'Price', fr: 'Prix' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', fr: 'Image' } },
    { name: 'available', type: 'checkbox', defaultValue: true, index: true, label: { en: 'Available', fr: 'Disponible' } },
    { name: 'soldOut', type: 'checkbox', defaultValue: false, label: { en: 'Sold out today', fr: 'Épuisé' } },
    { name: 'preparationTime', type: 'number', required: true, defaultValue: 15, min: 1, label: { en: 'Preparation time (min)', fr: 'Temps de préparation (min)' } },
    { name: 'calories', type: 'number', min: 0, label: { en: 'Calories', fr: 'Calories' } },
    { name: 'allergens', type: 'select', hasMany: true, options: [...ALLERGENS], label: { en: 'Allergens', fr: 'Allergènes' } },
    {
      name: 'options',
      type: 'json',
      validate: validateOptionGroups as never,
      label: { en: 'Option groups', fr: "Groupes d'options" },
      // groups with their choices, min/max and price deltas as a form; the API keeps the seed's object
      admin: { components: { Field: { path: ADMIN_COMPONENTS.optionGroups, clientProps: { currencyFrom: { relation: 'restaurant', collection: 'restaurants' } } } } },
    },
    { name: 'orderCount', type: 'number', defaultValue: 0, min: 0, access: serverKept, admin: { readOnly: true }, label: { en: 'Times ordered', fr: 'Commandes' } },
    { name: 'averageRating', type: 'number', defaultValue: 0, min: 0, max: 5, access: serverKept, admin: { readOnly: true }, label: { en: 'Average rating', fr: 'Note moyenne' } },
  ],
}
