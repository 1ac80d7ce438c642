/**
 * Added to every collection and global that anonymous visitors can read: a write drops the
 * cached anonymous answers (all of them: `depth` populates across collections).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook } from 'payload'

import { invalidate, isInternal } from '../cache/invalidation'

export const invalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidate(req)
  return doc
}

export const invalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidate(req)
  return doc
}

export const invalidateAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
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
            afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) =>
    isInternal(global.slug)
      ? global
      : { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidateAfterGlobalChange] } },
  ),
})
