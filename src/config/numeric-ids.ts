/**
 * Every collection here has serial (integer) ids. An id that is not one (`/api/courses/abc`,
 * `/api/courses/versions/abc`) reached the database as NaN and failed there (500); it is now a
 * 404 before the operation runs, like any id that names no document.
 */
import type { CollectionBeforeOperationHook, Config } from 'payload'

import { NotFound } from 'payload'

import { isSerialId } from '../lib/serial-id'

const checkId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && !isSerialId(id)) throw new NotFound(req.t)
  return args
}

/** A config transformer; runs after the plugins so that it sees every collection. */
export const numericIds = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, hooks: { ...c.hooks, beforeOperation: [checkId, ...(c.hooks?.beforeOperation ?? [])] } })),
})
