/**
 * `notify`: the one entry point other plugins call. Renders the templates, applies preferences,
 * writes the in-app notification and one delivery-log row per channel, and queues one send job per
 * external channel, all in one transaction. The same idempotency key never sends twice: a
 * transaction-scoped advisory lock serialises concurrent calls with one key, and the delivery
 * log's unique `idempotencyKey` backs it in the database.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { z } from 'zod'

import { CHANNELS, type Channel, FALLBACK_LOCALE, LOCALES, NOTIFICATIONS_QUEUE, SEND_TASK, TYPE_PATTERN } from '../constants'
import { inTransaction, txDb } from '../../../db/transaction'
import { decideChannels } from './preferences'
import { renderTemplate } from './render'
import { channelsWithTemplates, chooseTemplate, registeredTemplates, type TemplateCandidate } from './templates'

type Id = number

/** What `notify` takes. */
export type NotifyInput = {
  /** Channels to use; default: every channel that has a template for the type. */
  channels?: Channel[]
  /** Bypasses the user's preferences (security, receipts, legal). */
  critical?: boolean
  /** Template variables, also stored on the in-app notification. */
  data?: Record<string, unknown>
  /** Unique per logical notification, e.g. `payment.succeeded:<paymentId>`. Repeating it sends nothing. */
  idempotencyKey: string
  /** Overrides the user's preferred language. */
  locale?: 'en' | 'fr'
  /** The type, e.g. `payment.succeeded`; templates are looked up by it. */
  type: string
  user: Id | string | { id: Id | string }
}

export type DeliverySummary = { channel: Channel; id: Id; reason?: string; status: string }

export type NotifyResult = {
  deliveries: DeliverySummary[]
  /** True when the idempotency key had been used already: nothing new was written or sent. */
  duplicate: boolean
  notificationId?: Id
}

export class NotifyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotifyError'
  }
}

const inputSchema = z.object({
  user: z.union([z.number(), z.string().min(1), z.object({ id: z.union([z.number(), z.string()]) })]),
  type: z.string().regex(TYPE_PATTERN, 'lower-case words separated by dots, e.g. payment.succeeded').max(100),
  data: z.record(z.string(), z.unknown()).optional(),
  channels: z.array(z.enum(CHANNELS)).optional(),
  critical: z.boolean().optional(),
  idempotencyKey: z.string().min(1).max(200),
  locale: z.enum(LOCALES).optional(),
})

const isRequest = (x: Payload | PayloadRequest): x is PayloadRequest => typeof (x as PayloadRequest).payload === 'object' && 'payloadAPI' in x

/**
 * Sends a notification to one user on the channels that have a template, honouring the user's
 * preferences unless `critical`. Returns at once: e-mail, push and SMS go out from the
 * `send-notification` job (queue `notifications`) with retries and backoff.
 *
 * Pass the caller's `req` to write in its transaction (the notification then exists only if the
 * caller commits). Throws `NotifyError` for bad input or an unknown user.
 *
 * @example
 * await notify(req, { user: order.customer, type: 'order.status_changed', data: { number: order.number, status: 'ready' },
 *   idempotencyKey: `order.status_changed:${order.id}:ready` })
 */
export async function notify(payloadOrReq: Payload | PayloadRequest, input: NotifyInput): Promise<NotifyResult> {
  const parsed = inputSchema.safeParse(input)
  if (!parsed.success) throw new NotifyError(`notify: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')}`)
  const args = parsed.data
  const req = isRequest(payloadOrReq) ? payloadOrReq : await createLocalReq({}, payloadOrReq)
  const { payload } = req
  const userId = typeof args.user === 'object' ? args.user.id : args.user

  return inTransaction(req, async () => {
    const db = await txDb(req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`notify:${args.idempotencyKey}`}))`)

    const keys = CHANNELS.map((c) => `${args.idempotencyKey}:${c}`)
    const previous = await payload.find({
      collection: 'notification-deliveries',
      where: { idempotencyKey: { in: keys } },
      depth: 0,
      limit: CHANNELS.length,
      req,
    })
    if (previous.docs.length) {
      return {
        duplicate: true,
        notificationId: previous.docs.map((d) => (typeof d.notification === 'object' ? d.notification?.id : d.notification)).find(Boolean) ?? undefined,
        deliveries: previous.docs.map((d) => ({ channel: d.channel as Channel, id: d.id, status: d.status, reason: d.reason ?? undefined })),
      }
    }

    const user = (await payload.find({ collection: 'users', where: { id: { equals: userId } }, depth: 0, limit: 1, req })).docs[0]
    if (!user) throw new NotifyError(`notify: unknown user ${userId}`)

    const dbTemplates = (
      await payload.find({ collection: 'notification-templates', where: { type: { equals: args.type } }, depth: 0, limit: 100, pagination: false, req })
    ).docs as unknown as TemplateCandidate[]
    const defaults = registeredTemplates().filter((t) => t.type === args.type)
    const channels = args.channels ?? channelsWithTemplates(dbTemplates, defaults, args.type)
    if (channels.length === 0) throw new NotifyError(`notify: no template for type "${args.type}"`)

    const prefs = (
      await payload.find({ collection: 'notification-preferences', where: { user: { equals: user.id } }, depth: 0, limit: 500, pagination: false, req })
    ).docs.map((p) => ({ type: p.type, channel: p.channel, enabled: p.enabled !== false }))
    const decisions = decideChannels(channels, prefs, args.type, args.critical ?? false)
    const locale = args.locale ?? (LOCALES.includes(user.preferredLocale as never) ? (user.preferredLocale as 'en' | 'fr') : FALLBACK_LOCALE)
    const data = { ...args.data, user: { id: user.id, firstName: user.firstName ?? '', lastName: user.lastName ?? '', email: user.email } }

    // in-app first, so the external deliveries can point at the notification
    decisions.sort((a, b) => Number(b.channel === 'in-app') - Number(a.channel === 'in-app'))
    const result: NotifyResult = { duplicate: false, deliveries: [] }
    for (const decision of decisions) {
      const base = {
        idempotencyKey: `${args.idempotencyKey}:${decision.channel}`,
        type: args.type,
        channel: decision.channel,
        user: user.id,
        critical: args.critical ?? false,
        locale,
        notification: result.notificationId,
      }
      const template = chooseTemplate(dbTemplates, defaults, args.type, decision.channel, locale)
      const reason = !decision.send ? decision.reason : !template ? 'no-template' : undefined
      if (reason || !template) {
        const row = await payload.create({ collection: 'notification-deliveries', data: { ...base, status: 'skipped', reason }, req, context: { skipAudit: true } })
        result.deliveries.push({ channel: decision.channel, id: row.id, status: 'skipped', reason })
        continue
      }
      const content = renderTemplate(template, data)
      if (decision.channel === 'in-app') {
        const notification = await payload.create({
          collection: 'notifications',
          data: {
            user: user.id,
            type: args.type,
            title: content.title || args.type,
            message: content.body,
            actionUrl: content.actionUrl,
            data: args.data ?? {},
            critical: args.critical ?? false,
            idempotencyKey: args.idempotencyKey,
          },
          req,
          context: { skipAudit: true },
        })
        result.notificationId = notification.id
        const row = await payload.create({
          collection: 'notification-deliveries',
          data: { ...base, notification: notification.id, status: 'sent', provider: 'in-app', attempts: 1, sentAt: new Date().toISOString(), content },
          req,
          context: { skipAudit: true },
        })
        result.deliveries.push({ channel: 'in-app', id: row.id, status: 'sent' })
        continue
      }
      const row = await payload.create({ collection: 'notification-deliveries', data: { ...base, status: 'queued', content }, req, context: { skipAudit: true } })
      await payload.jobs.queue({ task: SEND_TASK, input: { deliveryId: String(row.id) }, queue: NOTIFICATIONS_QUEUE, req })
      result.deliveries.push({ channel: decision.channel, id: row.id, status: 'queued' })
    }
    return result
  })
}
