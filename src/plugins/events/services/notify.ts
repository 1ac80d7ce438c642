/** Notifications of the events plugin (organizers and followers), through `notifications`. */
import type { PayloadRequest } from 'payload'

import { type BilingualText, bilingualTemplates, notifyIfEnabled, registerNotificationTemplates } from '../../notifications'

const TEXTS: Record<string, BilingualText> = {
  'event.approved': {
    fr: { title: 'Événement publié : {{ title }}', body: 'Votre événement {{ title }} a été approuvé et est publié.' },
    en: { title: 'Event published: {{ title }}', body: 'Your event {{ title }} was approved and is now published.' },
  },
  'event.rejected': {
    fr: { title: 'Événement refusé : {{ title }}', body: 'Votre événement {{ title }} a été refusé : {{ reason }}' },
    en: { title: 'Event rejected: {{ title }}', body: 'Your event {{ title }} was rejected: {{ reason }}' },
  },
  'event.published': {
    fr: { title: 'Nouvel événement : {{ title }}', body: '{{ organizer }} publie {{ title }}, le {{ startsAt }} à {{ city }}.' },
    en: { title: 'New event: {{ title }}', body: '{{ organizer }} published {{ title }}, on {{ startsAt }} in {{ city }}.' },
  },
}

registerNotificationTemplates(bilingualTemplates(TEXTS, () => ['in-app', 'email', 'push']))

export async function tell(req: PayloadRequest, user: number | string, type: keyof typeof TEXTS, data: Record<string, unknown>, idempotencyKey: string) {
  await notifyIfEnabled(req, { user, type, data: { url: '/', ...data }, idempotencyKey }, 'events')
}
