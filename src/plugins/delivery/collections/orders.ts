import type { Access, CollectionConfig } from 'payload'

import { isAdmin, or } from '../../../access'
import { forbidden } from '../../../endpoints/http'
import { GROUP, ownsRestaurantOf } from '../access'
import { acceptEndpoint, createOrderEndpoint, liveEndpoint, nearestDriverEndpoint, transitionEndpoint } from '../endpoints/orders'
import { ORDER_STATUSES } from '../services/transitions'

const mine = (field: string): Access => ({ req }) => (req.user ? { [field]: { equals: req.user.id } } : false)
const money = (name: string, en: string, fr: string) => ({ name, type: 'number' as const, required: true, defaultValue: 0, min: 0, label: { en, fr } })

export const Orders: CollectionConfig = {
  slug: 'orders',
  labels: { singular: { en: 'Order', fr: 'Commande' }, plural: { en: 'Orders', fr: 'Commandes' } },
  admin: { group: GROUP, useAsTitle: 'orderNumber', defaultColumns: ['orderNumber', 'customer', 'restaurant', 'status', 'paymentStatus', 'total', 'createdAt'] },
  access: {
    read: or(isAdmin, mine('customer'), mine('driver'), ownsRestaurantOf),
    // orders are created only by POST /api/orders (priced by the server) and changed only by the workflow
    create: ({ req }) => Boolean(req.user),
    update: isAdmin,
    delete: isAdmin,
  },
  endpoints: [createOrderEndpoint, transitionEndpoint, acceptEndpoint, liveEndpoint, nearestDriverEndpoint],
  hooks: {
    beforeChange: [
      ({ operation, req, data }) => {
        if (operation === 'create' && !req.context?.pricedOrder) throw forbidden('Orders are created with POST /api/orders, which prices them on the server.')
        return data
      },
    ],
  },
  fields: [
    { name: 'orderNumber', type: 'text', required: true, unique: true, admin: { readOnly: true }, label: { en: 'Order number', fr: 'Numéro de commande' } },
    { name: 'customer', type: 'relationship', relationTo: 'users', required: true, label: { en: 'Customer', fr: 'Client' } },
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'driver', type: 'relationship', relationTo: 'users', label: { en: 'Driver', fr: 'Livreur' } },
    { name: 'proposedDriver', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { en: 'Proposed driver (nearest available)', fr: 'Livreur proposé (le plus proche)' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: [...ORDER_STATUSES], label: { en: 'Status', fr: 'Statut' } },
    { name: 'estimatedDeliveryTime', type: 'date', label: { en: 'Estimated delivery', fr: 'Livraison estimée' } },
    { name: 'actualDeliveryTime', type: 'date', label: { en: 'Delivered at', fr: 'Livrée à' } },
    { name: 'currency', type: 'text', required: true, defaultValue: 'EUR', label: { en: 'Currency', fr: 'Devise' } },
    money('subtotal', 'Subtotal', 'Sous-total'),
    money('deliveryFee', 'Delivery fee', 'Frais de livraison'),
    money('tax', 'Tax', 'Taxes'),
    money('discount', 'Discount', 'Réduction'),
    money('total', 'Total', 'Total'),
    { name: 'deliveryZone', type: 'relationship', relationTo: 'delivery-zones', label: { en: 'Delivery zone', fr: 'Zone de livraison' } },
    { name: 'paymentMethod', type: 'select', required: true, options: ['cash', 'card', 'mobile_money'], label: { en: 'Payment method', fr: 'Moyen de paiement' } },
    { name: 'paymentStatus', type: 'select', required: true, defaultValue: 'pending', options: ['pending', 'processing', 'paid', 'failed', 'refunded', 'cancelled'], label: { en: 'Payment status', fr: 'Statut du paiement' } },
    { name: 'coupon', type: 'relationship', relationTo: 'coupons', label: { en: 'Coupon', fr: 'Coupon' } },
    { name: 'deliveryAddress', type: 'json', required: true, label: { en: 'Delivery address', fr: 'Adresse de livraison' } },
    { name: 'deliveryLatitude', type: 'number', required: true, label: { en: 'Delivery latitude', fr: 'Latitude de livraison' } },
    { name: 'deliveryLongitude', type: 'number', required: true, label: { en: 'Delivery longitude', fr: 'Longitude de livraison' } },
    { name: 'customerNotes', type: 'textarea', maxLength: 1000, label: { en: 'Customer notes', fr: 'Notes du client' } },
    { name: 'restaurantNotes', type: 'textarea', maxLength: 1000, label: { en: 'Restaurant notes', fr: 'Notes du restaurant' } },
    { name: 'driverNotes', type: 'textarea', maxLength: 1000, label: { en: 'Driver notes', fr: 'Notes du livreur' } },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      label: { en: 'Items', fr: 'Articles' },
      fields: [
        { name: 'menuItem', type: 'relationship', relationTo: 'menu-items', required: true },
        { name: 'name', type: 'text', required: true, admin: { description: { en: 'Snapshot at order time', fr: 'Copie au moment de la commande' } } },
        { name: 'quantity', type: 'number', required: true, min: 1 },
        { name: 'basePrice', type: 'number', required: true, min: 0 },
        { name: 'unitPrice', type: 'number', required: true, min: 0 },
        { name: 'totalPrice', type: 'number', required: true, min: 0 },
        { name: 'promotion', type: 'relationship', relationTo: 'promotions' },
        { name: 'promotionDiscount', type: 'number', defaultValue: 0, min: 0 },
        { name: 'selectedOptions', type: 'json' },
        { name: 'optionLabels', type: 'text', hasMany: true },
        { name: 'specialInstructions', type: 'textarea', maxLength: 500 },
      ],
    },
    {
      name: 'statusHistory',
      type: 'array',
      admin: { readOnly: true },
      label: { en: 'Status history', fr: 'Historique des statuts' },
      fields: [
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text', required: true },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'actor', type: 'text' },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  indexes: [
    { fields: ['customer', 'createdAt'] },
    { fields: ['restaurant', 'status', 'createdAt'] },
    { fields: ['driver', 'status'] },
    { fields: ['status', 'createdAt'] },
  ],
}
