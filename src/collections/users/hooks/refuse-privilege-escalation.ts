import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { userIsAdmin } from '../../../access'

/** Fields only an admin may set or change: the role list, the active flag and the e-mail verification flag. */
export const PRIVILEGED_USER_FIELDS = ['roles', 'active', '_verified'] as const

const normalise = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : (value ?? null))

/**
 * Refuses (403) any attempt by a non-admin to grant roles or flip active/verified flags,
 * instead of silently dropping the change, so that clients learn why.
 * Server-side calls without a user (seed, register endpoint) are trusted.
 */
export const refusePrivilegeEscalation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const user = req.user
  if (!user || userIsAdmin(user)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const touched = PRIVILEGED_USER_FIELDS.filter((field) => field in data)
  if (touched.length === 0) return args

  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined) {
    const current = (await req.payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      showHiddenFields: true,
    })) as unknown as Record<string, unknown>
    const changed = touched.filter((field) => normalise(data[field]) !== normalise(current[field]))
    if (changed.length === 0) return args
    throw new APIError(`Only an admin can change ${changed.join(', ')}.`, 403)
  }
  throw new APIError(`Only an admin can set ${touched.join(', ')}.`, 403)
}
