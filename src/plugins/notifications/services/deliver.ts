/**
 * Sends one delivery-log row (the body of the `send-notification` job). Every write here is
 * committed on its own, outside the job's transaction, so that what was sent stays recorded
 * even when the job then fails and is retried:
 * 1. claim the row (conditional UPDATE: only a queued row, or one stuck in `sending` for 10 minutes);
 * 2. send through the channel's provider; for push, each device token reached is recorded at once
 *    and skipped by later attempts;
 * 3. record `sent`, or `failed` for a permanent error, or put the row back to `queued` and throw
 *    so that the job retries with backoff.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'

import { logger } from '../../../lib/logger'
import { pushProvider, smsProvider } from '../providers'
import { ProviderError } from '../providers/types'
import { txDb } from '../../../db/transaction'
import type { RenderedContent } from './render'

/** Total tries of one delivery (the job's retries + 1). */
export const MAX_ATTEMPTS = 6

export type DeliverOutcome = { reason?: string; status: 'failed' | 'not-claimed' | 'sent' | 'skipped' }

type Id = number | string

/** A retryable failure: the job throws it so Payload retries with backoff. */
export class RetryLater extends Error {}

async function claim(payload: Payload, id: Id): Promise<boolean> {
  const db = await txDb(await createLocalReq({}, payload))
  const res = await db.execute(sql`
    UPDATE notification_deliveries
       SET status = 'sending', attempts = COALESCE(attempts, 0) + 1, locked_at = now(), updated_at = now()
     WHERE id = ${id}
       AND (status = 'queued' OR (status = 'sending' AND locked_at < now() - interval '10 minutes'))
     RETURNING id`)
  return res.rows.length === 1
}

/** Classifies a nodemailer error: SMTP 4xx and connection problems are temporary, 5xx permanent. */
export function emailErrorIsRetryable(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number }
  if (typeof e.responseCode === 'number') return e.responseCode < 500
  return true
}

export async function deliver(payload: Payload, deliveryId: Id): Promise<DeliverOutcome> {
  if (!(await claim(payload, deliveryId))) return { status: 'not-claimed' }
  // a fresh request: each write below commits by itself
  const req: PayloadRequest = await createLocalReq({}, payload)
  const update = (data: Record<string, unknown>) =>
    payload.update({ collection: 'notification-deliveries', id: deliveryId, data, req, depth: 0, context: { skipAudit: true } })

  const row = await payload.findByID({ collection: 'notification-deliveries', id: deliveryId, depth: 0, req })
  const content = row.content as RenderedContent
  const userId = typeof row.user === 'object' ? row.user.id : row.user
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, req, disableErrors: true })
  const attempts = row.attempts ?? 1

  const finish = async (status: 'failed' | 'sent' | 'skipped', extra: Record<string, unknown> = {}): Promise<DeliverOutcome> => {
    await update({ status, lockedAt: null, ...(status === 'sent' ? { sentAt: new Date().toISOString() } : {}), ...extra })
    return { status, reason: extra.reason as string | undefined }
  }
  /** Temporary failure: back to queued and retry, unless this was the last attempt. */
  const retryOrFail = async (message: string, extra: Record<string, unknown> = {}): Promise<DeliverOutcome> => {
    if (attempts >= MAX_ATTEMPTS) return finish('failed', { lastError: `${message} (gave up after ${attempts} attempts)`, ...extra })
    await update({ status: 'queued', lockedAt: null, lastError: message, ...extra })
    throw new RetryLater(message)
  }

  if (!user) return finish('skipped', { reason: 'user-deleted' })

  if (row.channel === 'email') {
    if (!user.email) return finish('skipped', { reason: 'no-email' })
    try {
      const info = (await payload.sendEmail({ to: user.email, subject: content.subject, text: content.body, html: content.html })) as {
        messageId?: string
        response?: string
      }
      return finish('sent', { provider: 'email', providerResponse: { messageId: info?.messageId, response: info?.response } })
    } catch (error) {
      const e = error as { message: string; response?: string; responseCode?: number }
      const providerResponse = { responseCode: e.responseCode, response: e.response }
      if (!emailErrorIsRetryable(error)) return finish('failed', { provider: 'email', lastError: e.message, providerResponse })
      return retryOrFail(`email: ${e.message}`, { provider: 'email', providerResponse })
    }
  }

  if (row.channel === 'sms') {
    if (!user.phone) return finish('skipped', { reason: 'no-phone' })
    const provider = smsProvider()
    try {
      const result = await provider.send({ to: user.phone, text: content.title ? `${content.title}: ${content.body}` : content.body })
      return finish('sent', { provider: provider.name, providerResponse: result.response ?? null })
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error
      if (!error.retryable) return finish('failed', { provider: provider.name, lastError: error.message, providerResponse: error.response ?? null })
      return retryOrFail(error.message, { provider: provider.name, providerResponse: error.response ?? null })
    }
  }

  if (row.channel === 'push') {
    const provider = pushProvider()
    const tokens = await payload.find({
      collection: 'push-tokens',
      where: { and: [{ user: { equals: user.id } }, { active: { equals: true } }] },
      depth: 0,
      limit: 50,
      pagination: false,
      req,
    })
    const reached = new Set<string>(((row.sentTargets as string[] | null) ?? []).map(String))
    const pending = tokens.docs.filter((t) => !reached.has(String(t.id)))
    if (tokens.docs.length === 0 && reached.size === 0) return finish('skipped', { reason: 'no-device' })
    const results: Record<string, unknown> = { ...((row.providerResponse as Record<string, unknown> | null) ?? {}) }
    let temporary: string | undefined
    for (const token of pending) {
      try {
        const result = await provider.send({
          token: token.token,
          title: content.title,
          body: content.body,
          data: { type: row.type, ...(content.actionUrl ? { actionUrl: content.actionUrl } : {}) },
        })
        reached.add(String(token.id))
        results[String(token.id)] = { ok: true, messageId: result.messageId }
        // recorded before the next token, so a retry never sends to this device again
        await update({ sentTargets: [...reached], providerResponse: results, provider: provider.name })
        await payload.update({ collection: 'push-tokens', id: token.id, data: { lastUsedAt: new Date().toISOString() }, req, depth: 0, context: { skipAudit: true } })
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error
        results[String(token.id)] = { ok: false, error: error.message, response: error.response ?? null }
        if (error.invalidTarget) {
          await payload.update({
            collection: 'push-tokens',
            id: token.id,
            data: { active: false, deactivatedReason: error.message },
            req,
            depth: 0,
            context: { skipAudit: true },
          })
        } else if (error.retryable) temporary = error.message
        else logger.warn({ deliveryId, token: token.id }, error.message)
      }
    }
    if (temporary) return retryOrFail(temporary, { providerResponse: results, provider: provider.name })
    if (reached.size > 0) return finish('sent', { providerResponse: results, provider: provider.name })
    return finish('failed', { providerResponse: results, provider: provider.name, lastError: 'No device accepted the message.' })
  }

  return finish('skipped', { reason: `channel ${row.channel} is not sent by the job` })
}
