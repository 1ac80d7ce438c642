/**
 * Audit trail: every create/update/delete on every collection, and logins, logouts and failed
 * logins on auth collections, land in `audit-log`. Entries are written in the request's
 * transaction, so a rolled-back change leaves no entry.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionConfig,
  Config,
  PayloadRequest,
} from 'payload'

import type { AuditAction } from '../collections/audit-log'

import { logger } from '../lib/logger'

/** Collections that are not audited: the log itself and Payload's own bookkeeping. */
const SKIP = new Set(['audit-log', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv'])
/** Field names never copied into the log. */
const SECRET = /password|salt|hash|token|apikey|secret/i

type Entry = {
  action: AuditAction
  targetCollection: string
  documentId?: number | string
  summary?: string
  changedFields?: string[]
  user?: { email?: string; id: number | string } | null
  userEmail?: string
}

const clientIp = (req: PayloadRequest) =>
  req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers?.get('x-real-ip') || undefined

export async function writeAudit(req: PayloadRequest, entry: Entry, { sameTransaction = true } = {}) {
  const user = entry.user === undefined ? (req.user as Entry['user']) : entry.user
  try {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: entry.action,
        targetCollection: entry.targetCollection,
        documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
        summary: entry.summary ?? `${entry.action} ${entry.targetCollection}${entry.documentId !== undefined ? ` #${entry.documentId}` : ''}`,
        changedFields: entry.changedFields,
        user: user && (req.user?.collection === 'users' || entry.user) ? user.id : undefined,
        userEmail: entry.userEmail ?? user?.email,
        ip: clientIp(req),
        userAgent: req.headers?.get('user-agent')?.slice(0, 300) ?? undefined,
      } as never,
      overrideAccess: true,
      ...(sameTransaction ? { req } : {}),
    })
  } catch (err) {
    logger.error({ err, entry: { ...entry, user: undefined } }, 'could not write audit entry')
    if (sameTransaction) throw err
  }
}

const changedFields = (doc: Record<string, unknown>, previous: Record<string, unknown> | undefined) =>
  Object.keys(doc)
    .filter((k) => !SECRET.test(k) && !['updatedAt', 'createdAt'].includes(k))
    .filter((k) => !previous || JSON.stringify(doc[k]) !== JSON.stringify(previous[k]))

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (req.context?.skipAudit) return doc
  await writeAudit(req, {
    action: operation,
    targetCollection: collection.slug,
    documentId: doc.id,
    changedFields: operation === 'update' ? changedFields(doc, previousDoc) : undefined,
  })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (req.context?.skipAudit) return doc
  await writeAudit(req, { action: 'delete', targetCollection: collection.slug, documentId: id ?? doc?.id })
  return doc
}

const afterLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  // same transaction: the login holds the user row, a separate one would wait on it for ever
  await writeAudit(req, { action: 'login', targetCollection: collection.slug, documentId: user.id, user })
  return user
}

const afterLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  if (req.user) await writeAudit(req, { action: 'logout', targetCollection: collection.slug, documentId: req.user.id })
}

/**
 * Failed logins surface as errors of the login operation, whose transaction is rolled back:
 * the entry is written in a transaction of its own. The attempted e-mail is kept, never the password.
 */
const afterError: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const url = req.url ?? ''
  if (!/\/login(\?|$)/.test(new URL(url, 'http://x').pathname + '')) return
  const name = (error as { name?: string }).name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  const locked = name === 'LockedAuth'
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 254) : undefined
  await writeAudit(
    req,
    { action: 'login-failed', targetCollection: collection.slug, user: null, userEmail: email, summary: `failed login${locked ? ' (locked)' : ''}${email ? ` for ${email}` : ''}` },
    { sameTransaction: false },
  )
}

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  if (SKIP.has(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      ...(collection.auth
        ? {
            afterLogin: [...(hooks.afterLogin ?? []), afterLogin],
            afterLogout: [...(hooks.afterLogout ?? []), afterLogout],
            afterError: [...(hooks.afterError ?? []), afterError],
          }
        : {}),
    },
  }
}

/** A config transformer; runs last so that it sees every plugin's collections. */
export const auditTrail = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withHooks),
})
