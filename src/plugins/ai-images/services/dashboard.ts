/**
 * The numbers of the AI images dashboard widget, read with the viewer's access: reviewers
 * (editors, admins) count every image, a marketer the images they requested.
 */
import type { PayloadRequest } from 'payload'

import { countFor, readWindow } from '../../../admin/dashboard'
import { dailySeries, windowStart } from '../../../admin/dashboard/series'
import { IMAGES } from '../constants'

type ImageRow = { createdAt: string; status: string }

export async function imagesDashboard(req: PayloadRequest, now = new Date()) {
  const [toReview, failed, images] = await Promise.all([
    countFor(req, IMAGES, { status: { equals: 'generated' } }),
    countFor(req, IMAGES, { and: [{ status: { equals: 'failed' } }, { createdAt: { greater_than_equal: windowStart(now) } }] }),
    readWindow<ImageRow>(req, IMAGES, { status: true }),
  ])
  // one line for generations that failed, one for the others
  const generations = dailySeries(images, (i) => i.createdAt, (i) => (i.status === 'failed' ? 'failed' : 'generated'), () => 1, now)
  return { toReview, failed, generations }
}
