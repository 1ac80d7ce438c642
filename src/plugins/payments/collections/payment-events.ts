/**
 * `payment-events`: the inbox. Every verified provider event is stored here before the webhook
 * answers 2xx; a job applies it once (the provider event id is unique). Admins read; nobody writes
 * through the API.
 */
import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../access'
import { PROVIDER_NAMES } from '../providers/types'
import { bilingualOptions } from '../../../admin/labels'
import { PROVIDER_LABELS } from './payments'

export const EVENT_RESULTS = ['applied', 'ignored', 'amount_mismatch', 'error'] as const

export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: { en: 'Payment event', fr: 'Événement de paiement' }, plural: { en: 'Payment events', fr: 'Événements de paiement' } },
  admin: {
    group: { en: 'Payments', fr: 'Paiements' },
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'provider', 'type', 'payment', 'result', 'receivedAt', 'processedAt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'provider',
      type: 'select',
      required: true,
      index: true,
      options: bilingualOptions(PROVIDER_NAMES, PROVIDER_LABELS),
      label: { en: 'Provider', fr: 'Prestataire' },
    },
    { name: 'eventId', type: 'text', required: true, unique: true, label: { en: 'Provider event id', fr: 'Id d’événement prestataire' } },
    { name: 'type', type: 'text', required: true, index: true, label: { en: 'Type', fr: 'Type' } },
    { name: 'payment', type: 'relationship', relationTo: 'payments', index: true, label: { en: 'Payment', fr: 'Paiement' } },
    { name: 'payload', type: 'json', label: { en: 'Raw payload', fr: 'Contenu brut' } },
    { name: 'outcome', type: 'json', label: { en: 'Verified outcome', fr: 'Résultat vérifié' } },
    { name: 'receivedAt', type: 'date', required: true, index: true, label: { en: 'Received at', fr: 'Reçu le' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'processedAt', type: 'date', index: true, label: { en: 'Processed at', fr: 'Traité le' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'result',
      type: 'select',
      index: true,
      options: bilingualOptions(EVENT_RESULTS, { applied: ['Applied', 'Appliqué'], ignored: ['Ignored', 'Ignoré'], amount_mismatch: ['Amount mismatch', 'Montant différent'], error: ['Error', 'Erreur'] }),
      label: { en: 'Result', fr: 'Résultat' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0, label: { en: 'Attempts', fr: 'Tentatives' } },
    { name: 'error', type: 'textarea', label: { en: 'Error', fr: 'Erreur' } },
  ],
}
