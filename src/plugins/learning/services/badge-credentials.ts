/**
 * The Open Badges documents this server hands out: a learner's earned badge or certificate as a
 * signed credential, revoking an earned badge, the public revocation status lists and recipients.
 */
import type { PayloadRequest } from 'payload'

import { userIsAdmin } from '../../../access'
import { conflict, forbidden, notFound } from '../../../endpoints/http'
import { rows, sql } from '../../../db/transaction'
import { idOf } from './db'
import {
  type StatusListName,
  buildCertificateCredential,
  buildCredential,
  recipientProfile,
  recipientUser,
  signCredential,
  statusListCredential,
} from './open-badges'

type Id = number | string

const displayName = (u: { id: Id; firstName?: null | string; lastName?: null | string }) =>
  [u.firstName, u.lastName].filter(Boolean).join(' ') || `Learner #${u.id}`

const holderOnly = (req: PayloadRequest, ownerId: unknown, what: string) => {
  if (!userIsAdmin(req.user) && idOf(ownerId) !== idOf(req.user!.id)) throw forbidden(`Only the ${what} holder and administrators can export it.`)
}

/** An earned badge as a signed OpenBadgeCredential (holder and admins). */
export async function userBadgeCredential(req: PayloadRequest, id: Id) {
  const ub = await req.payload.findByID({ collection: 'user-badges', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
  if (!ub) throw notFound('Earned badge not found.')
  holderOnly(req, ub.user, 'badge')
  const [badge, holder] = await Promise.all([
    req.payload.findByID({ collection: 'badges', id: idOf(ub.badge), depth: 0, req, overrideAccess: true }),
    req.payload.findByID({ collection: 'users', id: idOf(ub.user), depth: 0, req, overrideAccess: true }),
  ])
  const credential = buildCredential(
    req.payload,
    { id: ub.id, earnedAt: ub.earnedAt },
    { ...badge, name: String(badge.name), description: badge.description as null | string },
    { id: holder.id, name: displayName(holder) },
  )
  return { credential, jwt: await signCredential(credential) }
}

/** A course certificate as a signed OpenBadgeCredential (holder and admins). */
export async function certificateCredential(req: PayloadRequest, id: Id) {
  const c = await req.payload.findByID({ collection: 'certificates', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!c) throw notFound('Certificate not found.')
  holderOnly(req, c.user, 'certificate')
  const credential = buildCertificateCredential(
    req.payload,
    { id: c.id, course: idOf(c.course), courseTitle: c.courseTitle, issuedAt: c.issuedAt, expiresAt: c.expiresAt, code: c.code },
    { id: idOf(c.user), name: c.learnerName },
  )
  return { credential, jwt: await signCredential(credential) }
}

/** Admins revoke an earned badge; its status-list bit is set from then on. */
export async function revokeUserBadge(req: PayloadRequest, id: Id, reason: string) {
  if (!userIsAdmin(req.user)) throw forbidden('Only administrators can revoke a badge.')
  const [row] = await rows<{ id: number; revoked_at: null | string }>(req, sql`SELECT id, revoked_at FROM user_badges WHERE id = ${idOf(id)}`)
  if (!row) throw notFound('Earned badge not found.')
  const moved = await rows<{ id: number; revoked_at: string }>(
    req,
    sql`UPDATE user_badges SET revoked_at = now(), revoked_reason = ${reason}, updated_at = now() WHERE id = ${row.id} AND revoked_at IS NULL RETURNING id, revoked_at`,
  )
  if (!moved.length) throw conflict(`This badge was already revoked on ${new Date(row.revoked_at ?? Date.now()).toISOString()}.`)
  return { id: row.id, revokedAt: new Date(moved[0].revoked_at).toISOString(), revokedReason: reason }
}

/** The revocation status list of one kind, as a credential and its VC-JWT. */
export async function statusList(req: PayloadRequest, list: StatusListName) {
  const revoked =
    list === 'badges'
      ? await rows<{ id: number }>(req, sql`SELECT id FROM user_badges WHERE revoked_at IS NOT NULL`)
      : await rows<{ id: number }>(req, sql`SELECT id FROM certificates WHERE revoked_at IS NOT NULL`)
  const credential = statusListCredential(list, revoked.map((r) => Number(r.id)))
  return { credential, jwt: await signCredential(credential) }
}

/** What a recipient identifier answers; 404 for a key this server did not make or a deleted user. */
export async function recipient(req: PayloadRequest, key: string) {
  const userId = recipientUser(req.payload, key)
  const [user] = userId === null ? [] : await rows<{ id: number }>(req, sql`SELECT id FROM users WHERE id = ${userId}`)
  if (!user) throw notFound('Unknown recipient.')
  return recipientProfile(req.payload, Number(user.id))
}
