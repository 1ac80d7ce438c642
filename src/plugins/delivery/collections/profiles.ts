import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isAdminField, or, ownerOrAdmin, userIsAdmin } from '../../../access'
import { validateCountryCode, validateLatitude, validateLongitude } from '../../../lib/validators'
import { GROUP } from '../access'
import { guardAvailability } from '../services/availability'
import { bilingualOptions } from '../../../admin/labels'

const serverKept = { read: () => true, create: isAdminField, update: isAdminField }
const forceSelf = ({ data, operation, req }: { data: Record<string, unknown>; operation: string; req: { user?: { id: number | string } | null } }) => {
  if (operation === 'create' && req.user && !userIsAdmin(req.user as never)) data.user = req.user.id
  return data
}

export const CustomerProfiles: CollectionConfig = {
  slug: 'customer-profiles',
  labels: { singular: { en: 'Customer profile', fr: 'Profil client' }, plural: { en: 'Customer profiles', fr: 'Profils clients' } },
  admin: { group: GROUP, defaultColumns: ['user'] },
  access: { read: ownerOrAdmin('user'), create: hasRole('customer'), update: ownerOrAdmin('user'), delete: isAdmin },
  hooks: { beforeChange: [forceSelf as never] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, unique: true, access: { update: isAdminField }, label: { en: 'User', fr: 'Utilisateur' } },
    {
      name: 'deliveryAddresses',
      type: 'array',
      label: { en: 'Delivery addresses', fr: 'Adresses de livraison' },
      validate: ((rows: { isDefault?: boolean }[] | null) => (rows ?? []).filter((r) => r?.isDefault).length <= 1 || 'Only one address can be the default.') as never,
      fields: [
        { name: 'key', type: 'text', required: true, label: { en: 'Key', fr: 'Clé' } },
        { name: 'label', type: 'text', required: true, label: { en: 'Label', fr: 'Libellé' } },
        { name: 'address', type: 'textarea', required: true, label: { en: 'Address', fr: 'Adresse' } },
        { name: 'streetNumber', type: 'text', maxLength: 20, label: { en: 'Street number', fr: 'Numéro' } },
        { name: 'street', type: 'text', maxLength: 200, label: { en: 'Street', fr: 'Rue' } },
        { name: 'city', type: 'text', maxLength: 120, label: { en: 'City', fr: 'Ville' } },
        { name: 'postalCode', type: 'text', maxLength: 20, label: { en: 'Postal code', fr: 'Code postal' } },
        { name: 'country', type: 'text', maxLength: 2, validate: validateCountryCode as never, label: { en: 'Country (ISO 3166-1 alpha-2)', fr: 'Pays (ISO 3166-1 alpha-2)' } },
        { name: 'latitude', type: 'number', required: true, validate: validateLatitude as never },
        { name: 'longitude', type: 'number', required: true, validate: validateLongitude as never },
        { name: 'building', type: 'text' },
        { name: 'floor', type: 'text' },
        { name: 'apartment', type: 'text' },
        { name: 'instructions', type: 'textarea', label: { en: 'Instructions', fr: 'Instructions' } },
        { name: 'isDefault', type: 'checkbox', defaultValue: false, label: { en: 'Default', fr: 'Par défaut' } },
      ],
    },
    { name: 'favoriteRestaurants', type: 'relationship', relationTo: 'restaurants', hasMany: true, label: { en: 'Favourite restaurants', fr: 'Restaurants favoris' } },
  ],
}

export const DriverProfiles: CollectionConfig = {
  slug: 'driver-profiles',
  labels: { singular: { en: 'Driver profile', fr: 'Profil livreur' }, plural: { en: 'Driver profiles', fr: 'Profils livreurs' } },
  admin: { group: GROUP, defaultColumns: ['user', 'vehicleType', 'availability', 'averageRating', 'totalDeliveries'] },
  access: { read: or(isAdmin, hasRole('restaurant-owner'), ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)), create: hasRole('driver'), update: ownerOrAdmin('user'), delete: isAdmin },
  hooks: { beforeChange: [forceSelf as never, guardAvailability] },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, unique: true, access: { update: isAdminField }, label: { en: 'User', fr: 'Utilisateur' } },
    { name: 'vehicleType', type: 'select', required: true, options: ['bike', 'scooter', 'car'], label: { en: 'Vehicle', fr: 'Véhicule' } },
    { name: 'licensePlate', type: 'text', maxLength: 20, label: { en: 'Licence plate', fr: "Plaque d'immatriculation" } },
    {
      name: 'availability',
      type: 'select',
      required: true,
      defaultValue: 'offline',
      options: bilingualOptions(['available', 'busy', 'offline', 'on_break'], { available: ['Available', 'Disponible'], busy: ['Busy', 'Occupé'], offline: ['Offline', 'Hors ligne'], on_break: ['On a break', 'En pause'] }),
      index: true,
      label: { en: 'Availability', fr: 'Disponibilité' },
      admin: { description: { en: '"busy" is kept by the server while the driver carries an order', fr: '« busy » est tenu par le serveur pendant une livraison' } },
    },
    { name: 'currentLatitude', type: 'number', validate: validateLatitude as never },
    { name: 'currentLongitude', type: 'number', validate: validateLongitude as never },
    { name: 'averageRating', type: 'number', defaultValue: 0, min: 0, max: 5, access: serverKept, admin: { readOnly: true } },
    { name: 'totalRatings', type: 'number', defaultValue: 0, min: 0, access: serverKept, admin: { readOnly: true } },
    { name: 'totalDeliveries', type: 'number', defaultValue: 0, min: 0, access: serverKept, admin: { readOnly: true } },
    { name: 'totalTips', type: 'number', defaultValue: 0, min: 0, access: serverKept, admin: { readOnly: true, description: { en: 'Minor units', fr: 'Unités mineures' } } },
  ],
}
