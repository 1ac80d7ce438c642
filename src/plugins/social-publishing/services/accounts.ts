/**
 * Connected accounts: connect / reconnect (token encrypted at rest), the "reconnect needed" state
 * (token about to expire, or refused by the platform) with the owner notified, and the posts that
 * waited for the account put back in the schedule once it is reconnected.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { env } from '../../../lib/env'
import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { notify } from '../../notifications'
import { badRequest, notFound } from '../../../endpoints/http'
import { ACCOUNTS, type Platform, POSTS } from '../constants'
import { type Credentials, openCredentials, sealCredentials as seal, TokenKeyError } from './crypto'
import { HttpError } from '../../../endpoints/http'

type Doc = Record<string, any>

/** Encrypts for storage; a server without its key answers 503 with the reason (never stores a token in clear). */
function sealCredentials(c: Credentials): string {
  try {
    return seal(c)
  } catch (error) {
    if (error instanceof TokenKeyError) throw new HttpError(503, error.message)
    throw error
  }
}

export const RECONNECT_TYPE = 'social.reconnect_needed'

export type ConnectInput = {
  platform: Platform
  name: string
  externalId: string
  handle?: string
  /** Without a token the account is a sandbox account (nothing is sent to the platform). */
  accessToken?: string
  expiresAt?: string
}

/** Public view of an account: never the credentials. */
export const publicAccount = (a: Doc) => {
  const { credentials: _c, ...rest } = a
  return rest
}

export async function connectAccount(req: PayloadRequest, input: ConnectInput) {
  const data: Doc = {
    owner: req.user!.id,
    platform: input.platform,
    name: input.name,
    externalId: input.externalId,
    handle: input.handle,
    mode: input.accessToken ? 'live' : 'sandbox',
    status: 'connected',
    connectedAt: new Date().toISOString(),
  }
  if (input.accessToken) data.credentials = sealCredentials({ accessToken: input.accessToken, expiresAt: input.expiresAt ?? null })
  const doc = await req.payload.create({ collection: ACCOUNTS, data: data as never, req, overrideAccess: true, depth: 0 })
  return publicAccount(doc)
}

/** The account if the user may see it (owner or admin), else 404. */
export async function accountFor(req: PayloadRequest, id: string | number) {
  const n = Number(id)
  if (!Number.isInteger(n) || n <= 0 || n > 2_147_483_647) throw badRequest('The account id must be a positive integer.')
  const doc = await req.payload.findByID({ collection: ACCOUNTS, id, req, overrideAccess: false, user: req.user, depth: 0, disableErrors: true })
  if (!doc) throw notFound('No such social account.')
  return doc as Doc
}

/** New token (and expiry) for an account: connected again; its waiting posts go back to the schedule. */
export async function reconnectAccount(req: PayloadRequest, id: string | number, input: { accessToken?: string; expiresAt?: string }) {
  const account = await accountFor(req, id)
  if (account.mode === 'live' && !input.accessToken) throw badRequest('accessToken: a live account needs its new access token.')
  const data: Doc = { status: 'connected', statusReason: null, connectedAt: new Date().toISOString() }
  if (input.accessToken) data.credentials = sealCredentials({ accessToken: input.accessToken, expiresAt: input.expiresAt ?? null })
  const doc = await req.payload.update({ collection: ACCOUNTS, id: account.id, data: data as never, req, overrideAccess: true, depth: 0 })
  const released = await releaseWaitingPosts(req.payload, account.id, req)
  return { account: publicAccount(doc), releasedPosts: released }
}

/** waiting → scheduled for the posts of an account that is connected again. */
async function releaseWaitingPosts(payload: Payload, accountId: number | string, req: PayloadRequest): Promise<number> {
  const waiting = await payload.find({ collection: POSTS, where: { and: [{ status: { equals: 'waiting' } }, { 'targets.account': { equals: accountId } }] }, limit: 500, depth: 0, req })
  let n = 0
  for (const post of waiting.docs as Doc[]) {
    const others = await payload.find({ collection: ACCOUNTS, where: { and: [{ id: { in: post.targets.map((t: Doc) => t.account) } }, { status: { equals: 'reconnect_needed' } }] }, limit: 1, depth: 0, req })
    if (others.totalDocs) continue
    await payload.update({
      collection: POSTS,
      id: post.id,
      data: { status: 'scheduled', nextAttemptAt: null, targets: post.targets.map((t: Doc) => (t.state === 'waiting' ? { ...t, state: 'pending' } : t)) } as never,
      req,
      overrideAccess: true,
      context: { postTransition: true },
    })
    n++
  }
  return n
}

/** Marks an account "reconnect needed" (once) and tells its owner. */
export async function markReconnectNeeded(payload: Payload, account: Doc, reason: string): Promise<void> {
  const req = await createLocalReq({}, payload)
  if (account.status !== 'reconnect_needed') {
    await payload.update({ collection: ACCOUNTS, id: account.id, data: { status: 'reconnect_needed', statusReason: reason.slice(0, 500) } as never, req, overrideAccess: true, depth: 0 })
  }
  if (!hasCollection(payload, 'notifications')) return
  const ownerId = typeof account.owner === 'object' ? account.owner.id : account.owner
  try {
    await notify(payload, {
      user: ownerId,
      type: RECONNECT_TYPE,
      data: { account: account.name, platform: account.platform, reason },
      idempotencyKey: `${RECONNECT_TYPE}:${account.id}:${account.connectedAt ?? ''}`,
    })
  } catch (error) {
    logger.warn({ err: error, account: account.id }, 'social: could not notify the owner of a reconnect-needed account')
  }
}

/** The decrypted credentials of a live account (null for sandbox accounts). */
export const credentialsOf = (account: Doc): Credentials | null => (account.mode === 'live' ? openCredentials(account.credentials) : null)

/** Reads an account with its (encrypted) credentials, for the server only. */
export const loadAccount = (payload: Payload, id: number | string) =>
  payload.findByID({ collection: ACCOUNTS, id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true }) as Promise<Doc | null>

/** Whether a token expires within SOCIAL_TOKEN_WARN_HOURS (default 72). */
export function expiresSoon(c: Credentials | null, now = new Date()): boolean {
  if (!c?.expiresAt) return false
  return new Date(c.expiresAt).getTime() - now.getTime() < (env.int('SOCIAL_TOKEN_WARN_HOURS', 72) as number) * 3_600_000
}

/** The hourly check: live accounts whose token is about to expire become "reconnect needed". */
export async function checkExpiringTokens(payload: Payload, now = new Date()): Promise<number> {
  const accounts = await payload.find({ collection: ACCOUNTS, where: { and: [{ mode: { equals: 'live' } }, { status: { equals: 'connected' } }] }, limit: 1000, depth: 0, showHiddenFields: true, pagination: false })
  let n = 0
  for (const account of accounts.docs as Doc[]) {
    let creds: Credentials | null = null
    try {
      creds = credentialsOf(account)
    } catch {
      await markReconnectNeeded(payload, account, 'The stored token cannot be read (encryption key changed?); connect the account again.')
      n++
      continue
    }
    if (expiresSoon(creds, now)) {
      await markReconnectNeeded(payload, account, `The access token expires on ${creds!.expiresAt}; connect the account again to keep publishing.`)
      n++
    }
  }
  return n
}
