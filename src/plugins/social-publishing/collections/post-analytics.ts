import type { CollectionConfig } from 'payload'

import { nobody } from '../../../access'
import { ownSocial } from '../access'
import { ACCOUNTS, ANALYTICS, GROUP, PLATFORM_LABELS, PLATFORMS, POSTS } from '../constants'

const metric = (name: string, en: string, fr: string) => ({ name, type: 'number' as const, min: 0, label: { en, fr } })

/** One reading of a published post's metrics on one account, per sync (written by the sync job only). */
export const PostAnalytics: CollectionConfig = {
  slug: ANALYTICS,
  labels: { singular: { en: 'Post analytics', fr: 'Statistiques de publication' }, plural: { en: 'Post analytics', fr: 'Statistiques de publication' } },
  admin: { group: GROUP, defaultColumns: ['post', 'account', 'syncedAt', 'likes', 'comments', 'shares', 'reach', 'impressions'] },
  access: { read: ownSocial(), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'post', type: 'relationship', relationTo: POSTS, required: true, index: true, label: { en: 'Post', fr: 'Publication' } },
    { name: 'account', type: 'relationship', relationTo: ACCOUNTS, required: true, index: true, label: { en: 'Account', fr: 'Compte' } },
    { name: 'platform', type: 'select', required: true, options: PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] })), label: { en: 'Platform', fr: 'Plateforme' } },
    { name: 'syncedAt', type: 'date', required: true, index: true, label: { en: 'Synced at', fr: 'Synchronisé le' } },
    metric('likes', 'Likes', 'J’aime'),
    metric('comments', 'Comments', 'Commentaires'),
    metric('shares', 'Shares', 'Partages'),
    metric('reach', 'Reach', 'Portée'),
    metric('impressions', 'Impressions', 'Impressions'),
  ],
}
