import type { Access, CollectionConfig } from 'payload'

import { isAdmin, or } from '../../../access'
import { forbidden } from '../../../endpoints/http'
import { validateCountryCode } from '../../../lib/validators'
import { GROUP, ownsRestaurantOf } from '../access'
import { acceptEndpoint, createOrderEndpoint, liveEndpoint, nearestDriverEndpoint, notesEndpoint, transitionEndpoint } from '../endpoints/orders'
import { partiesFor } from '../services/parties'
import { announceOrderStatus } from '../services/tracking'
import { ORDER_STATUSES } from '../services/transitions'
import { moneyAdmin } from '../../../admin/fields'
import { bilingualOptions, COMMON_STATUS_LABELS } from '../../../admin/labels'

const mine = (field: string): Access => ({ req }) => (req.user ? { [field]: { equals: req.user.id } } : false)
const ORDER_STATUS_LABELS = {
  pending: ['Waiting for the restaurant', 'En attente du restaurant'],
  confirmed: ['Confirmed', 'Confirmée'],
  preparing: ['Preparing', 'En préparation'],
  ready: ['Ready', 'Prête'],
  picked_up: ['Picked up', 'Récupérée'],
  delivered: ['Delivered', 'Livrée'],
  cancelled: ['Cancelled', 'Annulée'],
} as const

const money = (name: string, en: string, fr: string) => ({ name, type: 'number' as const, required: true, defaultValue: 0, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en, fr } })

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
  endpoints: [createOrderEndpoint, transitionEndpoint, acceptEndpoint, notesEndpoint, liveEndpoint, nearestDriverEndpoint],
  hooks: {
    beforeChange: [
      ({ operation, req, data }) => {
        if (operation === 'create' && !req.context?.pricedOrder) throw forbidden('Orders are created with POST /api/orders, which prices them on the server.')
        return data
      },
    ],
    // what the reader may see of the other parties (services/parties.ts); server reads without a user
    // get none, nor do reads that `select` a few fields without the customer (the admin dashboard)
    afterRead: [
      async ({ doc, req }) => {
        if (!req.user || doc.customer === undefined) return doc
        return { ...doc, parties: await partiesFor(req, doc) }
      },
    ],
    // the live feed (services/tracking.ts) hears every status move when it commits
    afterChange: [announceOrderStatus],
  },
  fields: [
    { name: 'orderNumber', type: 'text', required: true, unique: true, admin: { readOnly: true }, label: { en: 'Order number', fr: 'Numéro de commande' } },
    { name: 'customer', type: 'relationship', relationTo: 'users', required: true, label: { en: 'Customer', fr: 'Client' } },
    { name: 'restaurant', type: 'relationship', relationTo: 'restaurants', required: true, label: { en: 'Restaurant', fr: 'Restaurant' } },
    { name: 'driver', type: 'relationship', relationTo: 'users', label: { en: 'Driver', fr: 'Livreur' } },
    { name: 'proposedDriver', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { en: 'Offered to (nearest available driver)', fr: 'Proposée à (livreur disponible le plus proche)' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: bilingualOptions(ORDER_STATUSES, ORDER_STATUS_LABELS), label: { en: 'Status', fr: 'Statut' } },
    { name: 'estimatedDeliveryTime', type: 'date', label: { en: 'Estimated delivery', fr: 'Livraison estimée' } },
    { name: 'actualDeliveryTime', type: 'date', label: { en: 'Delivered at', fr: 'Livrée à' } },
    { name: 'currency', type: 'text', required: true, defaultValue: 'EUR', label: { en: 'Currency', fr: 'Devise' } },
    money('subtotal', 'Subtotal', 'Sous-total'),
    money('deliveryFee', 'Delivery fee', 'Frais de livraison'),
    money('tax', 'Tax', 'Taxes'),
    money('discount', 'Discount', 'Réduction'),
    money('total', 'Total', 'Total'),
    { name: 'deliveryZone', type: 'relationship', relationTo: 'delivery-zones', label: { en: 'Delivery zone', fr: 'Zone de livraison' } },
    { name: 'paymentMethod', type: 'select', required: true, options: bilingualOptions(['cash', 'card', 'mobile_money'], { cash: ['Cash', 'Espèces'], card: ['Card', 'Carte'], mobile_money: ['Mobile money', 'Mobile money'] }), label: { en: 'Payment method', fr: 'Moyen de paiement' } },
    { name: 'paymentStatus', type: 'select', required: true, defaultValue: 'pending', options: bilingualOptions(['pending', 'processing', 'paid', 'failed', 'refunded', 'cancelled'], COMMON_STATUS_LABELS), label: { en: 'Payment status', fr: 'Statut du paiement' } },
    { name: 'coupon', type: 'relationship', relationTo: 'coupons', label: { en: 'Coupon', fr: 'Coupon' } },
    { name: 'deliveryAddress', type: 'json', required: true, admin: { readOnly: true }, label: { en: 'Delivery address (as sent)', fr: 'Adresse de livraison (telle qu’envoyée)' } },
    {
      // the seed's structured address (rue, ville, code postal, pays): a form for editors, not JSON
      name: 'structuredAddress',
      type: 'group',
      label: { en: 'Delivery address', fr: 'Adresse de livraison' },
      fields: [
        { name: 'streetNumber', type: 'text', maxLength: 20, label: { en: 'Street number', fr: 'Numéro' } },
        { name: 'street', type: 'text', maxLength: 200, label: { en: 'Street', fr: 'Rue' } },
        { name: 'city', type: 'text', maxLength: 120, label: { en: 'City', fr: 'Ville' } },
        { name: 'postalCode', type: 'text', maxLength: 20, label: { en: 'Postal code', fr: 'Code postal' } },
        { name: 'country', type: 'text', maxLength: 2, validate: validateCountryCode as never, label: { en: 'Country (ISO 3166-1 alpha-2)', fr: 'Pays (ISO 3166-1 alpha-2)' } },
        { name: 'instructions', type: 'textarea', maxLength: 500, label: { en: 'Instructions', fr: 'Instructions' } },
      ],
    },
    { name: 'savedAddressId', type: 'text', admin: { readOnly: true }, label: { en: 'Saved address used', fr: 'Adresse enregistrée utilisée' } },
    { name: 'deliveryLatitude', type: 'number', required: true, label: { en: 'Delivery latitude', fr: 'Latitude de livraison' } },
    { name: 'deliveryLongitude', type: 'number', required: true, label: { en: 'Delivery longitude', fr: 'Longitude de livraison' } },
    { name: 'customerNotes', type: 'textarea', maxLength: 1000, label: { en: 'Customer notes', fr: 'Notes du client' } },
    { name: 'restaurantNotes', type: 'textarea', maxLength: 1000, label: { en: 'Restaurant notes', fr: 'Notes du restaurant' }, admin: { description: { en: 'Written by the restaurant (POST /api/orders/:id/notes)', fr: 'Écrites par le restaurant' } } },
    { name: 'driverNotes', type: 'textarea', maxLength: 1000, label: { en: 'Driver notes', fr: 'Notes du livreur' }, admin: { description: { en: 'Written by the driver (POST /api/orders/:id/notes)', fr: 'Écrites par le livreur' } } },
    { name: 'cancellationReason', type: 'text', admin: { readOnly: true }, label: { en: 'Cancellation reason', fr: 'Motif d’annulation' } },
    {
      // written by the server when a paid order is cancelled (payments plugin refund)
      name: 'refund',
      type: 'group',
      admin: { readOnly: true },
      label: { en: 'Refund', fr: 'Remboursement' },
      fields: [
        { name: 'status', type: 'select', options: bilingualOptions(['refunded', 'pending', 'failed'], COMMON_STATUS_LABELS), label: { en: 'Status', fr: 'Statut' } },
        { name: 'amount', type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Amount', fr: 'Montant' } },
        { name: 'paymentId', type: 'number', label: { en: 'Payment', fr: 'Paiement' } },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'At', fr: 'Le' } },
        { name: 'message', type: 'text', label: { en: 'Message', fr: 'Message' } },
      ],
    },
    {
      // filled per reader in afterRead (services/parties.ts): what each party may see of the others, nothing stored
      name: 'parties',
      type: 'group',
      virtual: true,
      admin: { readOnly: true, description: { en: 'What you may see of the other parties of this order', fr: 'Ce que vous voyez des autres parties de la commande' } },
      fields: [
        {
          name: 'customer',
          type: 'group',
          virtual: true,
          fields: [
            { name: 'firstName', type: 'text', virtual: true },
            { name: 'phone', type: 'text', virtual: true },
            { name: 'address', type: 'text', virtual: true },
          ],
        },
        {
          name: 'driver',
          type: 'group',
          virtual: true,
          fields: [
            { name: 'firstName', type: 'text', virtual: true },
            { name: 'vehicleType', type: 'text', virtual: true },
            { name: 'phone', type: 'text', virtual: true },
          ],
        },
      ],
    },
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
        { name: 'basePrice', type: 'number', required: true, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }) },
        { name: 'unitPrice', type: 'number', required: true, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }) },
        { name: 'totalPrice', type: 'number', required: true, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }) },
        { name: 'promotion', type: 'relationship', relationTo: 'promotions' },
        { name: 'promotionDiscount', type: 'number', defaultValue: 0, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }) },
        { name: 'selectedOptions', type: 'json', admin: { readOnly: true } },
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
