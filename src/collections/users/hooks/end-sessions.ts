/**
 * Deactivation, a password change and a password reset end the user's other sessions: their JWTs
 * and cookies carry a session id (`sid`) that Payload's JWT strategy looks up in `sessions`.
 *
 * - Deactivation ends every session and turns the API key off (an admin must turn it on again).
 * - A password change keeps only the session that made it (the user stays logged in where they
 *   changed it); a change by an admin, or through an API key, ends every session of that user.
 * - A password reset ends every session; Payload then opens the one it returns with the reset.
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

const PASSWORD_CHANGED = 'vibe:passwordChangedFor'

type Session = { id: string; createdAt?: Date | string | null; expiresAt: Date | string }

/** Deletes the sessions of a user, except `keepSid`. In the request's transaction. */
export async function endSessions(req: PayloadRequest, userId: number | string, keepSid?: string): Promise<void> {
  const row = (await req.payload.db.findOne({ collection: 'users', req, where: { id: { equals: userId } } })) as { sessions?: Session[] } | null
  if (!row) return
  const sessions = (row.sessions ?? []).filter((s) => keepSid !== undefined && s.id === keepSid)
  if (sessions.length === (row.sessions ?? []).length) return
  await req.payload.db.updateOne({ collection: 'users', id: userId, data: { sessions }, req, returning: false })
}

/** Notes a password change (seen only here: Payload drops `password` before afterChange) and turns the API key off on deactivation. */
export const notePasswordChangeAndDeactivation: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (typeof data.password === 'string' && data.password !== '') {
    const ids = (context[PASSWORD_CHANGED] as Set<number | string> | undefined) ?? new Set()
    ids.add(originalDoc.id)
    context[PASSWORD_CHANGED] = ids
  }
  if (data.active === false && originalDoc.active !== false) {
    data.enableAPIKey = false
    data.apiKeyIndex = null
  }
  return data
}

export const endSessionsOnPasswordChangeOrDeactivation: CollectionAfterChangeHook = async ({ context, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const deactivated = doc.active === false && previousDoc?.active !== false
  const changed = (context[PASSWORD_CHANGED] as Set<number | string> | undefined)?.has(doc.id) ?? false
  if (!deactivated && !changed) return doc
  const self = req.user?.collection === 'users' && req.user.id === doc.id
  const keepSid = !deactivated && self ? (req.user as { _sid?: string })._sid : undefined
  await endSessions(req, doc.id, keepSid)
  return doc
}

/** Before Payload looks the reset token up: end every session of the user it belongs to (same transaction). */
export const endSessionsOnPasswordReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const token = (args as { data?: { token?: unknown } }).data?.token
  if (typeof token !== 'string' || token === '') return args
  const user = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
  })
  if (user) await endSessions(req, user.id)
  return args
}
