import type { CollectionConfig } from 'payload'

import { anyone } from '../../../access'
import { checkRestaurantOwnership, GROUP, ownersCreate, restaurantOwnerOrAdmin } from '../access'
import { validatePolygon } from '../services/geo'
import { ADMIN_COMPONENTS, moneyAdmin } from '../../../admin/fields'

export const DeliveryZones: CollectionConfig = {
  slug: 'delivery-zones',
  labels: { singular: { en: 'Delivery zone', fr: 'Zone de livraison' }, plural: { en: 'Delivery zones', fr: 'Zones de livraison' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'restaurant', 'deliveryFee', 'estimatedTime', 'active'] },
  access: { read: anyone, create: ownersCreate, update: restaurantOwnerOrAdmin, delete: restaurantOwnerOrAdmin },
  hooks: { beforeChange: [checkRestaurantOwnership] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { en: 'Name', fr: 'Nom' } },
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, index: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'coordinates', type: 'json', required: true, validate: validatePolygon as never, admin: { components: { Field: ADMIN_COMPONENTS.polygon } }, label: { en: 'Zone (polygon points)', fr: 'Zone (points du polygone)' } },
    { name: 'deliveryFee', type: 'number', required: true, min: 0, admin: moneyAdmin({ currencyFrom: { relation: 'restaurant', collection: 'restaurants' } }), label: { en: 'Delivery fee', fr: 'Frais de livraison' } },
    { name: 'estimatedTime', type: 'number', required: true, min: 1, label: { en: 'Estimated time (min)', fr: 'Temps estimé (min)' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', fr: 'Active' } },
  ],
}
