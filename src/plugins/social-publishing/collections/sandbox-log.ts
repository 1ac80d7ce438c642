import type { CollectionConfig } from 'payload'

import { nobody } from '../../../access'
import { ownSocial } from '../access'
import { ACCOUNTS, POSTS, SANDBOX_LOG } from '../constants'

/** What the local sandbox publisher would have sent to the platform (nothing leaves the machine). */
export const SandboxLog: CollectionConfig = {
  slug: SANDBOX_LOG,
  labels: { singular: { en: 'Sandbox publication', fr: 'Publication bac à sable' }, plural: { en: 'Sandbox publications', fr: 'Publications bac à sable' } },
  // the System group comes with asSystem (plugin index)
  admin: { defaultColumns: ['platform', 'post', 'account', 'createdAt'] },
  access: { read: ownSocial(), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'post', type: 'relationship', relationTo: POSTS, required: true, index: true, label: { en: 'Post', fr: 'Publication' } },
    { name: 'account', type: 'relationship', relationTo: ACCOUNTS, required: true, label: { en: 'Account', fr: 'Compte' } },
    { name: 'platform', type: 'text', required: true, label: { en: 'Platform', fr: 'Plateforme' } },
    { name: 'caption', type: 'textarea', label: { en: 'Caption', fr: 'Légende' } },
    { name: 'imageUrls', type: 'array', label: { en: 'Images', fr: 'Images' }, fields: [{ name: 'url', type: 'text', required: true }] },
    { name: 'request', type: 'textarea', label: { en: 'Request that would be sent', fr: 'Requête qui serait envoyée' } },
  ],
}
