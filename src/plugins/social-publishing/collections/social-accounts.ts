import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../access'
import { ownSocial } from '../access'
import { ACCOUNTS, GROUP, PLATFORM_LABELS, PLATFORMS } from '../constants'

/**
 * A connected Instagram business account, Facebook page or X account. The access token and its
 * expiry are only ever stored encrypted (`credentials`, AES-256-GCM) and never leave the server:
 * the field is hidden, unreadable and unwritable through the API. Accounts are connected and
 * reconnected through `POST /api/social/accounts` and `/api/social/accounts/:id/reconnect`.
 */
export const SocialAccounts: CollectionConfig = {
  slug: ACCOUNTS,
  labels: { singular: { en: 'Social account', fr: 'Compte social' }, plural: { en: 'Social accounts', fr: 'Comptes sociaux' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'platform', 'mode', 'status', 'owner'] },
  access: { read: ownSocial(), create: nobody, update: isAdmin, delete: ownSocial() },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: () => false }, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'platform',
      type: 'select',
      required: true,
      options: PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] })),
      access: { update: () => false },
      label: { en: 'Platform', fr: 'Plateforme' },
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'sandbox',
      options: [
        { value: 'live', label: { en: 'Live (real platform API)', fr: 'Réel (API de la plateforme)' } },
        { value: 'sandbox', label: { en: 'Sandbox (records what would be sent, publishes nothing)', fr: 'Bac à sable (enregistre l’envoi, ne publie rien)' } },
      ],
      access: { update: () => false },
      label: { en: 'Mode', fr: 'Mode' },
    },
    // Instagram user id, Facebook page id or X user id
    { name: 'externalId', type: 'text', required: true, maxLength: 64, label: { en: 'Platform id', fr: 'Identifiant sur la plateforme' } },
    { name: 'handle', type: 'text', maxLength: 120, label: { en: 'Handle', fr: 'Identifiant public' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'connected',
      index: true,
      options: [
        { value: 'connected', label: { en: 'Connected', fr: 'Connecté' } },
        { value: 'reconnect_needed', label: { en: 'Reconnect needed', fr: 'Reconnexion nécessaire' } },
      ],
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'statusReason', type: 'text', maxLength: 500, access: { update: () => false }, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Why', fr: 'Pourquoi' } },
    { name: 'connectedAt', type: 'date', access: { update: () => false }, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Connected at', fr: 'Connecté le' } },
    // encrypted token + expiry: never returned, never written through the API
    { name: 'credentials', type: 'text', hidden: true, access: { read: () => false, create: () => false, update: () => false } },
  ],
}
