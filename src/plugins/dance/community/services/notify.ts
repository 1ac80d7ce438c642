/** Notifications of the community part (through the `notifications` plugin's public API, when it is on). */
import type { PayloadRequest } from 'payload'

import { type BilingualText, bilingualTemplates, notifyIfEnabled, registerNotificationTemplates } from '../../../notifications'

const TEXTS: Record<string, BilingualText> = {
  'dance.competition.invitation': {
    fr: { title: 'Invitation en compétition : {{ competition }}', body: '{{ leader }} vous invite à danser avec lui ou elle en {{ category }}. Confirmez votre inscription pour valider le couple.' },
    en: { title: 'Competition invitation: {{ competition }}', body: '{{ leader }} invites you to dance with them in {{ category }}. Confirm to register the couple.' },
  },
  'dance.competition.confirmed': {
    fr: { title: 'Couple confirmé : {{ competition }}', body: 'Votre partenaire a confirmé votre inscription en {{ category }}.' },
    en: { title: 'Couple confirmed: {{ competition }}', body: 'Your partner confirmed your entry in {{ category }}.' },
  },
  'dance.competition.results': {
    fr: { title: 'Résultats : {{ competition }}', body: 'Les résultats sont publiés : votre couple est classé {{ rank }} ({{ totalScore }} points).' },
    en: { title: 'Results: {{ competition }}', body: 'The results are out: your couple ranked {{ rank }} ({{ totalScore }} points).' },
  },
  'dance.artist.reviewed': {
    fr: { title: 'Nouvel avis sur votre profil', body: 'Vous avez reçu un avis noté {{ overall }}/5.' },
    en: { title: 'New review on your profile', body: 'You received a review rated {{ overall }}/5.' },
  },
}

registerNotificationTemplates(bilingualTemplates(TEXTS, () => ['in-app', 'email']))

export async function tell(req: PayloadRequest, user: number | string, type: keyof typeof TEXTS, data: Record<string, unknown>, idempotencyKey: string) {
  await notifyIfEnabled(req, { user, type, data: { url: '/', ...data }, idempotencyKey }, 'dance')
}
