import type { CollectionConfig } from 'payload'

import { isAdmin, nobody, or } from '../../../access'
import { GROUP } from '../access'
import { bilingualOptions } from '../../../admin/labels'

/**
 * A ready order offered to one driver for a limited time (services/offers.ts). Written only by the
 * server; a driver reads their own offers, admins all of them.
 */
export const DeliveryOffers: CollectionConfig = {
  slug: 'delivery-offers',
  labels: { singular: { en: 'Delivery offer', fr: 'Proposition de livraison' }, plural: { en: 'Delivery offers', fr: 'Propositions de livraison' } },
  admin: { group: GROUP, defaultColumns: ['order', 'driver', 'status', 'expiresAt', 'respondedAt'] },
  access: {
    read: or(isAdmin, ({ req }) => (req.user ? { driver: { equals: req.user.id } } : false)),
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true, admin: { readOnly: true }, label: { en: 'Order', fr: 'Commande' } },
    { name: 'driver', type: 'relationship', relationTo: 'users', required: true, admin: { readOnly: true }, label: { en: 'Driver', fr: 'Livreur' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'offered',
      options: bilingualOptions(['offered', 'accepted', 'declined', 'expired', 'withdrawn'], { offered: ['Offered', 'Proposée'], accepted: ['Accepted', 'Acceptée'], declined: ['Declined', 'Refusée'], expired: ['Expired', 'Expirée'], withdrawn: ['Withdrawn', 'Retirée'] }),
      admin: { readOnly: true },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'distanceKm', type: 'number', min: 0, admin: { readOnly: true }, label: { en: 'Distance to the restaurant (km)', fr: 'Distance au restaurant (km)' } },
    { name: 'expiresAt', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Expires at', fr: 'Expire le' } },
    { name: 'respondedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Answered at', fr: 'Répondu le' } },
  ],
  // a driver is offered an order once
  indexes: [{ fields: ['order', 'driver'], unique: true }, { fields: ['driver', 'status'] }],
}
