/**
 * What every domain plugin's notifier repeated: templates written once per language and expanded
 * to each channel, and a send that never undoes the domain change it reports.
 */
import type { PayloadRequest } from 'payload'

import type { Channel } from '../constants'
import type { NotificationTemplateInput } from './templates'

import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { notify, NotifyError, type NotifyInput } from './notify'

type Text = { title: string; body: string }
/** A notification's title and body in both languages (a domain plugin's templates: `Record<type, BilingualText>`). */
export type BilingualText = { fr: Text; en: Text }

/** One template per type × channel × language, with the e-mail subject equal to the title. */
export function bilingualTemplates(texts: Record<string, BilingualText>, channels: (type: string) => readonly Channel[], actionUrl = '{{ url }}'): NotificationTemplateInput[] {
  return Object.entries(texts).flatMap(([type, t]) =>
    channels(type).flatMap((channel) => (['fr', 'en'] as const).map((locale) => ({ type, channel, locale, title: t[locale].title, subject: t[locale].title, body: t[locale].body, actionUrl }))),
  )
}

/**
 * `notify`, when the notifications plugin is on; a notification that cannot be built (no
 * template, unknown user) is logged under `source` instead of failing the caller's transaction.
 */
export async function notifyIfEnabled(req: PayloadRequest, input: NotifyInput, source: string): Promise<void> {
  if (!hasCollection(req.payload, 'notifications')) return
  try {
    await notify(req, input)
  } catch (err) {
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type: input.type, user: input.user }, `${source}: notification not sent`)
  }
}
