/**
 * Added to every collection and global that anonymous visitors can read: a write drops the
 * cached anonymous answers (all of them: `depth` populates across collections).
 */
import type { Config, PayloadRequest } from 'payload'

import { invalidate, isInternal } from '../cache/invalidation'

/** One hook for afterChange and afterDelete of collections and afterChange of globals. */
const invalidateAfterWrite = async <T>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> => {
  await invalidate(req)
  return doc
}

/** A config transformer; runs after the plugins so that it sees every collection and global. */
export const publicCacheInvalidation = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isInternal(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterWrite],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterWrite],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) =>
    isInternal(global.slug)
      ? global
      : { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidateAfterWrite] } },
  ),
})
