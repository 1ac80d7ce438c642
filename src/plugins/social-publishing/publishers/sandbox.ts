/**
 * The local "sandbox" publisher: for accounts connected without platform credentials (demo,
 * offline `npm start`). It publishes nothing; it records in `social-sandbox-log` exactly what would
 * have been sent, and answers with a sandbox id and a link to that record. Its metrics are
 * synthetic (derived from the id and the hours since publication) and labelled as such in the README.
 */
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { publicUrl } from '../../../lib/public-url'
import { SANDBOX_LOG } from '../constants'
import type { Metrics, Publisher } from './types'

export const sandboxPublisher = (payload: Payload): Publisher => ({
  name: 'sandbox',
  async publish(ctx, input) {
    const request =
      ctx.platform === 'instagram'
        ? { steps: [`POST /${ctx.externalId}/media`, `POST /${ctx.externalId}/media_publish`], image_url: input.images[0]?.url, caption: input.caption }
        : ctx.platform === 'facebook'
          ? input.images[0]
            ? { step: `POST /${ctx.externalId}/photos`, url: input.images[0].url, caption: input.caption }
            : { step: `POST /${ctx.externalId}/feed`, message: input.caption }
          : { steps: [...input.images.map(() => 'POST /2/media/upload'), 'POST /2/tweets'], text: input.caption }
    const log = await payload.create({
      collection: SANDBOX_LOG,
      data: {
        owner: ctx.ownerId,
        post: ctx.postId,
        account: ctx.accountId,
        platform: ctx.platform,
        caption: input.caption,
        imageUrls: input.images.map((i) => ({ url: i.url })),
        request: JSON.stringify(request, null, 2),
      } as never,
      context: { skipAudit: true },
    })
    return { platformPostId: `sandbox-${log.id}`, permalink: `${publicUrl()}/admin/collections/${SANDBOX_LOG}/${log.id}` }
  },
  async findPublished(ctx, { since }) {
    const found = await payload.find({
      collection: SANDBOX_LOG,
      where: { and: [{ post: { equals: ctx.postId } }, { account: { equals: ctx.accountId } }, { createdAt: { greater_than_equal: new Date(since.getTime() - 60_000).toISOString() } }] },
      limit: 1,
      depth: 0,
    })
    const log = found.docs[0]
    return log ? { platformPostId: `sandbox-${log.id}`, permalink: `${publicUrl()}/admin/collections/${SANDBOX_LOG}/${log.id}` } : null
  },
  async metrics(_ctx, id): Promise<Metrics> {
    const seed = createHash('sha256').update(id).digest()
    const grow = Math.min(48, Math.max(1, Math.floor((Date.now() % 86_400_000) / 3_600_000)))
    const impressions = 50 + seed[0] * grow
    return { likes: 1 + (seed[1] % 40) * grow, comments: seed[2] % 12, shares: seed[3] % 8, reach: Math.floor(impressions * 0.7), impressions }
  },
})
