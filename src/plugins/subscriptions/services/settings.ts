/** The plugin's settings, read at each use so a bad value fails loudly at start (see index.ts) and tests may change them. */
import { env } from '../../../lib/env'

const nonNegative = (name: string, fallback: number) => {
  const v = env.int(name, fallback)
  if (v < 0) throw new Error(`${name} must be 0 or more, got ${v}`)
  return v
}

export const settings = () => ({
  /** How long before the period end the renewal payment is requested. */
  renewBeforeHours: nonNegative('SUBSCRIPTIONS_RENEW_BEFORE_HOURS', 72),
  /** How long a subscription whose renewal failed keeps its benefits (past_due) before it expires. */
  graceDays: nonNegative('SUBSCRIPTIONS_GRACE_DAYS', 7),
  renewalCron: env.str('SUBSCRIPTIONS_RENEWAL_CRON', '0 */10 * * * *') as string,
})
