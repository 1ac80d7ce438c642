import type { CollectionConfig } from 'payload'

import { badRequest, forbidden } from '../../../endpoints/http'
import { hasRole, isAdmin, isAdminField, or, userIsAdmin } from '../../../access'
import { GROUP } from '../access'
import { bookableSource } from '../services/registry'

const mine = or(isAdmin, ({ req }) => (req.user ? { createdBy: { equals: req.user.id } } : false))

/**
 * Promo codes for bookable resources. Organizers create codes for their own resources; the use
 * counter is taken by one conditional UPDATE, so a limit of K gives exactly K uses under load.
 */
export const PromoCodes: CollectionConfig = {
  slug: 'promo-codes',
  labels: { singular: { en: 'Promo code', fr: 'Code promo' }, plural: { en: 'Promo codes', fr: 'Codes promo' } },
  admin: { group: GROUP, useAsTitle: 'code', defaultColumns: ['code', 'resourceCollection', 'resourceId', 'discountType', 'discountValue', 'usageCount', 'usageLimit', 'active'] },
  access: { read: mine, create: hasRole('organizer', 'editor'), update: mine, delete: mine },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && typeof data.code === 'string') data.code = data.code.trim().toUpperCase()
        return data
      },
    ],
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        if (operation === 'create' && req.user) data.createdBy = req.user.id
        const merged = { ...originalDoc, ...data }
        if (merged.discountType === 'percentage' && merged.discountValue > 100) throw badRequest('discountValue: a percentage cannot exceed 100')
        if (req.user && !userIsAdmin(req.user)) {
          // an organizer's code is for one of their own resources
          const source = merged.resourceCollection ? bookableSource(merged.resourceCollection) : undefined
          if (!source || !merged.resourceId) throw badRequest('resourceCollection, resourceId: name the event or package this code is for')
          const resource = await source.load(req, merged.resourceId)
          if (!resource) throw badRequest('resourceId: no such resource')
          if (!resource.organizerIds.map(String).includes(String(req.user.id)) && !req.user.roles?.includes('editor')) throw forbidden('You can only create codes for your own events.')
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, maxLength: 50, validate: ((v: unknown) => (typeof v === 'string' && /^[A-Z0-9_-]{3,50}$/.test(v)) || 'code: 3-50 letters, digits, - or _') as never, label: { en: 'Code', fr: 'Code' } },
    { name: 'resourceCollection', type: 'text', maxLength: 100, label: { en: 'For (collection, empty = any)', fr: 'Pour (collection, vide = toutes)' } },
    { name: 'resourceId', type: 'number', min: 1, label: { en: 'For (id, empty = any)', fr: 'Pour (identifiant, vide = tous)' } },
    {
      name: 'discountType',
      type: 'select',
      required: true,
      defaultValue: 'percentage',
      options: [
        { value: 'percentage', label: { en: 'Percentage', fr: 'Pourcentage' } },
        { value: 'fixed', label: { en: 'Fixed amount', fr: 'Montant fixe' } },
      ],
      label: { en: 'Discount type', fr: 'Type de réduction' },
    },
    { name: 'discountValue', type: 'number', required: true, min: 0, admin: { description: { en: 'Percent, or minor units for a fixed amount', fr: 'Pourcentage, ou unités mineures pour un montant fixe' } }, label: { en: 'Value', fr: 'Valeur' } },
    { name: 'usageLimit', type: 'number', min: 1, label: { en: 'Usage limit (empty = none)', fr: "Limite d'utilisation (vide = aucune)" } },
    { name: 'usageCount', type: 'number', min: 0, defaultValue: 0, access: { create: isAdminField, update: isAdminField }, admin: { readOnly: true }, label: { en: 'Times used', fr: 'Utilisations' } },
    { name: 'validUntil', type: 'date', label: { en: 'Valid until', fr: "Valide jusqu'au" } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Actif' } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', access: { update: isAdminField }, admin: { readOnly: true }, label: { en: 'Created by', fr: 'Créé par' } },
  ],
}
