/**
 * Demo data, seeded once per database: the core (accounts, sample media) then each enabled
 * plugin's own seed. A marker in Payload's key-value store keeps it from running twice.
 */
import type { Payload } from 'payload'

import { PLUGINS } from '../plugins/registry'
import { logger } from '../lib/logger'
import { seedCore } from './core'
import { resetReminder } from './reset-password'

const MARKER = 'vibe:seeded'

export async function seedOnce(payload: Payload): Promise<boolean> {
  if (await payload.kv.get(MARKER)) {
    // a second start: the passwords were shown on the first one only
    logger.info(resetReminder())
    return false
  }
  const enabled = new Set(
    payload.config.plugins?.map((p) => (p as { vibeName?: string }).vibeName).filter(Boolean) as string[],
  )
  const context = await seedCore(payload)
  for (const plugin of PLUGINS) {
    if (plugin.seed && enabled.has(plugin.name)) await plugin.seed(payload, context)
  }
  await payload.kv.set(MARKER, { at: new Date().toISOString() })
  return true
}
