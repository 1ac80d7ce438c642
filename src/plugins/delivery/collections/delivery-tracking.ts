import type { CollectionConfig, Where } from 'payload'

import { isAdmin, nobody, or } from '../../../access'
import { GROUP, ownsRestaurantOf } from '../access'
import { locationEndpoint } from '../endpoints/tracking'
import { announceTrackingChange } from '../services/tracking'

export const DeliveryTracking: CollectionConfig = {
  slug: 'delivery-tracking',
  labels: { singular: { en: 'Delivery tracking', fr: 'Suivi de livraison' }, plural: { en: 'Delivery tracking', fr: 'Suivis de livraison' } },
  admin: { group: GROUP, defaultColumns: ['order', 'driver', 'lastLocationUpdate', 'distanceRemainingKm', 'estimatedArrival'] },
  access: {
    // the order's customer, the restaurant's owner, the driver and admins
    read: or(isAdmin, ownsRestaurantOf, ({ req }) => (req.user ? ({ or: [{ customer: { equals: req.user.id } }, { driver: { equals: req.user.id } }] } as Where) : false)),
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  endpoints: [locationEndpoint],
  // the live feed (services/tracking.ts) hears assignment, pick-up and delivery when they commit
  hooks: { afterChange: [announceTrackingChange] },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, unique: true, label: { en: 'Order', fr: 'Commande' } },
    { name: 'customer', type: 'relationship', relationTo: 'users', required: true, label: { en: 'Customer', fr: 'Client' } },
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'driver', type: 'relationship', relationTo: 'users', required: true, label: { en: 'Driver', fr: 'Livreur' } },
    { name: 'currentLatitude', type: 'number', label: { en: 'Latitude', fr: 'Latitude' } },
    { name: 'currentLongitude', type: 'number', label: { en: 'Longitude', fr: 'Longitude' } },
    { name: 'lastLocationUpdate', type: 'date', label: { en: 'Last position at', fr: 'Dernière position à' } },
    { name: 'estimatedArrival', type: 'date', label: { en: 'Estimated arrival', fr: 'Arrivée estimée' } },
    { name: 'distanceRemainingKm', type: 'number', min: 0, label: { en: 'Distance remaining (km)', fr: 'Distance restante (km)' } },
    { name: 'pickedUpAt', type: 'date', label: { en: 'Picked up at', fr: 'Récupérée à' } },
    { name: 'deliveredAt', type: 'date', label: { en: 'Delivered at', fr: 'Livrée à' } },
  ],
  indexes: [{ fields: ['driver', 'createdAt'] }],
}
