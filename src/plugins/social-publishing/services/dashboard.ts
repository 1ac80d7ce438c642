/**
 * The numbers of the social publishing dashboard widget, read with the viewer's access: admins
 * count every post and account, marketers and editors their own.
 */
import type { PayloadRequest } from 'payload'

import { countFor, readWindow } from '../../../admin/dashboard'
import { dailySeries } from '../../../admin/dashboard/series'
import { ACCOUNTS, POSTS } from '../constants'

type PostRow = { publishedAt: string }

export async function socialDashboard(req: PayloadRequest, now = new Date()) {
  const [failed, waiting, reconnect, published] = await Promise.all([
    countFor(req, POSTS, { status: { equals: 'failed' } }),
    // waiting: an account of the post needs reconnecting
    countFor(req, POSTS, { status: { equals: 'waiting' } }),
    countFor(req, ACCOUNTS, { status: { equals: 'reconnect_needed' } }),
    readWindow<PostRow>(req, POSTS, { status: true }, { status: { equals: 'published' } }, 'publishedAt'),
  ])
  return { failed, waiting, reconnect, published: dailySeries(published, (p) => p.publishedAt, () => 'published', () => 1, now) }
}
