/**
 * Demo data: a connected sandbox Instagram account for the first marketer, a scheduled post, a
 * published one with analytics, a failed one, and a recurring schedule (Tuesday and Friday 18:00
 * Europe/Paris) over the demo images. Publishing goes through the sandbox publisher: nothing leaves the machine.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'
import { ACCOUNTS, POSTS, SCHEDULES } from './constants'
import { syncPostAnalytics } from './services/analytics'
import { runPublishing } from './services/publishing'
import { formatInZone } from './services/recurrence'

export async function seedSocialPublishing(payload: Payload, context: SeedContext): Promise<void> {
  const marketer = context.usersByRole.marketer?.[0] ?? context.admin
  const images = context.mediaIds
  if (!images.length) return
  const req = await createLocalReq({}, payload)
  const opts = { req, overrideAccess: true, depth: 0, context: { skipAudit: true, postTransition: true } } as const
  const account = await payload.create({
    collection: ACCOUNTS,
    data: { owner: marketer.id, name: 'Vibe (sandbox)', platform: 'instagram', mode: 'sandbox', externalId: 'sandbox-ig-1', handle: '@vibe.sandbox', status: 'connected', connectedAt: new Date().toISOString() } as never,
    ...opts,
  })
  const tz = 'Europe/Paris'
  const post = (title: string, caption: string, at: Date, status: string, image: number | string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: POSTS,
      data: { owner: marketer.id, title, caption, images: [image], scheduledAt: at.toISOString(), timezone: tz, scheduledLocal: formatInZone(at, tz), status, targets: [{ account: account.id, platform: 'instagram', state: 'pending', attempts: 0 }], ...extra } as never,
      ...opts,
    })
  const hour = 3_600_000
  await post('Soirée bachata vendredi', 'Ce vendredi, soirée bachata ! #bachata #vibe', new Date(Date.now() + 26 * hour), 'scheduled', images[0])
  const published = await post('Festival : line-up', 'Le line-up du festival est en ligne #festival', new Date(Date.now() - hour), 'scheduled', images[1 % images.length])
  await runPublishing(payload, { postId: published.id })
  const done = await payload.findByID({ collection: POSTS, id: published.id, depth: 0 })
  await syncPostAnalytics(payload, done)
  await post('Menu du jour', 'Attiéké poisson aujourd’hui #cuisine', new Date(Date.now() - 5 * hour), 'failed', images[2 % images.length], {
    attempts: 5,
    lastError: 'instagram: Instagram could not process the image: ERROR (demo)',
    targets: [{ account: account.id, platform: 'instagram', state: 'failed', attempts: 5, lastError: 'Instagram could not process the image (demo)' }],
  })
  await payload.create({
    collection: SCHEDULES,
    data: { owner: marketer.id, name: 'Mardi et vendredi 18h', kind: 'recurring', active: true, accounts: [account.id], timezone: tz, frequency: 'weekly', weekdays: ['TU', 'FR'], times: [{ time: '18:00' }], captionTemplate: 'Ce soir on danse ! #vibe', imageSource: 'pool', imagePool: images } as never,
    ...opts,
  })
  await payload.create({
    collection: SCHEDULES,
    data: { owner: marketer.id, name: 'File : 9h et 19h', kind: 'queue', active: true, accounts: [account.id], timezone: tz, frequency: 'daily', times: [{ time: '09:00' }, { time: '19:00' }], imageSource: 'pool' } as never,
    ...opts,
  })
  logger.info('social-publishing: sandbox account, posts (scheduled, published with analytics, failed), a recurring schedule and a queue seeded')
}
