import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isAdminField, or, ownerOrAdmin, userIsAdmin } from '../../../access'
import { validateLatitude, validateLongitude, validatePhoneE164 } from '../../../lib/validators'
import { GROUP, ownersCreate } from '../access'
import { nearbyEndpoint, menuEndpoint } from '../endpoints/catalogue'
import { validateOpeningHours } from '../services/opening-hours'
import { ADMIN_COMPONENTS, moneyAdmin, percentAdmin } from '../../../admin/fields'

const serverKept = { read: () => true, create: isAdminField, update: isAdminField }

const validTimeZone = (v: null | string | undefined) => {
  if (!v) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: v })
    return true
  } catch {
    return 'timezone must be an IANA zone, e.g. Europe/Paris'
  }
}

export const Restaurants: CollectionConfig = {
  slug: 'restaurants',
  labels: { singular: { en: 'Restaurant', fr: 'Restaurant' }, plural: { en: 'Restaurants', fr: 'Restaurants' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'owner', 'active', 'acceptingOrders', 'averageRating'] },
  access: { read: anyone, create: ownersCreate, update: ownerOrAdmin('owner'), delete: or(isAdmin) },
  endpoints: [nearbyEndpoint, menuEndpoint],
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        // an owner creates restaurants for themself; only admins assign another owner
        if (operation === 'create' && req.user && !userIsAdmin(req.user)) data.owner = req.user.id
        return data
      },
    ],
  },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, access: { update: isAdminField }, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { en: 'Name', fr: 'Nom' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', fr: 'Image' } },
    { name: 'address', type: 'textarea', required: true, label: { en: 'Address', fr: 'Adresse' } },
    { name: 'latitude', type: 'number', required: true, validate: validateLatitude as never, label: { en: 'Latitude', fr: 'Latitude' } },
    { name: 'longitude', type: 'number', required: true, validate: validateLongitude as never, label: { en: 'Longitude', fr: 'Longitude' } },
    { name: 'timezone', type: 'text', defaultValue: 'Europe/Paris', required: true, validate: validTimeZone as never, label: { en: 'Time zone', fr: 'Fuseau horaire' } },
    { name: 'phone', type: 'text', required: true, validate: validatePhoneE164 as never, label: { en: 'Phone', fr: 'Téléphone' } },
    { name: 'email', type: 'email', label: { en: 'E-mail', fr: 'E-mail' } },
    {
      name: 'openingHours',
      type: 'json',
      required: true,
      validate: validateOpeningHours as never,
      label: { en: 'Opening hours', fr: "Horaires d'ouverture" },
      // a form of seven days (closed, opens, closes, breaks); the API keeps the seed's object
      admin: { components: { Field: ADMIN_COMPONENTS.openingHours } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { en: 'Active', fr: 'Actif' } },
    { name: 'acceptingOrders', type: 'checkbox', defaultValue: true, label: { en: 'Accepting orders', fr: 'Accepte les commandes' } },
    { name: 'currency', type: 'select', defaultValue: 'EUR', required: true, options: ['EUR', 'XOF'], label: { en: 'Currency', fr: 'Devise' } },
    { name: 'deliveryFee', type: 'number', required: true, defaultValue: 0, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Delivery fee', fr: 'Frais de livraison' } },
    { name: 'freeDeliveryThreshold', type: 'number', required: true, defaultValue: 0, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { description: { en: '0 = never free', fr: '0 = jamais gratuite' } }), label: { en: 'Free delivery from', fr: 'Livraison gratuite dès' } },
    { name: 'deliveryRadiusKm', type: 'number', required: true, defaultValue: 5, min: 0.1, label: { en: 'Delivery radius (km)', fr: 'Rayon de livraison (km)' } },
    { name: 'estimatedDeliveryTime', type: 'number', required: true, defaultValue: 30, min: 1, label: { en: 'Estimated time (min)', fr: 'Temps estimé (min)' } },
    { name: 'taxRateBps', type: 'number', required: true, defaultValue: 0, min: 0, max: 10000, admin: percentAdmin(), label: { en: 'Tax added (%)', fr: 'Taxe ajoutée (%)' } },
    { name: 'averageRating', type: 'number', defaultValue: 0, min: 0, max: 5, index: true, access: serverKept, admin: { readOnly: true }, label: { en: 'Average rating', fr: 'Note moyenne' } },
    { name: 'totalReviews', type: 'number', defaultValue: 0, min: 0, access: serverKept, admin: { readOnly: true }, label: { en: 'Reviews', fr: 'Avis' } },
  ],
  indexes: [{ fields: ['latitude', 'longitude'] }, { fields: ['active', 'acceptingOrders'] }],
}
