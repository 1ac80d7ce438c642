import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../access'
import { bilingualOptions } from '../../../admin/labels'
import { ownSocial } from '../access'
import { ACCOUNTS, GROUP, PLATFORM_LABELS, PLATFORMS, POSTS, SCHEDULES } from '../constants'
import { POST_STATUSES } from '../services/transitions'

const readOnly = { access: { create: () => false, update: () => false }, admin: { readOnly: true } }
const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))

const statusOptions = bilingualOptions(POST_STATUSES, {
  draft: ['Draft', 'Brouillon'],
  scheduled: ['Scheduled', 'Planifiée'],
  publishing: ['Publishing', 'En cours de publication'],
  published: ['Published', 'Publiée'],
  retry: ['Retrying', 'Nouvel essai prévu'],
  failed: ['Failed', 'Échouée'],
  waiting: ['Waiting for reconnection', 'En attente de reconnexion'],
  cancelled: ['Cancelled', 'Annulée'],
})
const TARGET_STATES = ['pending', 'published', 'failed', 'waiting'] as const
const targetStateOptions = bilingualOptions(TARGET_STATES, {
  pending: ['Pending', 'En attente'],
  published: ['Published', 'Publiée'],
  failed: ['Failed', 'Échouée'],
  waiting: ['Waiting for reconnection', 'En attente de reconnexion'],
})

/**
 * A post to publish on one or more accounts at a time given with its time zone. Users write
 * through `/api/social/...` (schedule, update, cancel, publish-now…), which check the platform
 * limits and the transition table; REST/GraphQL reads are limited to the owner (admins: all).
 * The per-account outcome (platform post id, permalink, attempts) is in `targets`.
 */
export const ScheduledPosts: CollectionConfig = {
  slug: POSTS,
  labels: { singular: { en: 'Scheduled post', fr: 'Publication planifiée' }, plural: { en: 'Scheduled posts', fr: 'Publications planifiées' } },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'status', 'scheduledAt', 'timezone', 'owner'] },
  // every write goes through the endpoints (limits, ownership, the transition table): none through REST/GraphQL/admin forms
  access: { read: ownSocial(), create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: () => false }, label: { en: 'Owner', fr: 'Propriétaire' } },
    { name: 'title', type: 'text', maxLength: 120, label: { en: 'Title', fr: 'Titre' } },
    { name: 'caption', type: 'textarea', maxLength: 63206, label: { en: 'Caption', fr: 'Légende' } },
    {
      name: 'variants',
      type: 'array',
      maxRows: PLATFORMS.length,
      label: { en: 'Per-platform captions', fr: 'Légendes par plateforme' },
      fields: [
        { name: 'platform', type: 'select', required: true, options: platformOptions, label: { en: 'Platform', fr: 'Plateforme' } },
        { name: 'caption', type: 'textarea', maxLength: 63206, label: { en: 'Caption', fr: 'Légende' } },
      ],
    },
    { name: 'images', type: 'relationship', relationTo: 'media', hasMany: true, maxRows: 4, label: { en: 'Images', fr: 'Images' } },
    {
      name: 'scheduledAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { en: 'Scheduled at', fr: 'Planifiée le' },
    },
    { name: 'timezone', type: 'text', required: true, defaultValue: 'UTC', maxLength: 64, label: { en: 'Time zone', fr: 'Fuseau horaire' } },
    { name: 'scheduledLocal', type: 'text', ...readOnly, label: { en: 'Local time', fr: 'Heure locale' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: statusOptions,
      ...readOnly,
      admin: { readOnly: true, position: 'sidebar' },
      label: { en: 'Status', fr: 'Statut' },
    },
    {
      name: 'targets',
      type: 'array',
      minRows: 1,
      maxRows: 10,
      access: { create: () => false, update: () => false },
      label: { en: 'Accounts', fr: 'Comptes' },
      fields: [
        { name: 'account', type: 'relationship', relationTo: ACCOUNTS, required: true, label: { en: 'Account', fr: 'Compte' } },
        { name: 'platform', type: 'select', required: true, options: platformOptions, label: { en: 'Platform', fr: 'Plateforme' } },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          options: targetStateOptions,
          label: { en: 'State', fr: 'État' },
        },
        { name: 'platformPostId', type: 'text', label: { en: 'Platform post id', fr: 'Id sur la plateforme' } },
        { name: 'permalink', type: 'text', label: { en: 'Permalink', fr: 'Lien permanent' } },
        // Instagram media container created for this post (reused instead of creating another)
        { name: 'containerId', type: 'text', label: { en: 'Media container id', fr: 'Id du conteneur' } },
        // set (committed) before the platform is called: a later run first looks for what this attempt may have published
        { name: 'attemptStartedAt', type: 'date', label: { en: 'Attempt started at', fr: 'Tentative commencée le' } },
        { name: 'attempts', type: 'number', min: 0, defaultValue: 0, label: { en: 'Attempts', fr: 'Tentatives' } },
        { name: 'publishedAt', type: 'date', label: { en: 'Published at', fr: 'Publiée le' } },
        { name: 'lastError', type: 'text', label: { en: 'Last error', fr: 'Dernière erreur' } },
      ],
    },
    { name: 'attempts', type: 'number', min: 0, defaultValue: 0, ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Attempts', fr: 'Tentatives' } },
    { name: 'nextAttemptAt', type: 'date', ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Next attempt', fr: 'Prochaine tentative' } },
    { name: 'claimedAt', type: 'date', ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Claimed at', fr: 'Prise en charge le' } },
    { name: 'claimToken', type: 'text', hidden: true, access: { read: () => false, create: () => false, update: () => false } },
    { name: 'publishedAt', type: 'date', ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Published at', fr: 'Publiée le' } },
    { name: 'lastError', type: 'text', ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Last error', fr: 'Dernière erreur' } },
    { name: 'schedule', type: 'relationship', relationTo: SCHEDULES, index: true, ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Recurring schedule', fr: 'Planification récurrente' } },
    // `<schedule id>:<ISO instant>` for posts made by a recurring schedule or a queue: one post per slot
    { name: 'slotKey', type: 'text', unique: true, ...readOnly, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Slot', fr: 'Créneau' } },
  ],
  indexes: [{ fields: ['status', 'scheduledAt'] }],
}
