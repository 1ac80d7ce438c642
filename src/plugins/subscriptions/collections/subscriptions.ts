/**
 * `subscriptions`: a user's subscription to a plan. Created by POST /api/subscriptions/subscribe and
 * moved only through the transition table (services/transitions.ts) by the endpoints, the payment
 * handlers and the renewal job; nobody writes it through REST, GraphQL or the admin form.
 * Subscribers read their own; admins read all.
 */
import type { CollectionConfig } from 'payload'

import { moneyAdmin } from '../../../admin/fields'
import { isAdmin, nobody, ownerOrAdmin } from '../../../access'
import { subscriptionEndpoints } from '../endpoints/subscriptions'
import { GROUP, l } from '../labels'
import { SUBSCRIPTION_STATUSES } from '../services/transitions'

const ro = { readOnly: true }
const dateTime = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

const STATUS_LABELS: Record<(typeof SUBSCRIPTION_STATUSES)[number], { en: string; fr: string }> = {
  pending_payment: l('Waiting for payment', 'En attente de paiement'),
  active: l('Active', 'Actif'),
  past_due: l('Payment overdue (grace)', 'Paiement en retard (délai de grâce)'),
  cancelling: l('Ends at period end', 'Se termine en fin de période'),
  expired: l('Expired', 'Expiré'),
  cancelled: l('Cancelled', 'Annulé'),
}

export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: { singular: l('Subscription', 'Abonnement'), plural: l('Subscriptions', 'Abonnements') },
  // "Subscription" is GraphQL's name for its subscription operation type
  graphQL: { singularName: 'UserSubscription', pluralName: 'UserSubscriptions' },
  admin: {
    group: GROUP,
    defaultColumns: ['id', 'user', 'plan', 'status', 'currentPeriodEnd', 'provider'],
    description: l(
      'Changed only by the server: subscribe, cancel and renew through /api/subscriptions/…, payments and the renewal job.',
      'Modifiés uniquement par le serveur : abonnement, résiliation et renouvellement via /api/subscriptions/…, les paiements et la tâche de renouvellement.',
    ),
  },
  access: { read: ownerOrAdmin('user'), create: nobody, update: nobody, delete: isAdmin },
  endpoints: subscriptionEndpoints,
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Subscriber', 'Abonné') },
    { name: 'plan', type: 'relationship', relationTo: 'subscription-plans', required: true, index: true, admin: ro, label: l('Plan', 'Formule') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending_payment',
      index: true,
      admin: { ...ro, position: 'sidebar' },
      options: SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      label: l('Status', 'Statut'),
    },
    {
      type: 'row',
      fields: [
        { name: 'periodNumber', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Periods paid', 'Périodes payées') },
        { name: 'currentPeriodStart', type: 'date', admin: dateTime, label: l('Period start', 'Début de période') },
        { name: 'currentPeriodEnd', type: 'date', index: true, admin: dateTime, label: l('Period end', 'Fin de période') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'graceUntil', type: 'date', index: true, admin: dateTime, label: l('Grace until', 'Délai de grâce jusqu’au') },
        { name: 'cancelledAt', type: 'date', admin: dateTime, label: l('Cancelled at', 'Résilié le') },
        { name: 'endedAt', type: 'date', admin: dateTime, label: l('Ended at', 'Terminé le') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'text', required: true, admin: ro, label: l('Payment provider', 'Moyen de paiement') },
        { name: 'phone', type: 'text', admin: ro, label: l('Mobile money phone', 'Téléphone mobile money') },
        { name: 'amount', type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, ro), label: l('Price per period', 'Prix par période') },
        { name: 'currency', type: 'text', admin: ro, label: l('Currency', 'Devise') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'openPaymentId', type: 'number', min: 1, admin: ro, label: l('Awaited payment', 'Paiement attendu') },
        { name: 'openPaymentPeriod', type: 'number', min: 0, admin: ro, label: l('For period', 'Pour la période') },
        { name: 'openPaymentAttempt', type: 'number', min: 0, defaultValue: 0, admin: ro, label: l('Attempt', 'Tentative') },
      ],
    },
    { name: 'lastFailure', type: 'text', admin: ro, label: l('Last payment failure', 'Dernier échec de paiement') },
    {
      name: 'history',
      type: 'array',
      admin: ro,
      label: l('Status history', 'Historique des statuts'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'text', label: l('From', 'De') },
            { name: 'to', type: 'text', required: true, label: l('To', 'Vers') },
            { name: 'by', type: 'text', required: true, label: l('By', 'Par') },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: l('At', 'Le') },
          ],
        },
        { name: 'reason', type: 'text', label: l('Reason', 'Raison') },
      ],
    },
  ],
}
