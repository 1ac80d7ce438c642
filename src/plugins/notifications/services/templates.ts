/**
 * Template choice and the registry of default templates that plugins ship. Domain plugins call
 * `registerNotificationTemplates([...])` at import time; the seed (and `syncNotificationTemplates`)
 * writes the missing ones into `notification-templates`, where editors can change them. A type
 * with no template in the database still renders from its registered default.
 */
import type { Payload, PayloadRequest } from 'payload'

import { type Channel, FALLBACK_LOCALE, type Locale, LOCALES } from '../constants'

export type NotificationTemplateInput = {
  actionUrl?: string
  body: string
  channel: Channel
  locale: Locale
  /** E-mail subject. */
  subject?: string
  /** In-app and push title. */
  title?: string
  type: string
}

const registry = new Map<string, NotificationTemplateInput>()
const keyOf = (t: { channel: string; locale: string; type: string }) => `${t.type}|${t.channel}|${t.locale}`

/**
 * Registers default templates (one per type, channel and locale). Registering the same triple
 * again replaces the earlier default.
 */
export function registerNotificationTemplates(templates: NotificationTemplateInput[]): void {
  for (const t of templates) registry.set(keyOf(t), t)
}

export const registeredTemplates = (): NotificationTemplateInput[] => [...registry.values()]

export type TemplateCandidate = Omit<NotificationTemplateInput, 'channel' | 'locale'> & { active?: boolean | null; channel: string; locale: string }

/**
 * Picks the template for a channel: the user's locale first, then French. Database rows win over
 * registered defaults; an inactive database row switches that (type, channel, locale) off.
 */
export function chooseTemplate(
  dbRows: TemplateCandidate[],
  defaults: TemplateCandidate[],
  type: string,
  channel: Channel,
  locale: string | null | undefined,
): TemplateCandidate | undefined {
  const wanted = [...new Set([LOCALES.includes(locale as Locale) ? (locale as Locale) : FALLBACK_LOCALE, FALLBACK_LOCALE])]
  for (const loc of wanted) {
    const row = dbRows.find((r) => r.type === type && r.channel === channel && r.locale === loc)
    if (row) {
      if (row.active === false) continue
      return row
    }
    const def = defaults.find((r) => r.type === type && r.channel === channel && r.locale === loc)
    if (def) return def
  }
  return undefined
}

/** The channels that have a template for the type (used when `notify` is given no channel list). */
export function channelsWithTemplates(dbRows: TemplateCandidate[], defaults: TemplateCandidate[], type: string): Channel[] {
  const set = new Set<string>()
  const inactive = new Set(dbRows.filter((r) => r.type === type && r.active === false).map(keyOf))
  for (const r of [...dbRows, ...defaults]) if (r.type === type && r.active !== false && !inactive.has(keyOf(r))) set.add(r.channel)
  return (['in-app', 'email', 'push', 'sms'] as Channel[]).filter((c) => set.has(c))
}

/** Writes every registered template that the database does not have yet. Returns how many were created. */
export async function syncNotificationTemplates(payload: Payload, req?: PayloadRequest): Promise<number> {
  let created = 0
  for (const t of registry.values()) {
    const existing = await payload.find({
      collection: 'notification-templates',
      where: { and: [{ type: { equals: t.type } }, { channel: { equals: t.channel } }, { locale: { equals: t.locale } }] },
      limit: 1,
      depth: 0,
      req,
    })
    if (existing.docs.length) continue
    await payload.create({ collection: 'notification-templates', data: { ...t, active: true }, req, context: { skipAudit: true } })
    created++
  }
  return created
}
