/**
 * The `notifications` service plugin and its public API.
 *
 * Domain plugins import only from this file:
 * - {@link notify} sends a notification (in-app, e-mail, push, SMS) from a template, once per idempotency key;
 * - {@link registerNotificationTemplates} ships default templates for their own types;
 * - {@link syncNotificationTemplates} writes the registered defaults into the database (the seed calls it);
 * - {@link addMessageAudience} lets a plugin add a broadcast audience to `messages` (learning: a course's learners).
 *
 * Collections: notification-templates, notification-preferences, push-tokens, notifications (in-app),
 * notification-deliveries (the delivery log), messages and message-reads. Job: `send-notification` on the
 * `notifications` queue.
 */
import type { Config, Payload, Plugin } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'
import { MessageReads, Messages } from './collections/messages'
import { NotificationDeliveries } from './collections/notification-deliveries'
import { NotificationPreferences } from './collections/notification-preferences'
import { NotificationTemplates } from './collections/notification-templates'
import { Notifications } from './collections/notifications'
import { PushTokens } from './collections/push-tokens'
import { DEFAULT_TEMPLATES } from './default-templates'
import { sendNotificationTask } from './jobs/send-notification'
import { notify } from './services/notify'
import { registerNotificationTemplates, syncNotificationTemplates } from './services/templates'
import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'

export { addMessageAudience, type MessageAudience } from './services/audiences'
export { CHANNELS, type Channel, NOTIFICATIONS_QUEUE, SEND_TASK } from './constants'
export { notify, NotifyError, type NotifyInput, type NotifyResult } from './services/notify'
export { type NotificationTemplateInput, registerNotificationTemplates, syncNotificationTemplates } from './services/templates'
export { type BilingualText, bilingualTemplates, notifyIfEnabled } from './services/domain-helpers'

registerNotificationTemplates(DEFAULT_TEMPLATES)

/** Adds the collections and the send job. */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config =>
    addDashboardWidgets(
      {
        ...config,
        collections: [
          ...(config.collections ?? []),
          ...forRoles([Notifications, NotificationTemplates, NotificationPreferences, PushTokens, NotificationDeliveries], ['editor']),
          // messages are written by instructors, organizers and owners to their audiences
          Messages,
          asSystem(MessageReads),
        ],
        jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendNotificationTask] },
      },
      [{ slug: 'notifications-overview', Component: '/plugins/notifications/admin/dashboard-widget#NotificationsWidget', label: { en: 'Notifications', fr: 'Notifications' }, roles: [], order: 40, width: 'medium' }],
    )

/** Seed: the default templates (editable in the admin), a welcome notification and a broadcast for the demo accounts. */
export async function seedNotifications(payload: Payload, context?: SeedContext): Promise<void> {
  const created = await syncNotificationTemplates(payload)
  logger.info(`notifications: ${created} default templates seeded`)
  const students = context?.usersByRole.student ?? []
  const instructor = context?.usersByRole.instructor?.[0]
  for (const student of students) {
    await notify(payload, {
      user: student.id,
      type: 'account',
      data: { title: 'Bienvenue sur Vibe', message: 'Votre compte de démonstration est prêt.' },
      channels: ['in-app'],
      idempotencyKey: `seed:welcome:${student.id}`,
    })
  }
  if (instructor && students.length) {
    await payload.create({
      collection: 'messages',
      data: {
        sender: instructor.id as number,
        kind: 'broadcast',
        audienceRoles: ['student'],
        subject: 'Bienvenue dans le cours',
        body: 'Bonjour à toutes et à tous, le premier module est en ligne.',
      },
      context: { skipAudit: true },
    })
  }
}
