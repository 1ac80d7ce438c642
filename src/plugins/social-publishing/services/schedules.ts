/**
 * Recurring schedules and the posting queue.
 * - `runPostingSchedules` (the job, every 5 minutes): for each active recurring schedule, every
 *   occurrence up to SOCIAL_SCHEDULE_HORIZON_HOURS ahead (default 24) gets one post (unique slot key
 *   `<schedule>:<instant>`, so two runs never make two), with the next image of the schedule's source.
 * - `addToQueue`: the next slot of a queue schedule with no live post in it gets the post.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { userIsAdmin } from '../../../access'
import { inTransaction, sql, txDb } from '../../../db/transaction'
import { badRequest, notFound, unprocessable } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { ACCOUNTS, POSTS, SCHEDULES } from '../constants'
import { nextImageFor } from './images'
import { checkPostLimits } from './limits'
import { formatInZone, occurrencesBetween, type Recurrence, RecurrenceError, validateRecurrence } from './recurrence'
import { type PostInput, schedulePost } from './posts'

type Doc = Record<string, any>
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))

export const assignOwner: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user || userIsAdmin(req.user)) return data
  return { ...data, owner: req.user.id }
}

const recurrenceOf = (s: Doc): Recurrence => ({
  timezone: s.timezone,
  rrule: s.rrule,
  frequency: s.frequency,
  weekdays: s.weekdays,
  times: (s.times ?? []).map((t: Doc) => t.time),
  startsAt: new Date(s.startsAt ?? s.createdAt ?? Date.now()),
})

/** Refuses a schedule whose recurrence cannot be evaluated, or accounts/images that are not the owner's. */
export const validatePostingSchedule: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  try {
    validateRecurrence({ ...recurrenceOf(merged), startsAt: new Date(merged.startsAt ?? Date.now()) })
  } catch (e) {
    if (e instanceof RecurrenceError) throw badRequest(e.message)
    throw e
  }
  const owner = idOf(merged.owner)
  const accountIds = ((merged.accounts as unknown[]) ?? []).map(idOf)
  if (accountIds.length) {
    const own = await req.payload.find({ collection: ACCOUNTS, where: { and: [{ id: { in: accountIds } }, { owner: { equals: owner } }] }, limit: accountIds.length, depth: 0, req, overrideAccess: true })
    if (own.docs.length !== new Set(accountIds).size) throw unprocessable('accounts: every account must be one of the owner’s social accounts.')
  }
  const pool = [...new Set(((merged.imagePool as unknown[]) ?? []).map(idOf))]
  if (pool.length && req.user) {
    // only images the user may read themselves (never someone's private media)
    const readable = await req.payload.find({ collection: 'media', where: { id: { in: pool } }, limit: pool.length, depth: 0, req, overrideAccess: false, user: req.user })
    if (readable.docs.length !== pool.length) throw unprocessable('imagePool: an image does not exist or is not yours to use.')
  }
  if (merged.imageSource === 'tag' && !merged.tag && merged.kind !== 'queue') throw badRequest('tag: a schedule that takes images by tag needs the tag.')
  if (!data.startsAt && !originalDoc?.startsAt) data.startsAt = new Date().toISOString()
  return data
}

/** Creates the posts of every due occurrence. Returns how many posts were made. */
export async function runPostingSchedules(payload: Payload, opts: { now?: Date; horizonHours?: number } = {}): Promise<number> {
  const now = opts.now ?? new Date()
  const until = new Date(now.getTime() + (opts.horizonHours ?? (env.int('SOCIAL_SCHEDULE_HORIZON_HOURS', 24) as number)) * 3_600_000)
  const schedules = await payload.find({ collection: SCHEDULES, where: { and: [{ active: { equals: true } }, { kind: { equals: 'recurring' } }] }, limit: 1000, depth: 0, pagination: false })
  let made = 0
  for (const s of schedules.docs as Doc[]) {
    const req = await createLocalReq({}, payload)
    const after = new Date(s.lastOccurrenceAt ?? new Date(Math.max(new Date(s.startsAt ?? s.createdAt).getTime(), now.getTime()) - 1).toISOString())
    let occurrences: Date[]
    try {
      occurrences = occurrencesBetween(recurrenceOf(s), after, until, 100)
    } catch (e) {
      await payload.update({ collection: SCHEDULES, id: s.id, data: { lastMessage: (e as Error).message } as never, req, overrideAccess: true, context: { skipAudit: true } })
      continue
    }
    let message: string | null = null
    for (const at of occurrences) {
      const slotKey = `${s.id}:${at.toISOString()}`
      const exists = await payload.find({ collection: POSTS, where: { slotKey: { equals: slotKey } }, limit: 1, depth: 0, req })
      if (!exists.totalDocs) {
        const image = await nextImageFor(payload, s)
        if (!image) {
          message = `No image left for the slot of ${formatInZone(at, s.timezone)}${s.tag ? ` (tag #${s.tag})` : ''}: slot skipped.`
        } else {
          const accounts = await payload.find({ collection: ACCOUNTS, where: { id: { in: (s.accounts ?? []).map(idOf) } }, limit: 10, depth: 0, req })
          const problems = checkPostLimits({ caption: s.captionTemplate ?? '', platforms: accounts.docs.map((a) => a.platform as never), imageCount: 1 })
          if (problems.length) message = problems.join(' ')
          else {
            try {
              await payload.create({
                collection: POSTS,
                data: {
                  owner: idOf(s.owner),
                  title: `${s.name} — ${formatInZone(at, s.timezone)}`,
                  caption: s.captionTemplate ?? '',
                  images: [image],
                  scheduledAt: at.toISOString(),
                  timezone: s.timezone,
                  scheduledLocal: formatInZone(at, s.timezone),
                  status: 'scheduled',
                  targets: accounts.docs.map((a) => ({ account: a.id, platform: a.platform, state: 'pending', attempts: 0 })),
                  schedule: s.id,
                  slotKey,
                } as never,
                req,
                overrideAccess: true,
                depth: 0,
                context: { postTransition: true },
              })
              made++
            } catch (error) {
              // a concurrent run made it (unique slot key)
              logger.info({ err: error, slotKey }, 'social: slot already has its post')
            }
          }
        }
      }
    }
    if (occurrences.length) {
      await payload.update({
        collection: SCHEDULES,
        id: s.id,
        data: { lastOccurrenceAt: occurrences[occurrences.length - 1].toISOString(), lastMessage: message } as never,
        req,
        overrideAccess: true,
        context: { skipAudit: true },
      })
    }
  }
  return made
}

/** "Add to queue": the post takes the first slot of the queue after now that has no live post. */
export async function addToQueue(req: PayloadRequest, queueId: number, input: Omit<PostInput, 'scheduledAt' | 'timezone' | 'accountIds' | 'draft'> & { accountIds?: PostInput['accountIds'] }) {
  const queue = (await req.payload.findByID({ collection: SCHEDULES, id: queueId, req, overrideAccess: false, user: req.user, depth: 0, disableErrors: true })) as Doc | null
  if (!queue) throw notFound('No such queue.')
  if (queue.kind !== 'queue') throw unprocessable('This schedule is not a queue (kind must be "queue").')
  return inTransaction(req, async () => {
    // one "add to queue" at a time per queue: two adds never take the same slot
    await (await txDb(req)).execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`social-queue:${queue.id}`}))`)
    const rec = { ...recurrenceOf(queue), startsAt: new Date(queue.startsAt ?? queue.createdAt) }
    let after = new Date(Date.now() + 60_000)
    for (let i = 0; i < 50; i++) {
      const slots = occurrencesBetween(rec, after, new Date(after.getTime() + 60 * 86_400_000), 50)
      if (!slots.length) break
      const taken = await req.payload.find({
        collection: POSTS,
        where: { and: [{ schedule: { equals: queue.id } }, { scheduledAt: { in: slots.map((d) => d.toISOString()) } }, { status: { not_in: ['cancelled'] } }] },
        limit: 100,
        depth: 0,
        req,
        overrideAccess: true,
      })
      const used = new Set(taken.docs.map((p) => new Date(p.scheduledAt as string).getTime()))
      const free = slots.find((d) => !used.has(d.getTime()))
      if (free) {
        const post = await schedulePost(req, {
          ...input,
          caption: input.caption ?? '',
          accountIds: input.accountIds ?? (queue.accounts ?? []).map(idOf),
          scheduledAt: free.toISOString(),
          timezone: queue.timezone,
        })
        return req.payload.update({ collection: POSTS, id: post.id, data: { schedule: queue.id } as never, req, overrideAccess: true, depth: 0, context: { postTransition: true } })
      }
      after = slots[slots.length - 1]
    }
    throw unprocessable('The queue has no free slot in the coming months.')
  })
}
