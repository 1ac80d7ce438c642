import type { CollectionConfig } from 'payload'

import { anyone } from '../../../access'
import { badRequest } from '../../../endpoints/http'
import { checkRestaurantOwnership, GROUP, ownersCreate, restaurantOwnerOrAdmin } from '../access'

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const time = (v: unknown) => v === null || v === undefined || v === '' || (typeof v === 'string' && HHMM.test(v)) || 'must be a time HH:MM'

export const Promotions: CollectionConfig = {
  slug: 'promotions',
  labels: { singular: { en: 'Promotion', fr: 'Promotion' }, plural: { en: 'Promotions', fr: 'Promotions' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'restaurant', 'promotionType', 'discountValue', 'priority', 'active'] },
  access: { read: anyone, create: ownersCreate, update: restaurantOwnerOrAdmin, delete: restaurantOwnerOrAdmin },
  hooks: {
    beforeChange: [
      checkRestaurantOwnership,
      ({ data, originalDoc }) => {
        const m = { ...originalDoc, ...data }
        const errors: string[] = []
        if (m.promotionType === 'percentage' && m.discountValue > 100) errors.push('discountValue: a percentage cannot exceed 100')
        if (m.promotionType === 'buy_x_get_y' && (!(m.buyQuantity >= 1) || !(m.getQuantity >= 1))) errors.push('buyQuantity/getQuantity: both are required (≥ 1) for buy X get Y')
        if (m.validFrom && m.validUntil && new Date(m.validUntil) <= new Date(m.validFrom)) errors.push('validUntil: must be after validFrom')
        if (Boolean(m.startTime) !== Boolean(m.endTime)) errors.push('startTime/endTime: give both or neither')
        if (errors.length) throw badRequest(errors.join('; '))
        return data
      },
    ],
  },
  fields: [
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true },
    { name: 'name', type: 'text', required: true, maxLength: 200, localized: true, label: { en: 'Name', fr: 'Nom' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description' } },
    { name: 'promotionType', type: 'select', required: true, options: ['percentage', 'fixed', 'buy_x_get_y'], label: { en: 'Type', fr: 'Type' } },
    { name: 'discountValue', type: 'number', required: true, min: 0, defaultValue: 0, admin: { description: { en: 'Percent, or minor units per unit for fixed', fr: 'Pourcentage, ou unités mineures par article' } } },
    { name: 'buyQuantity', type: 'number', min: 1 },
    { name: 'getQuantity', type: 'number', min: 1 },
    { name: 'items', type: 'relationship', relationTo: 'menu-items', hasMany: true, label: { en: 'Items (empty = whole menu)', fr: 'Articles (vide = toute la carte)' } },
    { name: 'validFrom', type: 'date', required: true },
    { name: 'validUntil', type: 'date', required: true },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      name: 'applicableDays',
      type: 'select',
      hasMany: true,
      options: ['0', '1', '2', '3', '4', '5', '6'].map((v, i) => ({ value: v, label: ['Lundi / Monday', 'Mardi / Tuesday', 'Mercredi / Wednesday', 'Jeudi / Thursday', 'Vendredi / Friday', 'Samedi / Saturday', 'Dimanche / Sunday'][i] })),
      label: { en: 'Days (0 = Monday; empty = every day)', fr: 'Jours (0 = lundi ; vide = tous)' },
    },
    { name: 'startTime', type: 'text', validate: time as never, label: { en: 'Daily start (HH:MM)', fr: 'Début quotidien (HH:MM)' } },
    { name: 'endTime', type: 'text', validate: time as never, label: { en: 'Daily end (HH:MM)', fr: 'Fin quotidienne (HH:MM)' } },
    { name: 'priority', type: 'number', required: true, defaultValue: 0 },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
  indexes: [{ fields: ['restaurant', 'active'] }],
}
