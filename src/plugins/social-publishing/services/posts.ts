/** Scheduling, editing and moving posts for their owner (the endpoints' business rules). */
import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../../endpoints/http'
import { userIsAdmin } from '../../../access'
import { canUseSocial } from '../access'
import { ACCOUNTS, type Platform, PLATFORMS, POSTS } from '../constants'
import { countPostImages } from './images'
import { GENERATED_IMAGES_FIELD, postsHaveGeneratedImages } from './generated-images'
import { checkPostLimits } from './limits'
import { formatInZone, isTimeZone, parseLocalDateTime } from './recurrence'
import { outsideRequestScope } from '../../../db/request-transaction'
import { runPublishing } from './publishing'
import { type Actor, checkTransition, DELETABLE, EDITABLE, type PostStatus } from './transitions'

type Doc = Record<string, any>

const MAX_ID = 2_147_483_647
const id = z.union([z.number().int().positive().max(MAX_ID), z.string().regex(/^\d{1,10}$/).transform(Number)]).refine((n) => n <= MAX_ID, 'not a known id')

const postFields = {
  title: z.string().max(120),
  caption: z.string().max(63206),
  variants: z.array(z.object({ platform: z.enum(PLATFORMS), caption: z.string().max(63206) }).strict()).max(PLATFORMS.length),
  imageIds: z.array(id).max(4),
  /** Approved images of the ai-images plugin (when it is on): their files are published with the post. */
  generatedImageIds: z.array(id).max(4),
  accountIds: z.array(id).min(1).max(10),
  scheduledAt: z.string().max(40),
  timezone: z.string().max(64),
}
export const postInput = z
  .object({
    ...postFields,
    title: postFields.title.optional(),
    caption: postFields.caption.default(''),
    variants: postFields.variants.optional(),
    imageIds: postFields.imageIds.optional(),
    generatedImageIds: postFields.generatedImageIds.optional(),
    timezone: postFields.timezone.default('UTC'),
    draft: z.boolean().optional(),
  })
  .strict()
export type PostInput = z.infer<typeof postInput>
/** An edit: only the fields given change (no defaults: an absent time zone keeps the post's). */
export const postUpdate = z.object(postFields).partial().strict()

export function requireSocialUser(req: PayloadRequest) {
  if (!canUseSocial(req.user)) throw forbidden('Only marketers, editors and admins may publish on social accounts.')
  return req.user!
}

const actorsOf = (req: PayloadRequest, post: Doc): Actor[] => {
  const ownerId = typeof post.owner === 'object' ? post.owner.id : post.owner
  const actors: Actor[] = []
  if (req.user && ownerId === req.user.id) actors.push('owner')
  if (userIsAdmin(req.user)) actors.push('admin')
  return actors
}

/** The post if the user may see it (owner or admin); 404 otherwise (no hint that it exists). */
export async function postFor(req: PayloadRequest, postId: string | number): Promise<Doc> {
  const n = Number(postId)
  if (!Number.isInteger(n) || n <= 0 || n > MAX_ID) throw badRequest('The post id must be a positive integer.')
  const doc = await req.payload.findByID({ collection: POSTS, id: n, req, overrideAccess: false, user: req.user, depth: 0, disableErrors: true })
  if (!doc) throw notFound('No such post.')
  return doc as Doc
}

/** Checks ownership of accounts and images, the time, and every platform's limits; returns the data to store. */
async function prepare(req: PayloadRequest, input: Partial<PostInput>, current?: Doc) {
  const timezone = input.timezone ?? current?.timezone ?? 'UTC'
  if (!isTimeZone(timezone)) throw badRequest(`timezone: unknown time zone "${timezone}".`)
  const data: Doc = {}
  let scheduledAt: Date | undefined = current ? new Date(current.scheduledAt) : undefined
  if (input.scheduledAt !== undefined) {
    const parsed = parseLocalDateTime(input.scheduledAt, timezone)
    if (!parsed) throw badRequest('scheduledAt: give a date-time, e.g. 2026-10-30T18:00 (in the time zone) or 2026-10-30T16:00:00Z.')
    if (parsed.getTime() < Date.now() - 60_000) throw unprocessable('scheduledAt: the time is in the past; use publish-now to publish at once.')
    if (parsed.getTime() > Date.now() + 400 * 86_400_000) throw unprocessable('scheduledAt: at most 400 days ahead.')
    scheduledAt = parsed
    data.scheduledAt = parsed.toISOString()
  }
  if (scheduledAt && (input.scheduledAt !== undefined || input.timezone !== undefined)) {
    data.timezone = timezone
    data.scheduledLocal = formatInZone(scheduledAt, timezone)
  }
  const owner = current ? (typeof current.owner === 'object' ? current.owner.id : current.owner) : req.user!.id
  let platforms: Platform[] = (current?.targets ?? []).map((t: Doc) => t.platform)
  if (input.accountIds) {
    const ids = [...new Set(input.accountIds)]
    const accounts = await req.payload.find({ collection: ACCOUNTS, where: { and: [{ id: { in: ids } }, { owner: { equals: owner } }] }, limit: ids.length, depth: 0, req, overrideAccess: true })
    if (accounts.docs.length !== ids.length) throw unprocessable('accountIds: every account must be one of your connected social accounts.')
    data.targets = ids.map((aid) => {
      const a = accounts.docs.find((d) => d.id === aid)!
      return { account: a.id, platform: a.platform, state: 'pending', attempts: 0 }
    })
    platforms = data.targets.map((t: Doc) => t.platform)
  }
  if (input.imageIds) {
    const ids = [...new Set(input.imageIds)]
    // the user's own media, or public media they can read
    const media = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, limit: ids.length, depth: 0, req, overrideAccess: false, user: req.user })
    if (media.docs.length !== ids.length) throw unprocessable('imageIds: an image does not exist or is not yours to use.')
    if (media.docs.some((m) => !String(m.mimeType ?? '').startsWith('image/'))) throw unprocessable('imageIds: only images can be published.')
    data.images = ids
  }
  if (input.generatedImageIds) {
    // the field is the ai-images plugin's (it validates: approved images only); absent when that plugin is off
    if (!postsHaveGeneratedImages(req)) throw unprocessable('generatedImageIds: AI images are not enabled on this platform.')
    data[GENERATED_IMAGES_FIELD] = [...new Set(input.generatedImageIds)]
  }
  for (const key of ['title', 'caption', 'variants'] as const) if (input[key] !== undefined) data[key] = input[key]
  const merged = { ...current, ...data }
  const imageCount = await countPostImages(req.payload, merged, req)
  const problems = checkPostLimits({ caption: merged.caption ?? '', variants: merged.variants, platforms, imageCount })
  if (problems.length) throw unprocessable(problems.join(' '), { problems })
  return { data, owner }
}

export async function schedulePost(req: PayloadRequest, input: PostInput) {
  requireSocialUser(req)
  const { data, owner } = await prepare(req, input)
  const doc = await req.payload.create({
    collection: POSTS,
    data: { ...data, owner, status: input.draft ? 'draft' : 'scheduled' } as never,
    req,
    overrideAccess: true,
    depth: 0,
    context: { postTransition: true },
  })
  return doc
}

export async function updatePost(req: PayloadRequest, postId: string, input: z.infer<typeof postUpdate>) {
  requireSocialUser(req)
  const post = await postFor(req, postId)
  if (!EDITABLE.includes(post.status)) throw conflict(`A post that is ${post.status} cannot be edited any more (only while ${EDITABLE.join(' or ')}).`)
  const { data } = await prepare(req, input, post)
  // a conditional write: refused if the job claimed the post meanwhile
  const updated = await req.payload.update({
    collection: POSTS,
    where: { and: [{ id: { equals: post.id } }, { status: { in: EDITABLE } }] },
    data: data as never,
    req,
    overrideAccess: true,
    depth: 0,
    context: { postTransition: true },
  })
  if (!updated.docs.length) throw conflict('The post is being published and can no longer be edited.')
  return updated.docs[0]
}

export async function movePost(req: PayloadRequest, postId: string, to: PostStatus) {
  requireSocialUser(req)
  const post = await postFor(req, postId)
  const check = checkTransition(post.status, to, actorsOf(req, post))
  if (!check.ok) throw conflict(check.message)
  const data: Doc = { status: to }
  if (to === 'retry') {
    data.attempts = 0
    data.nextAttemptAt = null
    data.targets = post.targets.map((t: Doc) => (t.state === 'failed' ? { ...t, state: 'pending' } : t))
  }
  const updated = await req.payload.update({
    collection: POSTS,
    where: { and: [{ id: { equals: post.id } }, { status: { equals: post.status } }] },
    data: data as never,
    req,
    overrideAccess: true,
    depth: 0,
    context: { postTransition: true },
  })
  if (!updated.docs.length) throw conflict('The post changed meanwhile (the publishing job took it); reload it.')
  return updated.docs[0]
}

export async function deletePost(req: PayloadRequest, postId: string) {
  requireSocialUser(req)
  const post = await postFor(req, postId)
  if (!DELETABLE.includes(post.status)) throw conflict(`A post that is ${post.status} cannot be deleted now.`)
  const res = await req.payload.delete({ collection: POSTS, where: { and: [{ id: { equals: post.id } }, { status: { in: DELETABLE } }] }, req, overrideAccess: true })
  if (!res.docs.length) throw conflict('The post is being published and cannot be deleted now.')
  return { id: post.id, deleted: true }
}

/** publish-now: the owner claims the post at once (same claim as the job: never twice). */
export async function publishNow(req: PayloadRequest, postId: string) {
  requireSocialUser(req)
  const post = await postFor(req, postId)
  const check = checkTransition(post.status, 'publishing', actorsOf(req, post))
  if (!check.ok) throw conflict(check.message)
  // each step commits on its own connection, not in this request's transaction
  const report = await outsideRequestScope(() => runPublishing(req.payload, { postId: post.id }))
  if (!report.claimed) throw conflict('The post is already being published.')
  return { report, post: await postFor(req, post.id) }
}

export const listQuery = z
  .object({
    status: z.enum(['draft', 'scheduled', 'publishing', 'published', 'retry', 'failed', 'waiting', 'cancelled']).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    account: id.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()

export async function listPosts(req: PayloadRequest, q: z.infer<typeof listQuery>) {
  requireSocialUser(req)
  const and: Where[] = []
  if (q.status) and.push({ status: { equals: q.status } })
  if (q.from) and.push({ scheduledAt: { greater_than_equal: q.from } })
  if (q.to) and.push({ scheduledAt: { less_than: q.to } })
  if (q.account) and.push({ 'targets.account': { equals: q.account } })
  return req.payload.find({ collection: POSTS, where: and.length ? { and } : {}, sort: 'scheduledAt', page: q.page, limit: q.limit, depth: 0, req, overrideAccess: false, user: req.user })
}

export const calendarQuery = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    timezone: z.string().max(64).default('UTC'),
  })
  .strict()

/** The content calendar: the user's posts (all for admins) between two local dates, grouped by local day. */
export async function calendar(req: PayloadRequest, q: z.infer<typeof calendarQuery>) {
  requireSocialUser(req)
  if (!isTimeZone(q.timezone)) throw badRequest(`timezone: unknown time zone "${q.timezone}".`)
  const from = parseLocalDateTime(`${q.from}T00:00`, q.timezone)
  const to = parseLocalDateTime(`${q.to}T00:00`, q.timezone)
  if (!from || !to) throw badRequest('from/to: give dates as YYYY-MM-DD.')
  const end = new Date(to.getTime() + 86_400_000)
  if (end <= from) throw badRequest('to: must be on or after from.')
  if (end.getTime() - from.getTime() > 62 * 86_400_000) throw badRequest('A calendar covers at most 62 days.')
  const posts = await req.payload.find({
    collection: POSTS,
    where: { and: [{ scheduledAt: { greater_than_equal: from.toISOString() } }, { scheduledAt: { less_than: end.toISOString() } }] },
    sort: 'scheduledAt',
    limit: 2000,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
  })
  const days = new Map<string, Doc[]>()
  for (const p of posts.docs as Doc[]) {
    const local = formatInZone(new Date(p.scheduledAt), q.timezone)
    const day = local.slice(0, 10)
    const list = days.get(day) ?? []
    list.push({ id: p.id, title: p.title, caption: p.caption, status: p.status, time: local.slice(11, 16), platforms: (p.targets ?? []).map((t: Doc) => t.platform) })
    days.set(day, list)
  }
  return { timezone: q.timezone, from: q.from, to: q.to, days: [...days.entries()].map(([date, items]) => ({ date, posts: items })) }
}
