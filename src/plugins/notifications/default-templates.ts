/**
 * Default templates (fr + en) for the generic types the domain plugins send. Editors override them
 * in `notification-templates`; plugins add their own with `registerNotificationTemplates`.
 */
import type { NotificationTemplateInput } from './services/templates'

type Texts = { body: string; subject?: string; title: string }
type Def = { actionUrl?: string; channels: Partial<Record<'email' | 'in-app' | 'push' | 'sms', { en: Texts; fr: Texts }>>; type: string }

const all = (fr: Texts, en: Texts, channels: ('email' | 'in-app' | 'push' | 'sms')[]) => Object.fromEntries(channels.map((c) => [c, { fr, en }]))

const DEFS: Def[] = [
  {
    type: 'account',
    channels: all(
      { title: '{{ title }}', subject: '{{ title }}', body: 'Bonjour {{ user.firstName }},\n\n{{ message }}' },
      { title: '{{ title }}', subject: '{{ title }}', body: 'Hello {{ user.firstName }},\n\n{{ message }}' },
      ['in-app', 'email', 'push'],
    ),
  },
  {
    type: 'payment.succeeded',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Paiement reçu', subject: 'Paiement de {{ amount }} reçu', body: 'Bonjour {{ user.firstName }},\n\nNous avons bien reçu votre paiement de {{ amount }} pour {{ description }}. Merci !' },
      { title: 'Payment received', subject: 'Payment of {{ amount }} received', body: 'Hello {{ user.firstName }},\n\nWe received your payment of {{ amount }} for {{ description }}. Thank you!' },
      ['in-app', 'email', 'push'],
    ),
  },
  {
    type: 'payment.failed',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Paiement refusé', subject: 'Votre paiement de {{ amount }} n’a pas abouti', body: 'Bonjour {{ user.firstName }},\n\nVotre paiement de {{ amount }} pour {{ description }} n’a pas abouti. Vous pouvez réessayer.' },
      { title: 'Payment failed', subject: 'Your payment of {{ amount }} did not go through', body: 'Hello {{ user.firstName }},\n\nYour payment of {{ amount }} for {{ description }} did not go through. You can try again.' },
      ['in-app', 'email', 'push'],
    ),
  },
  {
    type: 'order.status_changed',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Commande {{ number }}', subject: 'Commande {{ number }} : {{ status }}', body: 'Votre commande {{ number }} est maintenant : {{ status }}.' },
      { title: 'Order {{ number }}', subject: 'Order {{ number }}: {{ status }}', body: 'Your order {{ number }} is now: {{ status }}.' },
      ['in-app', 'push', 'sms'],
    ),
  },
  {
    type: 'badge.awarded',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Nouveau badge : {{ badge }}', subject: 'Vous avez obtenu le badge {{ badge }}', body: 'Bravo {{ user.firstName }} ! Vous avez obtenu le badge « {{ badge }} ».' },
      { title: 'New badge: {{ badge }}', subject: 'You earned the {{ badge }} badge', body: 'Well done {{ user.firstName }}! You earned the “{{ badge }}” badge.' },
      ['in-app', 'email', 'push'],
    ),
  },
  {
    type: 'level.up',
    channels: all(
      { title: 'Niveau {{ level }} atteint', body: 'Bravo {{ user.firstName }} ! Vous passez au niveau {{ level }}.' },
      { title: 'Level {{ level }} reached', body: 'Well done {{ user.firstName }}! You reached level {{ level }}.' },
      ['in-app', 'push'],
    ),
  },
  {
    type: 'certificate.issued',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Certificat disponible', subject: 'Votre certificat « {{ course }} »', body: 'Félicitations {{ user.firstName }} ! Votre certificat pour « {{ course }} » est prêt. Code de vérification : {{ code }}.' },
      { title: 'Certificate available', subject: 'Your “{{ course }}” certificate', body: 'Congratulations {{ user.firstName }}! Your certificate for “{{ course }}” is ready. Verification code: {{ code }}.' },
      ['in-app', 'email', 'push'],
    ),
  },
  {
    type: 'event.reminder',
    actionUrl: '{{ url }}',
    channels: all(
      { title: 'Rappel : {{ event }}', subject: 'Rappel : {{ event }} le {{ date }}', body: '{{ event }} commence le {{ date }} à {{ place }}. À bientôt !' },
      { title: 'Reminder: {{ event }}', subject: 'Reminder: {{ event }} on {{ date }}', body: '{{ event }} starts on {{ date }} at {{ place }}. See you soon!' },
      ['in-app', 'email', 'push', 'sms'],
    ),
  },
  {
    type: 'message.received',
    actionUrl: '/messages/{{ messageId }}',
    channels: all(
      { title: 'Message de {{ senderName }}', subject: 'Nouveau message : {{ subject }}', body: '{{ subject }}' },
      { title: 'Message from {{ senderName }}', subject: 'New message: {{ subject }}', body: '{{ subject }}' },
      ['in-app', 'push', 'email'],
    ),
  },
]

export const DEFAULT_TEMPLATES: NotificationTemplateInput[] = DEFS.flatMap((def) =>
  Object.entries(def.channels).flatMap(([channel, texts]) =>
    (['fr', 'en'] as const).map((locale) => ({
      type: def.type,
      channel: channel as NotificationTemplateInput['channel'],
      locale,
      title: texts![locale].title,
      subject: channel === 'email' ? texts![locale].subject ?? texts![locale].title : undefined,
      body: texts![locale].body,
      actionUrl: def.actionUrl,
    })),
  ),
)
