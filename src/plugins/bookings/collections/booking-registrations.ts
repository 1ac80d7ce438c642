import type { CollectionConfig } from 'payload'

import { moneyAdmin } from '../../../admin/fields'
import { isAdmin, nobody } from '../../../access'
import { GROUP, ownOrAdmin } from '../access'
import { REGISTRATION_STATUSES } from '../services/transitions'

const statusLabels: Record<string, { en: string; fr: string }> = {
  pending_payment: { en: 'Pending payment', fr: 'Paiement en attente' },
  confirmed: { en: 'Confirmed', fr: 'Confirmée' },
  checked_in: { en: 'Checked in', fr: 'Présent' },
  cancelled: { en: 'Cancelled', fr: 'Annulée' },
  waitlisted: { en: 'Waitlisted', fr: "Liste d'attente" },
  offered: { en: 'Place offered', fr: 'Place proposée' },
  expired: { en: 'Expired', fr: 'Expirée' },
}

/**
 * One person's place (or waitlist entry) for one bookable resource. Created and moved only by the
 * engine (its endpoints and jobs); attendees read their own, admins all.
 */
export const BookingRegistrations: CollectionConfig = {
  slug: 'booking-registrations',
  labels: { singular: { en: 'Registration', fr: 'Inscription' }, plural: { en: 'Registrations', fr: 'Inscriptions' } },
  admin: { group: GROUP, useAsTitle: 'resourceTitle', defaultColumns: ['resourceTitle', 'user', 'status', 'amount', 'currency', 'createdAt'] },
  access: { read: ownOrAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Attendee', fr: 'Participant' } },
    { name: 'resourceCollection', type: 'text', required: true, maxLength: 100, label: { en: 'Resource collection', fr: 'Collection de la ressource' } },
    { name: 'resourceId', type: 'number', required: true, min: 1, label: { en: 'Resource id', fr: 'Identifiant de la ressource' } },
    { name: 'resourceTitle', type: 'text', maxLength: 300, label: { en: 'Booked', fr: 'Réservé' } },
    { name: 'bucket', type: 'relationship', relationTo: 'booking-buckets', required: true, index: true, label: { en: 'Capacity bucket', fr: 'Quota' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: REGISTRATION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      label: { en: 'Status', fr: 'Statut' },
    },
    {
      name: 'tier',
      type: 'select',
      options: [
        { value: 'early_bird', label: { en: 'Early bird', fr: 'Prévente' } },
        { value: 'regular', label: { en: 'Regular', fr: 'Normal' } },
        { value: 'free', label: { en: 'Free', fr: 'Gratuit' } },
      ],
      label: { en: 'Price tier', fr: 'Tarif' },
    },
    { name: 'amount', type: 'number', min: 0, defaultValue: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Amount', fr: 'Montant' } },
    { name: 'discount', type: 'number', min: 0, defaultValue: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Discount', fr: 'Réduction' } },
    { name: 'currency', type: 'text', maxLength: 3, label: { en: 'Currency', fr: 'Devise' } },
    { name: 'promoCode', type: 'relationship', relationTo: 'promo-codes', label: { en: 'Promo code', fr: 'Code promo' } },
    { name: 'paymentId', type: 'number', min: 1, label: { en: 'Payment', fr: 'Paiement' } },
    { name: 'phone', type: 'text', maxLength: 30, label: { en: 'Phone', fr: 'Téléphone' } },
    { name: 'holdExpiresAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Unpaid hold ends', fr: 'Fin de la réservation non payée' } },
    { name: 'offerExpiresAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Offer ends', fr: "Fin de l'offre" } },
    { name: 'ticketCode', type: 'text', unique: true, maxLength: 64, label: { en: 'Ticket code', fr: 'Code du billet' } },
    { name: 'checkedInAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Checked in at', fr: 'Entrée le' } },
    { name: 'checkedInBy', type: 'relationship', relationTo: 'users', label: { en: 'Checked in by', fr: 'Contrôlé par' } },
    { name: 'refundedAmount', type: 'number', min: 0, defaultValue: 0, admin: moneyAdmin({ currencyPath: 'currency' }), label: { en: 'Refunded', fr: 'Remboursé' } },
    { name: 'refundNote', type: 'text', maxLength: 500, label: { en: 'Refund note', fr: 'Note de remboursement' } },
    { name: 'cancelReason', type: 'text', maxLength: 500, label: { en: 'Cancellation reason', fr: "Motif d'annulation" } },
    {
      name: 'reminders',
      type: 'group',
      label: { en: 'Reminders sent', fr: 'Rappels envoyés' },
      fields: [
        { name: 'dayBefore', type: 'date', label: { en: 'Day before', fr: 'La veille' } },
        { name: 'hourBefore', type: 'date', label: { en: 'Hour before', fr: "Une heure avant" } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { en: 'History', fr: 'Historique' },
      admin: { readOnly: true },
      fields: [
        { name: 'from', type: 'text', maxLength: 30 },
        { name: 'to', type: 'text', maxLength: 30 },
        { name: 'at', type: 'date' },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'note', type: 'text', maxLength: 500 },
      ],
    },
  ],
  indexes: [{ fields: ['resourceCollection', 'resourceId', 'status'] }],
}
