/**
 * The single point where the learning plugin tells a learner something, through the
 * notifications plugin (templates, preferences, channels, one send per idempotency key).
 */
import type { PayloadRequest } from 'payload'

import { logger } from '../../../lib/logger'
import { notify, NotifyError, registerNotificationTemplates } from '../../notifications'
import { hasCollection } from '../../../lib/has-collection'

export type LearnerNotificationType = 'badge.awarded' | 'certificate.issued' | 'challenge.completed' | 'level.up'

export type LearnerNotification = {
  user: number | string
  type: LearnerNotificationType
  data: Record<string, unknown>
  idempotencyKey: string
}

// challenge.completed is the learning plugin's own type; the others ship with the notifications plugin
registerNotificationTemplates(
  (['in-app', 'push'] as const).flatMap((channel) => [
    { type: 'challenge.completed', channel, locale: 'fr' as const, title: 'Défi réussi : {{ challenge }}', body: 'Bravo ! Vous avez réussi le défi « {{ challenge }} » et gagné {{ rewardXp }} XP.' },
    { type: 'challenge.completed', channel, locale: 'en' as const, title: 'Challenge completed: {{ challenge }}', body: 'Well done! You completed the “{{ challenge }}” challenge and earned {{ rewardXp }} XP.' },
  ]),
)

/** Template variables by type: the names the templates use, next to the ids the apps use. */
const templateData = (n: LearnerNotification): Record<string, unknown> => {
  const d = n.data
  switch (n.type) {
    case 'badge.awarded':
      return { ...d, badgeId: d.badge, badge: d.name }
    case 'level.up':
      return { ...d, levelNumber: d.level, level: `${String(d.level)} — ${String(d.name)}` }
    case 'challenge.completed':
      return { ...d, challengeId: d.challenge, challenge: d.name }
    default:
      return d
  }
}

export async function notifyLearner(req: PayloadRequest, n: LearnerNotification): Promise<void> {
  // the notifications plugin can be disabled: learning keeps working without it
  if (!hasCollection(req.payload, 'notifications')) return
  try {
    await notify(req, { user: n.user, type: n.type, data: templateData(n), idempotencyKey: n.idempotencyKey })
  } catch (err) {
    // a notification that cannot be built (no template, unknown user) must not undo the learning event
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type: n.type, user: n.user }, 'learning: notification not sent')
  }
}
