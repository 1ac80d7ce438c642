/** Names shared by the notifications plugin's collections, services and jobs. */
export const CHANNELS = ['in-app', 'email', 'push', 'sms'] as const
export type Channel = (typeof CHANNELS)[number]
export const EXTERNAL_CHANNELS = ['email', 'push', 'sms'] as const satisfies readonly Channel[]
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number]

export const LOCALES = ['fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const FALLBACK_LOCALE: Locale = 'fr'

/** A preference row with this type applies to every notification type of its channel. */
export const ALL_TYPES = '*'

export const PLATFORMS = ['android', 'ios', 'web'] as const

export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const SEND_TASK = 'send-notification'
export const NOTIFICATIONS_QUEUE = 'notifications'

export const GROUP = { en: 'Notifications', fr: 'Notifications' }

export const channelOptions = [
  { label: { en: 'In-app', fr: 'Dans l’application' }, value: 'in-app' },
  { label: { en: 'E-mail', fr: 'E-mail' }, value: 'email' },
  { label: { en: 'Push', fr: 'Push' }, value: 'push' },
  { label: { en: 'SMS', fr: 'SMS' }, value: 'sms' },
]
export const localeOptions = [
  { label: 'Français', value: 'fr' },
  { label: 'English', value: 'en' },
]

/** Notification type names: lower-case words separated by dots, dashes or underscores (`payment.succeeded`). */
export const TYPE_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/
