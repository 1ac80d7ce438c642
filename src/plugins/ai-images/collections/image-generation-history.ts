import type { CollectionConfig } from 'payload'

import { moneyAdmin } from '../../../admin/fields'
import { isAdmin, nobody } from '../../../access'
import { GROUP, HISTORY, IMAGES } from '../constants'
import { reviewerOrRequester } from '../access'

const l = (en: string, fr: string) => ({ en, fr })

/** Every generation attempt (one row per job run), kept after its image is cleaned up. Written only by the job. */
export const ImageGenerationHistory: CollectionConfig = {
  slug: HISTORY,
  labels: { singular: l('Generation attempt', 'Tentative de génération'), plural: l('Generation history', 'Historique des générations') },
  admin: { group: GROUP, useAsTitle: 'prompt', defaultColumns: ['prompt', 'outcome', 'model', 'durationMs', 'requester', 'createdAt'] },
  access: { read: reviewerOrRequester, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'image', type: 'relationship', relationTo: IMAGES, index: true, admin: { readOnly: true }, label: l('Image', 'Image') },
    { name: 'requester', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true }, label: l('Requested by', 'Demandée par') },
    { name: 'prompt', type: 'textarea', required: true, maxLength: 32_000, admin: { readOnly: true }, label: l('Prompt', 'Prompt') },
    {
      name: 'params',
      type: 'group',
      admin: { readOnly: true },
      label: l('Parameters', 'Paramètres'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'style', type: 'text', maxLength: 40, label: l('Style', 'Style') },
            { name: 'size', type: 'text', maxLength: 20, label: l('Size', 'Taille') },
            { name: 'quality', type: 'text', maxLength: 20, label: l('Quality', 'Qualité') },
            { name: 'background', type: 'text', maxLength: 20, label: l('Background', 'Fond') },
            { name: 'outputFormat', type: 'text', maxLength: 10, label: l('Format', 'Format') },
            { name: 'n', type: 'number', min: 1, max: 4, label: l('Images', 'Images') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'text', maxLength: 40, admin: { readOnly: true }, label: l('Provider', 'Fournisseur') },
        { name: 'model', type: 'text', maxLength: 100, admin: { readOnly: true }, label: l('Model', 'Modèle') },
        {
          name: 'outcome',
          type: 'select',
          required: true,
          index: true,
          options: [
            { value: 'success', label: l('Success', 'Réussie') },
            { value: 'failed', label: l('Failed', 'Échec') },
            { value: 'moderation_blocked', label: l('Refused by moderation', 'Refusée par la modération') },
          ],
          admin: { readOnly: true },
          label: l('Outcome', 'Résultat'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'attempts', type: 'number', min: 1, admin: { readOnly: true }, label: l('HTTP attempts', 'Tentatives HTTP') },
        { name: 'durationMs', type: 'number', min: 0, admin: { readOnly: true }, label: l('Duration (ms)', 'Durée (ms)') },
        { name: 'costEstimate', type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, { readOnly: true, description: l('Minor units of the currency (cents).', 'Unités mineures de la devise (centimes).') }), label: l('Cost estimate', 'Coût estimé') },
        { name: 'currency', type: 'text', minLength: 3, maxLength: 3, defaultValue: 'USD', admin: { readOnly: true }, label: l('Currency', 'Devise') },
      ],
    },
    { name: 'errorCode', type: 'text', maxLength: 60, admin: { readOnly: true }, label: l('Error code', 'Code d’erreur') },
    { name: 'errorMessage', type: 'textarea', maxLength: 2000, admin: { readOnly: true }, label: l('Provider message', 'Message du fournisseur') },
  ],
}
