/**
 * Private media. A media document is `public` (covers, avatars, restaurant images…) unless the
 * document that owns it marks it `private` with an access grant such as `learning.course:12`
 * (a paid lesson's attachment). Private media are read — listed, fetched by id and served as files
 * under /api/media/file/… — only by staff (admin, editor), their uploader, and users a plugin
 * says hold the grant. Plugins contribute a resolver per grant namespace; core never imports them.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { userHasRole } from '../access'

/** The grant keys (without namespace) this request's user holds in one namespace. */
export type MediaGrantResolver = (req: PayloadRequest) => Promise<string[]>

const resolvers = new Map<string, MediaGrantResolver>()

/** Registers the resolver of a grant namespace (e.g. `learning.course`); the last one wins. */
export function registerMediaGrantResolver(namespace: string, resolver: MediaGrantResolver) {
  if (!/^[a-z][a-z0-9.-]*$/.test(namespace)) throw new Error(`Invalid media grant namespace "${namespace}".`)
  resolvers.set(namespace, resolver)
}

export const mediaGrant = (namespace: string, key: number | string) => `${namespace}:${key}`

export const isMediaStaff = (user: unknown) => userHasRole(user as never, 'admin', 'editor')

const PUBLIC: Where = { or: [{ visibility: { equals: 'public' } }, { visibility: { exists: false } }] }

/** One resolution per request: a list of 100 lessons populating their media asks once. */
const perRequest = new WeakMap<object, Promise<string[]>>()

async function grantsOf(req: PayloadRequest): Promise<string[]> {
  let p = perRequest.get(req)
  if (!p) {
    p = Promise.all([...resolvers].map(async ([ns, resolve]) => (await resolve(req)).map((k) => mediaGrant(ns, k)))).then((all) => all.flat())
    perRequest.set(req, p)
  }
  return p
}

export const readMedia: Access = async ({ req }) => {
  if (isMediaStaff(req.user)) return true
  if (!req.user) return PUBLIC
  const grants = await grantsOf(req)
  const or: Where[] = [PUBLIC, { uploadedBy: { equals: req.user.id } }]
  if (grants.length) or.push({ accessGrant: { in: grants } })
  return { or }
}

/**
 * Called by the owning document's hook: `grant` null makes the media public again, a grant makes
 * it private to the grant's holders. Runs on the caller's `req` (its transaction).
 */
export async function setMediaAccess(req: PayloadRequest, mediaId: number | string, grant: null | string) {
  const current = await req.payload.findByID({ collection: 'media', id: mediaId, depth: 0, req, overrideAccess: true, disableErrors: true, select: { visibility: true, accessGrant: true } as never })
  if (!current) return
  const visibility = grant ? 'private' : 'public'
  const c = current as unknown as { accessGrant?: null | string; visibility?: null | string }
  if (c.visibility === visibility && (c.accessGrant ?? null) === grant) return
  await req.payload.update({ collection: 'media', id: mediaId, data: { visibility, accessGrant: grant } as never, depth: 0, req, overrideAccess: true })
}
