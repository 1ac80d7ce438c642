/**
 * `payments`: the ledger. Rows are created and moved only by the server (requestPayment, provider
 * events, the reconciliation job, the admin refund endpoint); nobody writes them through REST,
 * GraphQL or the admin form. Payers read their own rows; admins read all.
 */
import type { CollectionConfig } from 'payload'

import { isAdminField, nobody, ownerOrAdmin } from '../../../access'
import { PAYMENT_STATUSES } from '../services/state-machine'
import { PROVIDER_NAMES } from '../providers/types'
import { refundEndpoint } from '../endpoints/refund'
import { sandboxConfirmEndpoint, sandboxPageEndpoint } from '../endpoints/sandbox'
import { webhookEndpoints } from '../endpoints/webhooks'
import { moneyAdmin } from '../../../admin/fields'
import { bilingualOptions, COMMON_STATUS_LABELS } from '../../../admin/labels'

export const PROVIDER_LABELS = { stripe: ['Stripe (card)', 'Stripe (carte)'], 'orange-money': ['Orange Money', 'Orange Money'], 'mtn-momo': ['MTN MoMo', 'MTN MoMo'], 'moov-money': ['Moov Money', 'Moov Money'], sandbox: ['Sandbox (test)', 'Bac à sable (test)'] } as const

const group = { en: 'Payments', fr: 'Paiements' }
const adminOnly = { read: isAdminField }

export const Payments: CollectionConfig = {
  slug: 'payments',
  labels: { singular: { en: 'Payment', fr: 'Paiement' }, plural: { en: 'Payments', fr: 'Paiements' } },
  admin: {
    group,
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['id', 'purpose', 'payer', 'amount', 'currency', 'provider', 'status', 'createdAt'],
    description: {
      en: 'The payment ledger. Amounts are in minor units (cents; XOF has none). Only the server changes a payment; refunds: POST /api/payments/:id/refund.',
      fr: 'Le registre des paiements. Montants en unités mineures (centimes ; le XOF n’en a pas). Seul le serveur modifie un paiement ; remboursements : POST /api/payments/:id/refund.',
    },
  },
  access: {
    read: ownerOrAdmin('payer'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [...webhookEndpoints, refundEndpoint, sandboxPageEndpoint, sandboxConfirmEndpoint],
  fields: [
    {
      name: 'refundPanel',
      type: 'ui',
      admin: { components: { Field: '/plugins/payments/admin/refund-panel#RefundPanel' } },
    },
    { name: 'purpose', type: 'text', required: true, index: true, label: { en: 'Purpose', fr: 'Objet' } },
    {
      type: 'row',
      fields: [
        { name: 'resourceCollection', type: 'text', required: true, label: { en: 'Resource collection', fr: 'Collection de la ressource' } },
        { name: 'resourceId', type: 'text', required: true, index: true, label: { en: 'Resource id', fr: 'Id de la ressource' } },
      ],
    },
    { name: 'payer', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Payer', fr: 'Payeur' } },
    {
      type: 'row',
      fields: [
        { name: 'amount', type: 'number', required: true, min: 1, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Amount', fr: 'Montant' } },
        { name: 'currency', type: 'text', required: true, label: { en: 'Currency', fr: 'Devise' } },
        { name: 'refundedAmount', type: 'number', defaultValue: 0, min: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Refunded', fr: 'Remboursé' } },
      ],
    },
    {
      name: 'provider',
      type: 'select',
      required: true,
      index: true,
      options: bilingualOptions(PROVIDER_NAMES, PROVIDER_LABELS),
      label: { en: 'Provider', fr: 'Prestataire' },
    },
    { name: 'providerReference', type: 'text', index: true, label: { en: 'Provider reference', fr: 'Référence prestataire' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: bilingualOptions(PAYMENT_STATUSES, COMMON_STATUS_LABELS),
      label: { en: 'Status', fr: 'Statut' },
    },
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, label: { en: 'Idempotency key', fr: 'Clé d’idempotence' } },
    { name: 'description', type: 'text', label: { en: 'Description', fr: 'Description' } },
    { name: 'phone', type: 'text', label: { en: 'Payer phone (mobile money)', fr: 'Téléphone du payeur (mobile money)' } },
    { name: 'returnUrl', type: 'text', access: adminOnly, label: { en: 'Return URL', fr: 'URL de retour' } },
    {
      name: 'clientAction',
      type: 'json',
      label: { en: 'What the client does to pay', fr: 'Action du client pour payer' },
    },
    { name: 'callbackToken', type: 'text', index: true, access: adminOnly, admin: { hidden: true } },
    { name: 'providerData', type: 'json', access: adminOnly, label: { en: 'Provider data', fr: 'Données prestataire' } },
    { name: 'paidAt', type: 'date', label: { en: 'Paid at', fr: 'Payé le' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'expiresAt', type: 'date', index: true, label: { en: 'Expires at', fr: 'Expire le' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'failureReason', type: 'text', label: { en: 'Failure reason', fr: 'Raison de l’échec' } },
    {
      name: 'statusHistory',
      type: 'array',
      label: { en: 'Status history', fr: 'Historique des statuts' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'text' },
            { name: 'to', type: 'text', required: true },
            { name: 'by', type: 'text', required: true },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'reason', type: 'text' },
        { name: 'eventId', type: 'text' },
      ],
    },
    {
      name: 'refunds',
      type: 'array',
      label: { en: 'Refunds', fr: 'Remboursements' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'amount', type: 'number', required: true, min: 1, admin: moneyAdmin({ currencyPath: 'currency' }) },
            { name: 'status', type: 'text', required: true },
            { name: 'providerRefundId', type: 'text' },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'reason', type: 'text' },
        { name: 'by', type: 'relationship', relationTo: 'users' },
      ],
    },
  ],
}
