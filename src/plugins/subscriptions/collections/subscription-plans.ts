/**
 * `subscription-plans`: what a subscriber buys — a price per month or year and a list of benefits
 * (a percent off bookings, priority booking). Admins edit them; everyone reads the active ones.
 */
import type { Access, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { moneyAdmin } from '../../../admin/fields'
import { isAdmin, userIsAdmin } from '../../../access'
import { conflict } from '../../../endpoints/http'
import { GROUP, l } from '../labels'
import { PERIODS } from '../services/periods'
import { BENEFIT_TYPES } from '../services/benefits'

/** Admins see every plan; others only the plans on sale. */
const readPlans: Access = ({ req }) => (userIsAdmin(req.user) ? true : { active: { equals: true } })

/** A plan someone subscribed to keeps its history: it is taken off sale (`active` off), never deleted. */
const refuseDeleteWhenSubscribed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const used = await req.payload.count({ collection: 'subscriptions' as never, where: { plan: { equals: id } }, req, overrideAccess: true })
  if (used.totalDocs > 0) throw conflict(`${used.totalDocs} subscription(s) use this plan: take it off sale (untick "active") instead of deleting it.`)
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SubscriptionPlans: CollectionConfig = {
  slug: 'subscription-plans',
  labels: { singular: l('Subscription plan', 'Formule d’abonnement'), plural: l('Subscription plans', 'Formules d’abonnement') },
  admin: {
    group: GROUP,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'price', 'currency', 'period', 'active'],
    description: l(
      'Plans users subscribe to. Prices are in minor units (cents; XOF has none). A price change applies from the next renewal.',
      'Formules auxquelles les utilisateurs s’abonnent. Prix en unités mineures (centimes ; le XOF n’en a pas). Un changement de prix s’applique au prochain renouvellement.',
    ),
  },
  access: { read: readPlans, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'sortOrder',
  hooks: { beforeDelete: [refuseDeleteWhenSubscribed] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: l('Name', 'Nom') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 80,
      validate: ((v: unknown) => (typeof v === 'string' && SLUG.test(v)) || 'slug: lower-case letters, digits and dashes (e.g. "premium-monthly")') as never,
      label: l('Slug', 'Identifiant'),
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: l('Description', 'Description') },
    {
      type: 'row',
      fields: [
        {
          name: 'price',
          type: 'number',
          required: true,
          min: 1,
          max: 100_000_000,
          // stored in minor units of `currency`, shown and typed as money
          admin: moneyAdmin({ currencyPath: 'currency' }, { step: 1 }),
          validate: ((v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 100_000_000) || 'price: a whole number of minor units, at least 1 (XOF has none: 2000 = 2000 XOF; EUR: 999 = 9.99 EUR)') as never,
          label: l('Price', 'Prix'),
        },
        {
          name: 'currency',
          type: 'text',
          required: true,
          defaultValue: 'XOF',
          maxLength: 3,
          validate: ((v: unknown) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v)) || 'currency: an ISO 4217 code in capitals, e.g. XOF or EUR') as never,
          label: l('Currency', 'Devise'),
        },
        {
          name: 'period',
          type: 'select',
          required: true,
          defaultValue: 'month',
          options: PERIODS.map((p) => ({ value: p, label: p === 'month' ? l('Monthly', 'Mensuel') : l('Yearly', 'Annuel') })),
          label: l('Billing period', 'Période de facturation'),
        },
      ],
    },
    {
      name: 'benefits',
      type: 'array',
      maxRows: 20,
      label: l('Benefits', 'Avantages'),
      labels: { singular: l('Benefit', 'Avantage'), plural: l('Benefits', 'Avantages') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              required: true,
              options: BENEFIT_TYPES.map((t) => ({
                value: t,
                label: t === 'booking_discount' ? l('Reduced booking price', 'Réservations à prix réduit') : l('Priority booking', 'Réservation prioritaire'),
              })),
              label: l('Benefit', 'Avantage'),
            },
            {
              name: 'percent',
              type: 'number',
              min: 1,
              max: 100,
              admin: { step: 1, condition: (_data, sibling) => sibling?.type === 'booking_discount' },
              validate: ((v: unknown, { siblingData }: { siblingData?: { type?: string } }) =>
                siblingData?.type !== 'booking_discount' || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 100) ||
                'percent: a reduced booking price needs a whole percent between 1 and 100') as never,
              label: l('Discount (%)', 'Réduction (%)'),
            },
          ],
        },
        { name: 'label', type: 'text', localized: true, maxLength: 200, label: l('Shown as', 'Texte affiché') },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: l('On sale', 'En vente'), admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, min: 0, max: 10_000, label: l('Order', 'Ordre'), admin: { position: 'sidebar', step: 1 } },
  ],
}
