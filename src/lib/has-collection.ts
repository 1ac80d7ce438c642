import type { Payload } from 'payload'

/** Whether this instance has the collection, i.e. whether the plugin that owns it is enabled. */
export const hasCollection = (payload: Payload, slug: string): boolean => Object.hasOwn(payload.collections, slug)
