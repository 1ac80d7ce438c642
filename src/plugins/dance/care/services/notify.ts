/** Notifications of care bookings (practitioner and client), through `notifications`. */
import type { PayloadRequest } from 'payload'

import { type BilingualText, bilingualTemplates, notifyIfEnabled, registerNotificationTemplates } from '../../../notifications'

const TEXTS: Record<string, BilingualText> = {
  'care.booked': {
    fr: { title: 'Nouvelle réservation : {{ title }}', body: '{{ title }} réservé le {{ startsAt }}. Confirmez-la.' },
    en: { title: 'New booking: {{ title }}', body: '{{ title }} booked for {{ startsAt }}. Please confirm it.' },
  },
  'care.confirmed': {
    fr: { title: 'Rendez-vous confirmé : {{ title }}', body: 'Votre rendez-vous {{ title }} du {{ startsAt }} est confirmé.' },
    en: { title: 'Appointment confirmed: {{ title }}', body: 'Your appointment {{ title }} on {{ startsAt }} is confirmed.' },
  },
  'care.cancelled': {
    fr: { title: 'Rendez-vous annulé : {{ title }}', body: 'Le rendez-vous {{ title }} du {{ startsAt }} est annulé ({{ reason }}). {{ refund }}' },
    en: { title: 'Appointment cancelled: {{ title }}', body: 'The appointment {{ title }} on {{ startsAt }} is cancelled ({{ reason }}). {{ refund }}' },
  },
}

registerNotificationTemplates(bilingualTemplates(TEXTS, () => ['in-app', 'email']))

export async function tellCare(req: PayloadRequest, user: number | string, type: keyof typeof TEXTS, data: Record<string, unknown>, idempotencyKey: string) {
  await notifyIfEnabled(req, { user, type, data: { url: '/dance/care', ...data }, idempotencyKey }, 'dance.care')
}
