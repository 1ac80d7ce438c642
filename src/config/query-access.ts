/**
 * Query path guard. Payload checks the field-level read access of every field a `where` or `sort`
 * path names, also in related collections, but never the related collection's own read access:
 * `GET /api/restaurants?where[owner.email][equals]=…` answered yes/no about users the caller may
 * not read, and `like` read their values out character by character.
 *
 * For every collection (core, plugins and Payload's own: it is applied to the sanitized config),
 * a `where` (nested and/or included), `sort`, `select`, the `where`/`sort` of `joins` and the
 * `field` of findDistinct, on every operation that takes them (find, count, bulk update and
 * delete, versions), and for every caller but the server's own Local API calls with access
 * overridden, may name a path only when (for `select`, the first rule only):
 *   - every relationship, upload or join it crosses leads into a collection whose read access is
 *     `true` for the caller (it may read every document there, not only some);
 *   - every field it goes through has no field-level read access, or one that lets the caller in;
 *   - it names no secret: a `hidden` field, or the auth fields of an auth collection (API key,
 *     hash, salt, reset and verification tokens, login attempts, lock, sessions). Nobody may
 *     query those, admins included.
 * Otherwise the operation is refused with a 400 naming the path.
 */
import type {
  CollectionBeforeOperationHook,
  FlattenedBlock,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'

import { APIError } from 'payload'

/** Fields of auth collections that no query may name (some are not `hidden` in Payload). */
export const AUTH_SECRET_FIELDS = new Set([
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'loginAttempts',
  'lockUntil',
  'sessions',
])

type Root = { collection: SanitizedCollectionConfig; fields: FlattenedField[] }

/** Answers per request: may this caller read every document of a collection? */
const readsAllCache = new WeakMap<object, Map<string, Promise<boolean>>>()

function readsAll(req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<boolean> {
  let cache = readsAllCache.get(req)
  if (!cache) readsAllCache.set(req, (cache = new Map()))
  let answer = cache.get(collection.slug)
  if (!answer) {
    const read = collection.access?.read
    answer = (async () => {
      if (!read) return Boolean(req.user) // Payload's default: any signed-in user reads all
      try {
        return (await read({ req })) === true
      } catch {
        return false
      }
    })()
    cache.set(collection.slug, answer)
  }
  return answer
}

async function fieldReadable(req: PayloadRequest, field: FlattenedField): Promise<boolean> {
  const read = field.access?.read
  if (!read) return true
  try {
    return Boolean(await read({ req, data: undefined, doc: undefined, siblingData: undefined } as never))
  } catch {
    return false
  }
}

const isSecret = (field: FlattenedField, collection: SanitizedCollectionConfig) =>
  ('hidden' in field && field.hidden === true) || (Boolean(collection.auth) && AUTH_SECRET_FIELDS.has(field.name))

function blockFields(req: PayloadRequest, field: FlattenedField): FlattenedField[] {
  if (field.type !== 'blocks') return []
  const blocks = ((field as { blockReferences?: (FlattenedBlock | string)[] }).blockReferences ?? field.blocks) as (FlattenedBlock | string)[]
  return blocks.flatMap((b) => {
    const block = typeof b === 'string' ? (req.payload.blocks as Record<string, FlattenedBlock | undefined>)[b] : b
    return block?.flattenedFields ?? []
  })
}

function targetsOf(req: PayloadRequest, field: FlattenedField): SanitizedCollectionConfig[] {
  const slugs =
    field.type === 'join' ? [field.collection].flat() : field.type === 'relationship' || field.type === 'upload' ? [field.relationTo].flat() : []
  const collections = req.payload.collections as Record<string, undefined | { config: SanitizedCollectionConfig }>
  return slugs.map((slug) => collections[slug as string]?.config).filter((c): c is SanitizedCollectionConfig => Boolean(c))
}

/**
 * Why `path` may not be used by the caller of `req` on `root`, or null when it may. Paths Payload
 * does not know are left to Payload (it refuses them itself).
 */
export async function refusePath(req: PayloadRequest, root: Root, path: string, { crossingOnly = false } = {}): Promise<null | string> {
  const segments = path.replace(/__/g, '.').split('.')
  const localeCodes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  let { collection, fields } = root
  let localized = false
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]
    let field: FlattenedField | undefined = fields.find((f) => f.name === segment)
    if (!field && i === 0 && fields === root.fields) {
      // paths of a versions query: `version.<field>` and `parent` (the document itself)
      if (segment === 'version') continue
      if (segment === 'parent') field = { name: 'parent', type: 'relationship', relationTo: collection.slug } as FlattenedField
    }
    if (!field) return null
    const here = segments.slice(0, i + 1).join('.')
    if (!crossingOnly) {
      if (isSecret(field, collection)) return `"${here}" is a secret field and cannot be queried`
      if (!(await fieldReadable(req, field))) return `you may not read "${here}"`
    }
    localized = localized || Boolean('localized' in field && field.localized)
    if (localized && localeCodes.includes(segments[i + 1])) i += 1
    const rest = segments.slice(i + 1)
    if (rest.length === 0) return null
    switch (field.type) {
      case 'join':
      case 'relationship':
      case 'upload': {
        // the related document's id is this document's own value
        if (rest.length === 1 && (rest[0] === 'id' || (Array.isArray((field as { relationTo?: unknown }).relationTo) && ['relationTo', 'value'].includes(rest[0])))) {
          return null
        }
        const targets = targetsOf(req, field)
        for (const target of targets) {
          if (!(await readsAll(req, target))) return `"${here}" leads into ${target.slug}, which you may not read in full; filter or sort on its id only`
        }
        if (targets.length !== 1) return null // polymorphic: Payload only takes relationTo/value
        collection = targets[0]
        fields = collection.flattenedFields
        localized = false
        break
      }
      case 'array':
      case 'group':
      case 'tab':
        fields = (field as { flattenedFields: FlattenedField[] }).flattenedFields
        break
      case 'blocks':
        fields = blockFields(req, field)
        break
      default:
        // json, richText, point…: the rest is inside the value
        return null
    }
  }
  return null
}

type Query = { where?: unknown; sort?: unknown; select?: unknown; joins?: unknown; field?: unknown }

const isRow = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function wherePaths(where: unknown, out: string[] = []): string[] {
  if (!isRow(where)) return out
  for (const [key, constraint] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(constraint)) constraint.forEach((w) => wherePaths(w, out))
    else out.push(key)
  }
  return out
}

export function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim().replace(/^[-+]/, ''))
}

export function selectPaths(select: unknown, prefix = '', out: string[] = []): string[] {
  if (!isRow(select)) return out
  for (const [key, value] of Object.entries(select)) {
    if (isRow(value)) selectPaths(value, `${prefix}${key}.`, out)
    else out.push(`${prefix}${key}`)
  }
  return out
}

async function assertQuery(req: PayloadRequest, root: Root, query: Query): Promise<void> {
  const paths = [...wherePaths(query.where), ...sortPaths(query.sort)]
  if (typeof query.field === 'string') paths.push(query.field)
  const refuse = (path: string, reason: null | string) => {
    if (reason) throw new APIError(`Cannot query "${path}": ${reason}.`, 400, [{ path, message: reason }], true)
  }
  for (const path of paths) refuse(path, await refusePath(req, root, path))
  // selecting a field does not filter on it: what the caller may not read is left out of the
  // answer by Payload (the admin selects the columns it shows); only a crossing is refused
  for (const path of selectPaths(query.select)) refuse(path, await refusePath(req, root, path, { crossingOnly: true }))
  // a join's where and sort apply to the joined collection
  if (isRow(query.joins)) {
    for (const [name, join] of Object.entries(query.joins)) {
      const field = root.fields.find((f) => f.name === name)
      if (!field || field.type !== 'join' || !isRow(join)) continue
      for (const target of targetsOf(req, field)) {
        await assertQuery(req, { collection: target, fields: target.flattenedFields }, { where: join.where, sort: join.sort })
      }
    }
  }
}

export const guardQueryPaths: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess === true || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  await assertQuery(req, { collection, fields: collection.flattenedFields }, args as Query)
  return args
}

/** Adds the guard to every collection of a sanitized config, Payload's own included. */
export function applyQueryPathGuard(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardQueryPaths, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
