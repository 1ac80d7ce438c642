import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { isAdmin, nobody, or } from '../../../access'
import { conflict } from '../../../endpoints/http'
import { logger } from '../../../lib/logger'
import { GROUP, IMAGES, SYSTEM, TAGS } from '../constants'
import { reviewerOrRequester } from '../access'
import { BACKGROUNDS, OUTPUT_FORMATS, QUALITIES, SIZES, STYLE_VALUES } from '../services/options'
import { IMAGE_STATUSES } from '../services/transitions'
import { hasRole } from '../../../access'
import { bilingualOptions } from '../../../admin/labels'

const l = (en: string, fr: string) => ({ en, fr })
const systemOnly = { create: () => false, update: () => false }
const ro = { readOnly: true }

const STATUS_LABELS: Record<string, { en: string; fr: string }> = {
  pending: l('Pending', 'En attente'),
  generating: l('Generating', 'En cours de génération'),
  generated: l('Generated (to review)', 'Générée (à valider)'),
  failed: l('Failed', 'Échec'),
  approved: l('Approved', 'Approuvée'),
  rejected: l('Rejected', 'Refusée'),
}

/** Status moves go through the review endpoint and the job (one transition table), never a plain update. */
const refuseStatusEdits: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context?.[SYSTEM]) return data
  if (data.status !== undefined && data.status !== originalDoc?.status) {
    throw conflict(`The status of an image changes only through its generation job and POST /api/images/:id/review (from ${originalDoc?.status} to ${String(data.status)} refused).`)
  }
  return data
}

/** An image deleted (by an admin or the cleanup) takes its files with it. */
const deleteFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = ((doc.images ?? []) as { media?: unknown }[]).map((i) => (i.media && typeof i.media === 'object' ? (i.media as { id: number }).id : i.media)).filter((x) => x != null)
  for (const id of ids) {
    try {
      await req.payload.delete({ collection: 'media', id: id as number, req, overrideAccess: true })
    } catch (err) {
      logger.warn({ err, media: id, image: doc.id }, 'ai-images: media of a deleted image not deleted')
    }
  }
}

/** Option labels in both languages (sizes such as 1024x1024 read the same in both). */
const OPTION_LABELS: Record<string, readonly [en: string, fr: string]> = {
  none: ['None', 'Aucun'],
  photographic: ['Photographic', 'Photographique'],
  illustration: ['Illustration', 'Illustration'],
  watercolor: ['Watercolour', 'Aquarelle'],
  '3d-render': ['3D render', 'Rendu 3D'],
  minimalist: ['Minimalist', 'Minimaliste'],
  'pop-art': ['Pop art', 'Pop art'],
  auto: ['Automatic', 'Automatique'],
  low: ['Low', 'Basse'],
  medium: ['Medium', 'Moyenne'],
  high: ['High', 'Haute'],
  opaque: ['Opaque', 'Opaque'],
  transparent: ['Transparent', 'Transparent'],
  openai: ['OpenAI', 'OpenAI'],
  'local-renderer': ['Local renderer (offline)', 'Rendu local (hors ligne)'],
  png: ['PNG', 'PNG'],
  jpeg: ['JPEG', 'JPEG'],
  webp: ['WebP', 'WebP'],
}

const select = (name: string, options: readonly string[], label: { en: string; fr: string }, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'select', options: bilingualOptions(options, Object.fromEntries(options.filter((o) => OPTION_LABELS[o]).map((o) => [o, OPTION_LABELS[o]]))), access: systemOnly, admin: ro, label, ...extra }) as Field

/**
 * A generation request and its result: the parameters, the stored files (in `media`, with their
 * sharp sizes), the status in the one transition table, the review. Created only by
 * POST /api/images/generate; requesters see their own, editors and admins all.
 */
export const GeneratedImages: CollectionConfig = {
  slug: IMAGES,
  labels: { singular: l('Generated image', 'Image générée'), plural: l('Generated images', 'Images générées') },
  admin: { group: GROUP, useAsTitle: 'prompt', defaultColumns: ['prompt', 'status', 'style', 'requester', 'createdAt'] },
  access: {
    read: reviewerOrRequester,
    create: nobody,
    // tags can be changed by the requester and reviewers; every other field is the server's
    update: or(hasRole('editor'), ({ req }) => (req.user ? { requester: { equals: req.user.id } } : false)),
    delete: isAdmin,
  },
  hooks: { beforeChange: [refuseStatusEdits], afterDelete: [deleteFiles] },
  fields: [
    { name: 'prompt', type: 'textarea', required: true, maxLength: 32_000, access: systemOnly, admin: ro, label: l('Prompt', 'Prompt') },
    {
      type: 'row',
      fields: [
        select('style', STYLE_VALUES, l('Style preset', 'Style'), { defaultValue: 'none', index: true }),
        select('size', SIZES, l('Size', 'Taille'), { defaultValue: '1024x1024' }),
        select('quality', QUALITIES, l('Quality', 'Qualité'), { defaultValue: 'medium' }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('background', BACKGROUNDS, l('Background', 'Fond'), { defaultValue: 'auto' }),
        select('outputFormat', OUTPUT_FORMATS, l('Output format', 'Format'), { defaultValue: 'png' }),
        { name: 'n', type: 'number', min: 1, max: 4, defaultValue: 1, required: true, access: systemOnly, admin: ro, label: l('Number of images', 'Nombre d’images') },
      ],
    },
    { name: 'tags', type: 'relationship', relationTo: TAGS, hasMany: true, maxRows: 10, index: true, label: l('Tags', 'Étiquettes') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: IMAGE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { readOnly: true, position: 'sidebar' },
      label: l('Status', 'Statut'),
    },
    { name: 'requester', type: 'relationship', relationTo: 'users', required: true, index: true, access: systemOnly, admin: { readOnly: true, position: 'sidebar' }, label: l('Requested by', 'Demandée par') },
    {
      name: 'images',
      type: 'array',
      maxRows: 4,
      access: systemOnly,
      admin: ro,
      label: l('Images', 'Images'),
      fields: [
        { name: 'media', type: 'upload', relationTo: 'media', required: true, label: l('File', 'Fichier') },
        { name: 'revisedPrompt', type: 'textarea', maxLength: 32_000, label: l('Prompt as revised by the model', 'Prompt révisé par le modèle') },
      ],
    },
    {
      type: 'collapsible',
      label: l('Provider', 'Fournisseur'),
      fields: [
        select('provider', ['openai', 'local-renderer'], l('Provider', 'Fournisseur')),
        { name: 'model', type: 'text', maxLength: 100, access: systemOnly, admin: ro, label: l('Model', 'Modèle') },
        { name: 'providerNote', type: 'text', maxLength: 300, access: systemOnly, admin: ro, label: l('Note', 'Remarque') },
        { name: 'errorCode', type: 'text', maxLength: 60, access: systemOnly, admin: ro, label: l('Error code', 'Code d’erreur') },
        { name: 'errorMessage', type: 'textarea', maxLength: 2000, access: systemOnly, admin: ro, label: l('Provider message', 'Message du fournisseur') },
        { name: 'generationMs', type: 'number', min: 0, access: systemOnly, admin: ro, label: l('Generation time (ms)', 'Durée de génération (ms)') },
        { name: 'completedAt', type: 'date', access: systemOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: l('Finished at', 'Terminée le') },
      ],
    },
    {
      type: 'collapsible',
      label: l('Review', 'Validation'),
      fields: [
        { name: 'rejectionReason', type: 'textarea', maxLength: 1000, access: systemOnly, admin: ro, label: l('Rejection reason', 'Motif du refus') },
        { name: 'reviewedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: ro, label: l('Reviewed by', 'Validée par') },
        { name: 'reviewedAt', type: 'date', access: systemOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: l('Reviewed at', 'Validée le') },
      ],
    },
  ],
  indexes: [{ fields: ['requester', 'status'] }, { fields: ['status', 'createdAt'] }],
}
