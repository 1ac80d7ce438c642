/** What every platform publisher does, and how it reports failures. */
import type { Platform } from '../constants'

export type PostImage = { mediaId: number | string; url: string; filename?: string | null; mimeType?: string | null }

export type PublishContext = {
  platform: Platform
  accountId: number | string
  ownerId: number | string
  postId: number | string
  /** Instagram user id, Facebook page id, X user id. */
  externalId: string
  accessToken: string
}

export type PublishInput = {
  caption: string
  images: PostImage[]
  /** Loads an image's bytes (X uploads the file itself). */
  readImage: (image: PostImage) => Promise<{ bytes: Uint8Array; mimeType: string }>
  /** An Instagram container made by an earlier attempt. */
  containerId?: string | null
  /** Commits progress at once (e.g. the container id) so that a later attempt reuses it. */
  progress: (patch: { containerId?: string | null }) => Promise<void>
}

export type Published = { platformPostId: string; permalink: string | null }

export type Metrics = { likes: number; comments: number; shares: number; reach: number | null; impressions: number | null }

export interface Publisher {
  readonly name: string
  publish(ctx: PublishContext, input: PublishInput): Promise<Published>
  /**
   * After an attempt that may have reached the platform (a crash between its answer and our
   * write): finds what that attempt published, so it is recorded instead of posted again.
   */
  findPublished(ctx: PublishContext, input: { caption: string; since: Date; containerId?: string | null }): Promise<Published | null>
  metrics(ctx: PublishContext, platformPostId: string): Promise<Metrics>
}

/**
 * auth: the token is expired or revoked (→ account reconnect_needed, the post waits);
 * transient: try again later (5xx, rate limits, timeouts); permanent: the platform refuses this post.
 */
export type PlatformErrorKind = 'auth' | 'transient' | 'permanent'

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}
