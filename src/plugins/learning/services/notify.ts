/**
 * The single point where the learning plugin tells a learner something. Every call carries an
 * idempotency key so one event is sent once even when it is reported twice.
 */
import type { PayloadRequest } from 'payload'

import { logger } from '../../../lib/logger'

export type LearnerNotificationType = 'badge.awarded' | 'certificate.issued' | 'challenge.completed' | 'level.up'

export type LearnerNotification = {
  user: number | string
  type: LearnerNotificationType
  data: Record<string, unknown>
  idempotencyKey: string
}

export async function notifyLearner(_req: PayloadRequest, n: LearnerNotification): Promise<void> {
  // wired to the notifications plugin by the lead at merge
  logger.debug({ user: n.user, type: n.type, key: n.idempotencyKey }, 'learning: learner notification (not sent yet)')
}
