/** Jobs (queue `bookings`), scheduled and idempotent: expiry of holds and offers, minimum participants, reminders. */
import type { TaskConfig } from 'payload'

import { env } from '../../../lib/env'
import { expireDue } from '../services/registrations'
import { checkMinimums, sendReminders } from '../services/schedule'

export const BOOKINGS_QUEUE = 'bookings'

const every = (name: string, fallback: string) => [{ cron: env.str(name, fallback) as string, queue: BOOKINGS_QUEUE }]

export const expireTask: TaskConfig = {
  slug: 'bookings-expire',
  label: 'Expire unpaid holds and unanswered waitlist offers',
  inputSchema: [],
  outputSchema: [{ name: 'expired', type: 'number' }],
  schedule: every('BOOKINGS_EXPIRE_CRON', '0 * * * * *'),
  handler: async ({ req }) => ({ output: { expired: await expireDue(req) } }),
}

export const minimumsTask: TaskConfig = {
  slug: 'bookings-minimums',
  label: 'Confirm or cancel resources at their confirmation deadline',
  inputSchema: [],
  outputSchema: [{ name: 'confirmed', type: 'number' }, { name: 'cancelled', type: 'number' }],
  schedule: every('BOOKINGS_MINIMUMS_CRON', '30 */5 * * * *'),
  handler: async ({ req }) => ({ output: await checkMinimums(req) }),
}

export const remindersTask: TaskConfig = {
  slug: 'bookings-reminders',
  label: 'Send the day-before and hour-before reminders',
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  schedule: every('BOOKINGS_REMINDERS_CRON', '15 */5 * * * *'),
  handler: async ({ req }) => ({ output: { sent: await sendReminders(req) } }),
}
