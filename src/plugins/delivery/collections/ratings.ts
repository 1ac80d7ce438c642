import type { CollectionConfig, Where } from 'payload'

import { anyone, hasRole, isAdmin, or } from '../../../access'
import { moneyAdmin } from '../../../admin/fields'
import { GROUP } from '../access'
import { checkDriverRating, checkRestaurantReview, recomputeDriverRating, recomputeRestaurantRating } from '../services/ratings'

const score = (name: string, required = false) => ({ name, type: 'number' as const, required, min: 1, max: 5, validate: ((v: unknown) => v === null || v === undefined ? (required ? 'required' : true) : (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5) || `${name} must be an integer from 1 to 5`) as never })

export const DriverRatings: CollectionConfig = {
  slug: 'driver-ratings',
  labels: { singular: { en: 'Driver rating', fr: 'Évaluation livreur' }, plural: { en: 'Driver ratings', fr: 'Évaluations livreurs' } },
  admin: { group: GROUP, defaultColumns: ['order', 'driver', 'customer', 'overallRating', 'tipAmount'] },
  access: {
    read: or(isAdmin, ({ req }) => (req.user ? ({ or: [{ customer: { equals: req.user.id } }, { driver: { equals: req.user.id } }] } as Where) : false)),
    create: hasRole('customer'),
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: { beforeChange: [checkDriverRating], afterChange: [recomputeDriverRating] },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, unique: true },
    { name: 'driver', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'customer', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    score('overallRating', true),
    score('punctualityRating'),
    score('professionalismRating'),
    score('careRating'),
    { name: 'comment', type: 'textarea', maxLength: 2000 },
    { name: 'tipAmount', type: 'number', defaultValue: 0, min: 0, admin: moneyAdmin({ currencyFrom: { relation: 'order', collection: 'orders' } }) },
  ],
}

export const RestaurantReviews: CollectionConfig = {
  slug: 'restaurant-reviews',
  labels: { singular: { en: 'Restaurant review', fr: 'Avis restaurant' }, plural: { en: 'Restaurant reviews', fr: 'Avis restaurants' } },
  admin: { group: GROUP, defaultColumns: ['restaurant', 'customer', 'rating', 'createdAt'] },
  access: { read: anyone, create: hasRole('customer'), update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [checkRestaurantReview], afterChange: [recomputeRestaurantRating], afterDelete: [recomputeRestaurantRating as never] },
  fields: [
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, index: true },
    { name: 'customer', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    score('rating', true),
    { name: 'comment', type: 'textarea', maxLength: 2000 },
  ],
  indexes: [{ fields: ['restaurant', 'customer'], unique: true }],
}
