/**
 * The `notifications` service plugin and its public API.
 *
 * Domain plugins import only from this file:
 * - {@link notify} sends a notification (in-app, e-mail, push, SMS) from a template, once per idempotency key;
 * - {@link registerNotificationTemplates} ships default templates for their own types;
 * - {@link syncNotificationTemplates} writes the registered defaults into the database (the seed calls it).
 *
 * Collections: notification-templates, notification-preferences, push-tokens, notifications (in-app),
 * notification-deliveries (the delivery log), messages and message-reads. Job: `send-notification` on the
 * `notifications` queue.
 */
import type { Config, Payload, Plugin } from 'payload'

import { logger } from '../../lib/logger'
import { MessageReads, Messages } from './collections/messages'
import { NotificationDeliveries } from './collections/notification-deliveries'
import { NotificationPreferences } from './collections/notification-preferences'
import { NotificationTemplates } from './collections/notification-templates'
import { Notifications } from './collections/notifications'
import { PushTokens } from './collections/push-tokens'
import { DEFAULT_TEMPLATES } from './default-templates'
import { sendNotificationTask } from './jobs/send-notification'
import { registerNotificationTemplates, syncNotificationTemplates } from './services/templates'

export { CHANNELS, type Channel, NOTIFICATIONS_QUEUE, SEND_TASK } from './constants'
export { notify, NotifyError, type NotifyInput, type NotifyResult } from './services/notify'
export { type NotificationTemplateInput, registerNotificationTemplates, syncNotificationTemplates } from './services/templates'

registerNotificationTemplates(DEFAULT_TEMPLATES)

/** Adds the collections and the send job. */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      Notifications,
      NotificationTemplates,
      NotificationPreferences,
      PushTokens,
      NotificationDeliveries,
      Messages,
      MessageReads,
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendNotificationTask] },
  })

/** Seed: the default templates, editable in the admin. */
export async function seedNotifications(payload: Payload): Promise<void> {
  const created = await syncNotificationTemplates(payload)
  logger.info(`notifications: ${created} default templates seeded`)
}
