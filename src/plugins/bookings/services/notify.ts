/**
 * The single door through which the engine tells attendees what happened to their registration,
 * through `notifications` (their preferences respected; one send per idempotency key).
 */
import type { PayloadRequest } from 'payload'

import { type BilingualText, bilingualTemplates, notifyIfEnabled, registerNotificationTemplates } from '../../notifications'

const TEXTS: Record<string, BilingualText & { push?: boolean }> = {
  'booking.confirmed': {
    fr: { title: 'Inscription confirmée : {{ title }}', body: 'Votre place pour {{ title }} est confirmée. Votre billet : {{ ticketCode }}.' },
    en: { title: 'Registration confirmed: {{ title }}', body: 'Your place for {{ title }} is confirmed. Your ticket: {{ ticketCode }}.' },
  },
  'booking.offer': {
    push: true,
    fr: { title: 'Une place se libère : {{ title }}', body: 'Une place pour {{ title }} vous est proposée jusqu’au {{ expiresAt }}. Acceptez-la avant.' },
    en: { title: 'A place is free: {{ title }}', body: 'A place for {{ title }} is offered to you until {{ expiresAt }}. Accept it before then.' },
  },
  'booking.expired': {
    fr: { title: 'Réservation expirée : {{ title }}', body: 'Votre réservation pour {{ title }} a expiré ({{ reason }}).' },
    en: { title: 'Booking expired: {{ title }}', body: 'Your booking for {{ title }} expired ({{ reason }}).' },
  },
  'booking.cancelled': {
    fr: { title: 'Inscription annulée : {{ title }}', body: 'Votre inscription à {{ title }} est annulée. {{ refund }}' },
    en: { title: 'Registration cancelled: {{ title }}', body: 'Your registration for {{ title }} is cancelled. {{ refund }}' },
  },
  'booking.resource_cancelled': {
    push: true,
    fr: { title: 'Annulé : {{ title }}', body: '{{ title }} est annulé ({{ reason }}). {{ refund }}' },
    en: { title: 'Cancelled: {{ title }}', body: '{{ title }} is cancelled ({{ reason }}). {{ refund }}' },
  },
  'booking.resource_confirmed': {
    fr: { title: 'C’est confirmé : {{ title }}', body: '{{ title }} a atteint son nombre minimum de participants et aura bien lieu.' },
    en: { title: 'It is on: {{ title }}', body: '{{ title }} reached its minimum number of participants and will take place.' },
  },
  'booking.reminder': {
    push: true,
    fr: { title: 'Rappel : {{ title }}', body: '{{ title }} commence le {{ startsAt }} ({{ when }}). {{ location }}' },
    en: { title: 'Reminder: {{ title }}', body: '{{ title }} starts on {{ startsAt }} ({{ when }}). {{ location }}' },
  },
  'booking.changed': {
    push: true,
    fr: { title: 'Changement : {{ title }}', body: '{{ title }} a changé : {{ changes }}.' },
    en: { title: 'Change: {{ title }}', body: '{{ title }} has changed: {{ changes }}.' },
  },
}

registerNotificationTemplates(bilingualTemplates(TEXTS, (type) => (TEXTS[type].push ? ['in-app', 'email', 'push'] : ['in-app', 'email'])))

export type BookingNotice = keyof typeof TEXTS

export async function tellAttendee(req: PayloadRequest, user: number | string, type: BookingNotice, data: Record<string, unknown>, idempotencyKey: string) {
  await notifyIfEnabled(req, { user, type, data: { url: '/', ...data }, idempotencyKey }, 'bookings')
}
