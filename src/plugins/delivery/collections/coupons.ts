import type { CollectionConfig } from 'payload'
import { badRequest } from '../../../endpoints/http'

import { isAdmin, isAdminField, nobody, or } from '../../../access'
import { moneyAdmin } from '../../../admin/fields'
import { GROUP } from '../access'
import { validateCouponEndpoint } from '../endpoints/coupons'

export const Coupons: CollectionConfig = {
  slug: 'coupons',
  labels: { singular: { en: 'Coupon', fr: 'Coupon' }, plural: { en: 'Coupons', fr: 'Coupons' } },
  admin: { group: GROUP, useAsTitle: 'code', defaultColumns: ['code', 'discountType', 'discountValue', 'usageCount', 'usageLimit', 'active'] },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [validateCouponEndpoint],
  hooks: {
    beforeValidate: [
      ({ data }) => {
        // case-insensitive uniqueness: codes are stored upper-case under a unique index
        if (data && typeof data.code === 'string') data.code = data.code.trim().toUpperCase()
        return data
      },
    ],
    beforeChange: [
      ({ data, originalDoc }) => {
        const merged = { ...originalDoc, ...data }
        const errors: string[] = []
        if (merged.discountType === 'percentage' && merged.discountValue > 100) errors.push('discountValue: a percentage cannot exceed 100')
        if (merged.validFrom && merged.validUntil && new Date(merged.validUntil) <= new Date(merged.validFrom)) errors.push('validUntil: must be after validFrom')
        if (merged.usageLimit !== null && merged.usageLimit !== undefined && merged.usageCount > merged.usageLimit) errors.push('usageCount: cannot exceed usageLimit')
        if (errors.length) {
          //
          throw badRequest(errors.join('; '))
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, maxLength: 50, validate: ((v: unknown) => (typeof v === 'string' && /^[A-Z0-9_-]{3,50}$/.test(v)) || 'code: 3-50 letters, digits, - or _') as never, label: { en: 'Code', fr: 'Code' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description' } },
    { name: 'discountType', type: 'select', required: true, options: ['percentage', 'fixed', 'free_delivery'], label: { en: 'Discount type', fr: 'Type de réduction' } },
    { name: 'discountValue', type: 'number', required: true, min: 0, defaultValue: 0, admin: { description: { en: 'Percent, or minor units for fixed', fr: 'Pourcentage, ou unités mineures pour un montant fixe' } }, label: { en: 'Value', fr: 'Valeur' } },
    { name: 'minOrderAmount', type: 'number', required: true, min: 0, defaultValue: 0, label: { en: 'Minimum order', fr: 'Commande minimum' } },
    { name: 'maxDiscountAmount', type: 'number', min: 0, label: { en: 'Maximum discount', fr: 'Réduction maximum' } },
    { name: 'validFrom', type: 'date', required: true, label: { en: 'Valid from', fr: 'Valide du' } },
    { name: 'validUntil', type: 'date', required: true, label: { en: 'Valid until', fr: "Valide jusqu'au" } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Actif' } },
    { name: 'usageLimit', type: 'number', min: 1, label: { en: 'Total limit', fr: 'Limite totale' } },
    { name: 'usageLimitPerUser', type: 'number', required: true, defaultValue: 1, min: 1, label: { en: 'Limit per user', fr: 'Limite par utilisateur' } },
    { name: 'usageCount', type: 'number', defaultValue: 0, min: 0, access: { update: isAdminField }, admin: { readOnly: true }, label: { en: 'Times used', fr: 'Utilisations' } },
    { name: 'restaurants', type: 'relationship', relationTo: 'restaurants', hasMany: true, label: { en: 'Restaurants (empty = all)', fr: 'Restaurants (vide = tous)' } },
    { name: 'allowedUsers', type: 'relationship', relationTo: 'users', hasMany: true, label: { en: 'Allowed users (empty = all)', fr: 'Utilisateurs autorisés (vide = tous)' } },
  ],
  indexes: [{ fields: ['active', 'validFrom', 'validUntil'] }],
}

export const CouponUsages: CollectionConfig = {
  slug: 'coupon-usages',
  labels: { singular: { en: 'Coupon use', fr: 'Utilisation de coupon' }, plural: { en: 'Coupon uses', fr: 'Utilisations de coupons' } },
  admin: { group: GROUP, defaultColumns: ['coupon', 'user', 'order', 'discountAmount', 'createdAt'] },
  access: { read: or(isAdmin, ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)), create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'coupon', type: 'relationship', relationTo: 'coupons', required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true },
    { name: 'discountAmount', type: 'number', required: true, min: 0, admin: moneyAdmin({ currencyFrom: { relation: 'order', collection: 'orders' } }) },
  ],
}
