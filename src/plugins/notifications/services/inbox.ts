/**
 * The signed-in user's side of notifications, preferences, push tokens and messages. Every call
 * runs with `overrideAccess: false` and the user, so the collections' access rules apply.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { conflict, notFound } from '../../../endpoints/http'
import { ALL_TYPES, type Channel } from '../constants'
import { inTransaction } from '../../../db/transaction'
import { audienceConditions } from './audiences'
import { inboxWhere } from './messages'

const asUser = (req: PayloadRequest, user: TypedUser) => ({ req, user, overrideAccess: false as const, depth: 0 })

export type Page = { limit: number; page: number }

/** My notifications, newest first, with the number still unread. */
export async function listMyNotifications(req: PayloadRequest, user: TypedUser, { page, limit, unreadOnly }: Page & { unreadOnly: boolean }) {
  const mine = { user: { equals: user.id } }
  const list = await req.payload.find({
    collection: 'notifications',
    where: unreadOnly ? { and: [mine, { read: { equals: false } }] } : mine,
    sort: '-createdAt',
    page,
    limit,
    ...asUser(req, user),
  })
  const unread = await req.payload.count({ collection: 'notifications', where: { and: [mine, { read: { equals: false } }] }, ...asUser(req, user) })
  return { ...list, unreadCount: unread.totalDocs }
}

/** Marks one of my notifications read; someone else's is "not found". */
export async function markNotificationRead(req: PayloadRequest, user: TypedUser, id: string) {
  const found = await req.payload.find({ collection: 'notifications', where: { id: { equals: id } }, limit: 1, ...asUser(req, user) })
  if (!found.docs.length) throw notFound('Notification not found.')
  if (found.docs[0].read) return found.docs[0]
  return req.payload.update({ collection: 'notifications', id: found.docs[0].id, data: { read: true }, ...asUser(req, user) })
}

export async function markAllNotificationsRead(req: PayloadRequest, user: TypedUser) {
  const res = await req.payload.update({
    collection: 'notifications',
    where: { and: [{ user: { equals: user.id } }, { read: { equals: false } }] },
    data: { read: true },
    ...asUser(req, user),
  })
  return { updated: res.docs.length }
}

export async function getMyPreferences(req: PayloadRequest, user: TypedUser) {
  const res = await req.payload.find({
    collection: 'notification-preferences',
    where: { user: { equals: user.id } },
    pagination: false,
    sort: 'type',
    ...asUser(req, user),
  })
  return res.docs.map((p) => ({ id: p.id, type: p.type, channel: p.channel, enabled: p.enabled !== false }))
}

/** Sets each (type, channel) to on or off; creates the rows that do not exist yet. All or nothing. */
export async function setMyPreferences(req: PayloadRequest, user: TypedUser, changes: { channel: Channel; enabled: boolean; type: string }[]) {
  await inTransaction(req, async () => {
    for (const change of changes) {
      const existing = await req.payload.find({
        collection: 'notification-preferences',
        where: { and: [{ user: { equals: user.id } }, { type: { equals: change.type } }, { channel: { equals: change.channel } }] },
        limit: 1,
        ...asUser(req, user),
      })
      if (existing.docs.length) {
        await req.payload.update({ collection: 'notification-preferences', id: existing.docs[0].id, data: { enabled: change.enabled }, ...asUser(req, user) })
      } else {
        await req.payload.create({ collection: 'notification-preferences', data: { ...change, user: user.id }, ...asUser(req, user) })
      }
    }
  })
  return getMyPreferences(req, user)
}

export const isWildcard = (type: string) => type === ALL_TYPES

/**
 * Registers a device token for me. A token already known is moved to me and reactivated (the
 * same phone, now signed in as someone else), so a device only ever receives one user's pushes.
 */
export async function registerPushToken(req: PayloadRequest, user: TypedUser, input: { platform: 'android' | 'ios' | 'web'; token: string }) {
  return inTransaction(req, async () => {
    const now = new Date().toISOString()
    // trusted lookup: the token may belong to another account on the same device
    const existing = await req.payload.find({ collection: 'push-tokens', where: { token: { equals: input.token } }, limit: 1, depth: 0, req })
    if (existing.docs.length) {
      const doc = await req.payload.update({
        collection: 'push-tokens',
        id: existing.docs[0].id,
        data: { user: user.id, platform: input.platform, active: true, lastUsedAt: now, deactivatedReason: null },
        depth: 0,
        req,
      })
      return { doc, created: false }
    }
    const doc = await req.payload.create({ collection: 'push-tokens', data: { ...input, user: user.id, active: true, lastUsedAt: now }, ...asUser(req, user) })
    return { doc, created: true }
  })
}

/** Removes my token (on sign-out). Someone else's token or an unknown one is "not found". */
export async function removePushToken(req: PayloadRequest, user: TypedUser, token: string) {
  const res = await req.payload.delete({ collection: 'push-tokens', where: { and: [{ token: { equals: token } }, { user: { equals: user.id } }] }, ...asUser(req, user) })
  if (!res.docs.length) throw notFound('Push token not found.')
  return { removed: res.docs.length }
}

/** Messages addressed to me, newest first, each with my read status, and my unread count. */
export async function listMyMessages(req: PayloadRequest, user: TypedUser, { page, limit }: Page) {
  const where = inboxWhere(user, await audienceConditions(req, user))
  const list = await req.payload.find({ collection: 'messages', where, sort: '-createdAt', page, limit, ...asUser(req, user) })
  const ids = list.docs.map((d) => d.id)
  const reads = ids.length
    ? await req.payload.find({
        collection: 'message-reads',
        where: { and: [{ user: { equals: user.id } }, { message: { in: ids } }] },
        pagination: false,
        ...asUser(req, user),
      })
    : { docs: [] }
  const readAt = new Map(reads.docs.map((r) => [String(typeof r.message === 'object' ? r.message.id : r.message), r.readAt]))
  const total = await req.payload.count({ collection: 'messages', where, ...asUser(req, user) })
  const readTotal = await req.payload.count({ collection: 'message-reads', where: { user: { equals: user.id } }, ...asUser(req, user) })
  return {
    ...list,
    docs: list.docs.map((d) => ({ ...d, read: readAt.has(String(d.id)), readAt: readAt.get(String(d.id)) ?? null })),
    unreadCount: Math.max(0, total.totalDocs - readTotal.totalDocs),
  }
}

/** Marks a message addressed to me as read (idempotent). */
export async function markMessageRead(req: PayloadRequest, user: TypedUser, id: string) {
  const where = { and: [{ id: { equals: id } }, inboxWhere(user, await audienceConditions(req, user))] }
  const found = await req.payload.find({ collection: 'messages', where, limit: 1, ...asUser(req, user) })
  if (!found.docs.length) throw notFound('Message not found.')
  const message = found.docs[0]
  const existing = await req.payload.find({
    collection: 'message-reads',
    where: { and: [{ user: { equals: user.id } }, { message: { equals: message.id } }] },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs.length) return { message: message.id, readAt: existing.docs[0].readAt }
  try {
    // trusted write: recipients cannot create read rows for others (access: admins only)
    const row = await req.payload.create({ collection: 'message-reads', data: { message: message.id, user: user.id, readAt: new Date().toISOString() }, depth: 0, req })
    return { message: message.id, readAt: row.readAt }
  } catch (error) {
    if ((error as { status?: number }).status === 400) throw conflict('This message was marked read at the same time; try again.')
    throw error
  }
}
