/**
 * The single door through which the subscriptions plugin tells a subscriber something, through the
 * notifications plugin (templates fr/en, preferences, one send per idempotency key).
 */
import type { PayloadRequest } from 'payload'

import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { notify, NotifyError, registerNotificationTemplates } from '../../notifications'

export const SUBSCRIPTION_NOTIFICATIONS = [
  'subscription.activated',
  'subscription.renewal_requested',
  'subscription.renewed',
  'subscription.past_due',
  'subscription.expired',
  'subscription.cancelling',
] as const
export type SubscriptionNotificationType = (typeof SUBSCRIPTION_NOTIFICATIONS)[number]

type Texts = { body: string; subject: string; title: string }

const TEXTS: Record<SubscriptionNotificationType, { en: Texts; fr: Texts }> = {
  'subscription.activated': {
    fr: { title: 'Abonnement {{ plan }} actif', subject: 'Votre abonnement {{ plan }} est actif', body: 'Bonjour {{ user.firstName }},\n\nVotre abonnement {{ plan }} est actif jusqu’au {{ periodEnd }}. Merci !' },
    en: { title: '{{ plan }} subscription active', subject: 'Your {{ plan }} subscription is active', body: 'Hello {{ user.firstName }},\n\nYour {{ plan }} subscription is active until {{ periodEnd }}. Thank you!' },
  },
  'subscription.renewal_requested': {
    fr: { title: 'Renouvellement de {{ plan }}', subject: 'Renouvelez votre abonnement {{ plan }}', body: 'Bonjour {{ user.firstName }},\n\nVotre abonnement {{ plan }} se termine le {{ periodEnd }}. Le paiement de {{ amount }} pour la période suivante est ouvert : {{ instructions }}' },
    en: { title: '{{ plan }} renewal', subject: 'Renew your {{ plan }} subscription', body: 'Hello {{ user.firstName }},\n\nYour {{ plan }} subscription ends on {{ periodEnd }}. The payment of {{ amount }} for the next period is open: {{ instructions }}' },
  },
  'subscription.renewed': {
    fr: { title: 'Abonnement {{ plan }} renouvelé', subject: 'Votre abonnement {{ plan }} est renouvelé', body: 'Bonjour {{ user.firstName }},\n\nPaiement reçu : votre abonnement {{ plan }} court jusqu’au {{ periodEnd }}.' },
    en: { title: '{{ plan }} subscription renewed', subject: 'Your {{ plan }} subscription is renewed', body: 'Hello {{ user.firstName }},\n\nPayment received: your {{ plan }} subscription now runs until {{ periodEnd }}.' },
  },
  'subscription.past_due': {
    fr: { title: 'Paiement de {{ plan }} en attente', subject: 'Le renouvellement de {{ plan }} n’a pas abouti', body: 'Bonjour {{ user.firstName }},\n\nLe renouvellement de votre abonnement {{ plan }} n’a pas abouti ({{ reason }}). Vos avantages restent actifs jusqu’au {{ graceUntil }} : payez avant cette date pour les garder.' },
    en: { title: '{{ plan }} payment overdue', subject: 'Your {{ plan }} renewal did not go through', body: 'Hello {{ user.firstName }},\n\nThe renewal of your {{ plan }} subscription did not go through ({{ reason }}). Your benefits stay on until {{ graceUntil }}: pay before then to keep them.' },
  },
  'subscription.expired': {
    fr: { title: 'Abonnement {{ plan }} terminé', subject: 'Votre abonnement {{ plan }} est terminé', body: 'Bonjour {{ user.firstName }},\n\nVotre abonnement {{ plan }} est terminé ({{ reason }}). Vous pouvez vous réabonner à tout moment.' },
    en: { title: '{{ plan }} subscription ended', subject: 'Your {{ plan }} subscription has ended', body: 'Hello {{ user.firstName }},\n\nYour {{ plan }} subscription has ended ({{ reason }}). You can subscribe again at any time.' },
  },
  'subscription.cancelling': {
    fr: { title: 'Abonnement {{ plan }} résilié', subject: 'Résiliation de votre abonnement {{ plan }}', body: 'Bonjour {{ user.firstName }},\n\nVotre abonnement {{ plan }} ne sera pas renouvelé ({{ reason }}). Vos avantages restent actifs jusqu’au {{ periodEnd }}.' },
    en: { title: '{{ plan }} subscription cancelled', subject: 'Your {{ plan }} subscription will not renew', body: 'Hello {{ user.firstName }},\n\nYour {{ plan }} subscription will not renew ({{ reason }}). Your benefits stay on until {{ periodEnd }}.' },
  },
}

registerNotificationTemplates(
  SUBSCRIPTION_NOTIFICATIONS.flatMap((type) =>
    (['in-app', 'email', 'push'] as const).flatMap((channel) =>
      (['fr', 'en'] as const).map((locale) => ({ type, channel, locale, actionUrl: '{{ url }}', ...TEXTS[type][locale] })),
    ),
  ),
)

export type SubscriberNotification = {
  user: number | string
  type: SubscriptionNotificationType
  data: Record<string, unknown>
  idempotencyKey: string
}

export async function notifySubscriber(req: PayloadRequest, n: SubscriberNotification): Promise<void> {
  // the notifications plugin can be disabled: subscriptions keep working without it
  if (!hasCollection(req.payload, 'notifications')) return
  try {
    await notify(req, { user: n.user, type: n.type, data: n.data, idempotencyKey: n.idempotencyKey })
  } catch (err) {
    // a notification that cannot be built must not undo the subscription change
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type: n.type, user: n.user }, 'subscriptions: notification not sent')
  }
}
