/** Tells the requester what became of their images, through the notifications plugin (when it is on). */
import type { PayloadRequest } from 'payload'

import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { notify, NotifyError, registerNotificationTemplates } from '../../notifications'

const T = (type: string, fr: { title: string; body: string }, en: { title: string; body: string }) =>
  (['in-app', 'push'] as const).flatMap((channel) => [
    { type, channel, locale: 'fr' as const, actionUrl: '{{ url }}', ...fr },
    { type, channel, locale: 'en' as const, actionUrl: '{{ url }}', ...en },
  ])

registerNotificationTemplates([
  ...T('ai-images.generated', { title: 'Vos images sont prêtes', body: '{{ count }} image(s) pour « {{ prompt }} » attendent la validation.' }, { title: 'Your images are ready', body: '{{ count }} image(s) for “{{ prompt }}” are waiting for review.' }),
  ...T('ai-images.failed', { title: 'La génération a échoué', body: '« {{ prompt }} » : {{ reason }}' }, { title: 'Image generation failed', body: '“{{ prompt }}”: {{ reason }}' }),
  ...T('ai-images.reviewed', { title: 'Image {{ decisionFr }}', body: '« {{ prompt }} » a été {{ decisionFr }}. {{ reason }}' }, { title: 'Image {{ decision }}', body: '“{{ prompt }}” was {{ decision }}. {{ reason }}' }),
])

export async function notifyRequester(req: PayloadRequest, user: number | string, type: 'ai-images.failed' | 'ai-images.generated' | 'ai-images.reviewed', data: Record<string, unknown>, key: string) {
  if (!hasCollection(req.payload, 'notifications')) return
  try {
    await notify(req, { user, type, data: { url: `/admin/collections/generated-images/${String(data.imageId)}`, ...data }, idempotencyKey: key })
  } catch (err) {
    if (!(err instanceof NotifyError)) throw err
    logger.warn({ err, type, user }, 'ai-images: notification not sent')
  }
}
