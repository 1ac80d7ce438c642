/**
 * Access rules for the collections and global that Payload adds by itself. They are only in the
 * sanitized config, so this runs on it (build-config.ts), after Payload has added them.
 *
 * - payload-preferences: every operation is the owner's. Payload left update open to any
 *   signed-in user (`PATCH /api/payload-preferences/:id`, bulk PATCH with `where`: take over or
 *   rewrite anyone's preference), and its `DELETE /:key` handler failed in the database layer
 *   (its delete query names a table alias that the polymorphic `user` relation never joins: 500).
 *   That handler is replaced by one that finds the owner's preference, then deletes it by id.
 * - payload-locked-documents: the admin panel reads and writes document locks over REST for the
 *   signed-in user, so users who may open the admin keep read, create and update (a lock is always
 *   written as the writer's own: taking a lock over is what the admin does); delete is the lock
 *   owner's or an admin's. Users who may not open the admin get nothing.
 * - payload-migrations, payload-jobs, the payload-jobs-stats global: admins read; writes only
 *   through the Local API (migrations and the job runner override access). payload-kv: nobody.
 */
import type { Access, CollectionBeforeChangeHook, Endpoint, PayloadHandler, SanitizedConfig, Where } from 'payload'

import { NotFound, UnauthorizedError } from 'payload'

import { isAdmin, nobody, or, userHasRole } from '../access'
import { ADMIN_PANEL_ROLES } from '../access/roles'
import { runJobsHandler } from '../jobs/run-endpoint'

const ownedBy = (user: { collection: string; id: number | string }): Where => ({
  and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
})

/** Documents whose polymorphic `user` relation is the signed-in user. */
export const isOwnerOfRecord: Access = ({ req }) => (req.user ? ownedBy(req.user) : false)

const mayOpenAdmin: Access = ({ req }) => userHasRole(req.user, ...ADMIN_PANEL_ROLES)

/** A lock or a preference written by a user is that user's, whatever the body says. */
const writtenAsOwn: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user) data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

/** DELETE /api/payload-preferences/:key, for the signed-in user's own preference. */
export const deleteOwnPreference: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = req.routeParams?.key
  const where: Where = { and: [{ key: { equals: key } }, ...(ownedBy(user).and as Where[])] }
  const { docs } = await payload.db.find({ collection: 'payload-preferences', limit: 0, pagination: false, req, where })
  if (!docs.length) throw new NotFound(req.t)
  for (const doc of docs) {
    await payload.db.deleteOne({ collection: 'payload-preferences', req, where: { id: { equals: doc.id } } })
  }
  return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') }, { status: 200 })
}

export function lockPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const access = collection.access
    switch (collection.slug) {
      case 'payload-preferences': {
        Object.assign(access, { read: isOwnerOfRecord, create: ({ req }: { req: { user?: unknown } }) => Boolean(req.user), update: isOwnerOfRecord, delete: isOwnerOfRecord })
        collection.hooks.beforeChange = [writtenAsOwn, ...(collection.hooks.beforeChange ?? [])]
        if (Array.isArray(collection.endpoints)) {
          collection.endpoints = collection.endpoints.map((e: Endpoint) =>
            e.method === 'delete' && e.path === '/:key' ? { ...e, handler: deleteOwnPreference } : e,
          )
        }
        break
      }
      case 'payload-locked-documents':
        Object.assign(access, { read: mayOpenAdmin, create: mayOpenAdmin, update: mayOpenAdmin, delete: or(isAdmin, isOwnerOfRecord) })
        collection.hooks.beforeChange = [writtenAsOwn, ...(collection.hooks.beforeChange ?? [])]
        break
      case 'payload-migrations':
        Object.assign(access, { read: isAdmin, create: nobody, update: nobody, delete: nobody })
        break
      case 'payload-jobs':
        // shown to admins in the admin panel (build-config.ts); queued and run by the server only
        Object.assign(access, { read: isAdmin, create: nobody, update: nobody, delete: nobody })
        // GET /run goes through the lease-claiming runner, not Payload's internal one (jobs/runner.ts)
        if (Array.isArray(collection.endpoints)) {
          collection.endpoints = collection.endpoints.map((e: Endpoint) => (e.method === 'get' && e.path === '/run' ? { ...e, handler: runJobsHandler } : e))
        }
        break
      case 'payload-kv':
        Object.assign(access, { read: nobody, create: nobody, update: nobody, delete: nobody })
        break
    }
  }
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') Object.assign(global.access, { read: isAdmin, update: nobody, readVersions: nobody })
  }
  return config
}
