/**
 * Generation: the request (limits checked under a per-user lock, a `pending` document and its job
 * written in one transaction) and the job (claim the document, call the provider with retries
 * outside any transaction, then store the files, the result, the history row and the
 * notification in one transaction).
 */
import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import { HttpError, badRequest, conflict } from '../../../endpoints/http'
import { mediaGrant, setMediaAccess } from '../../../collections/media-access'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { logger } from '../../../lib/logger'
import { AI_IMAGES_QUEUE, GENERATE_TASK, HISTORY, IMAGES, MEDIA_GRANT, SYSTEM, TAGS } from '../constants'
import { imageProvider, type ImageProvider, ProviderError, type GenerateRequest, type GenerateResult } from '../providers'
import { COST_CURRENCY, estimateCostCents } from './cost'
import { fullPrompt, type GenerateInput, limits, type StylePreset } from './options'
import { notifyRequester } from './notify'
import { RetriesExhausted, withRetries } from './retry'
import { checkTransition, type ImageStatus } from './transitions'

type Id = number
type ImageDoc = {
  id: Id
  prompt: string
  style: StylePreset
  size: GenerateInput['size']
  quality: GenerateInput['quality']
  background: GenerateInput['background']
  outputFormat: GenerateInput['outputFormat']
  n: number
  status: ImageStatus
  requester: Id | { id: Id }
}

const idOf = (v: Id | { id: Id }) => (typeof v === 'object' ? v.id : v)

/** Test hook: the lock that makes quota and concurrency checks exact under concurrent requests. */
let serialize = true
export const setRequestLockForTests = (on: boolean) => {
  serialize = on
}

export type Usage = { inFlight: number; today: number }

/** The user's running requests and the images they asked for today (UTC), failed ones excluded. */
export async function usageOf(req: PayloadRequest, userId: Id): Promise<Usage> {
  const [row] = await rows<{ in_flight: number | string; today: number | string }>(
    req,
    sql`SELECT count(*) FILTER (WHERE status IN ('pending', 'generating')) AS in_flight,
               coalesce(sum(n) FILTER (WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AND status <> 'failed'), 0) AS today
          FROM generated_images WHERE requester_id = ${userId}`,
  )
  return { inFlight: Number(row?.in_flight ?? 0), today: Number(row?.today ?? 0) }
}

/** POST /api/images/generate: checks the limits, writes the `pending` document and queues its job. */
export async function requestGeneration(req: PayloadRequest, input: GenerateInput) {
  const user = req.user as { id: Id }
  const { dailyQuota, maxConcurrent } = limits()
  return inTransaction(req, async () => {
    if (input.tags.length) {
      const found = await req.payload.find({ collection: TAGS, where: { id: { in: input.tags } }, depth: 0, limit: input.tags.length, pagination: false, req, overrideAccess: true })
      const known = new Set(found.docs.map((d) => d.id))
      const unknown = input.tags.filter((t) => !known.has(t))
      if (unknown.length) throw badRequest(`tags: unknown tag id(s) ${unknown.join(', ')}.`)
    }
    if (serialize) await rows(req, sql`SELECT pg_advisory_xact_lock(hashtext(${`ai-images:requests:${user.id}`}))`)
    const usage = await usageOf(req, user.id)
    if (usage.inFlight >= maxConcurrent) {
      throw new HttpError(429, `You already have ${usage.inFlight} generation(s) running; the limit is ${maxConcurrent} at a time. Try again when one has finished.`, { limit: maxConcurrent, inFlight: usage.inFlight })
    }
    if (usage.today + input.n > dailyQuota) {
      throw new HttpError(429, `Daily quota reached: ${usage.today} of ${dailyQuota} images used today (UTC); this request asks for ${input.n}.`, { quota: dailyQuota, used: usage.today })
    }
    const doc = await req.payload.create({
      collection: IMAGES,
      data: {
        prompt: input.prompt,
        style: input.style,
        size: input.size,
        quality: input.quality,
        background: input.background,
        outputFormat: input.outputFormat,
        n: input.n,
        tags: input.tags,
        status: 'pending',
        requester: user.id,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
      context: { [SYSTEM]: true },
    })
    await req.payload.jobs.queue({ task: GENERATE_TASK as never, input: { imageId: doc.id } as never, queue: AI_IMAGES_QUEUE, req })
    return doc
  })
}

async function move(req: PayloadRequest, image: ImageDoc, to: ImageStatus, data: Record<string, unknown>) {
  const check = checkTransition(image.status, to, ['system'])
  if (!check.ok) throw conflict(check.message)
  return req.payload.update({ collection: IMAGES, id: image.id, data: { ...data, status: to } as never, req, overrideAccess: true, depth: 0, context: { [SYSTEM]: true } })
}

type Attempt = {
  provider: string
  model: string
  outcome: 'failed' | 'moderation_blocked' | 'success'
  attempts: number
  durationMs: number
  costEstimate: null | number
  errorCode?: string
  errorMessage?: string
}

/** One `image-generation-history` row per job run, in the caller's transaction. */
async function recordAttempt(req: PayloadRequest, image: ImageDoc, attempt: Attempt) {
  await req.payload.create({
    collection: HISTORY,
    data: { image: image.id, requester: idOf(image.requester), prompt: image.prompt, params: historyParams(image), currency: COST_CURRENCY, ...attempt } as never,
    req,
    overrideAccess: true,
  })
}

const historyParams = (image: ImageDoc) => ({ style: image.style, size: image.size, quality: image.quality, background: image.background, outputFormat: image.outputFormat, n: image.n })

/**
 * The job: generates the images of one `pending` document. Idempotent: any other status is left
 * alone. `provider` defaults to the configured one (the seed passes the local renderer).
 */
export async function runGeneration(req: PayloadRequest, imageId: Id, provider: ImageProvider = imageProvider()): Promise<string> {
  // claim atomically: two runners never both call the provider for one document
  const claimed = await rows(req, sql`UPDATE generated_images SET status = 'generating', updated_at = now() WHERE id = ${imageId} AND status = 'pending' RETURNING id`)
  if (!claimed.length) return 'skipped: not pending'
  const image = (await req.payload.findByID({ collection: IMAGES, id: imageId, depth: 0, req, overrideAccess: true })) as unknown as ImageDoc
  const requester = idOf(image.requester)
  const policy = limits()
  const request: GenerateRequest = {
    prompt: fullPrompt(image.prompt, image.style),
    userPrompt: image.prompt,
    size: image.size,
    quality: image.quality,
    background: image.background,
    outputFormat: image.outputFormat,
    n: image.n,
    endUser: createHash('sha256').update(`vibe-user:${requester}`).digest('hex').slice(0, 32),
  }
  const started = Date.now()
  let result: GenerateResult
  let attempts = 1
  try {
    const done = await withRetries(() => provider.generate(request), { maxAttempts: policy.maxAttempts, baseDelayMs: policy.retryBaseDelayMs, maxDelayMs: policy.retryMaxDelayMs })
    result = done.value
    attempts = done.attempts
  } catch (err) {
    const last = err instanceof RetriesExhausted ? err.last : err
    attempts = err instanceof RetriesExhausted ? err.attempts : 1
    const perr = last instanceof ProviderError ? last : new ProviderError(last instanceof Error ? last.message : String(last), 'server_error', false)
    await fail(req, image, provider.name, provider.model, perr.code, perr.message, Date.now() - started, attempts)
    return `failed: ${perr.code}`
  }
  const durationMs = Date.now() - started
  try {
    await inTransaction(req, async () => {
      const stored = []
      for (const [i, file] of result.images.entries()) {
        const media = await req.payload.create({
          collection: 'media',
          data: { alt: image.prompt.slice(0, 300), caption: `AI image #${image.id} (${result.model})`.slice(0, 500), uploadedBy: requester } as never,
          file: { data: file.data, mimetype: file.mimeType, name: `ai-image-${image.id}-${i + 1}.${file.extension}`, size: file.data.length },
          req,
          overrideAccess: true,
          depth: 0,
        })
        // private to the requester and staff until approved
        await setMediaAccess(req, media.id, mediaGrant(MEDIA_GRANT, image.id))
        stored.push({ media: media.id, revisedPrompt: file.revisedPrompt })
      }
      await move(req, image, 'generated', {
        images: stored,
        provider: result.provider,
        model: result.model,
        providerNote: result.note ?? null,
        generationMs: durationMs,
        completedAt: new Date().toISOString(),
      })
      await recordAttempt(req, image, {
        provider: result.provider,
        model: result.model,
        outcome: 'success',
        attempts,
        durationMs,
        costEstimate: estimateCostCents(result.model, image.quality, image.size, result.images.length),
      })
      await notifyRequester(req, requester, 'ai-images.generated', { imageId: image.id, prompt: image.prompt.slice(0, 80), count: stored.length }, `ai-images.generated:${image.id}`)
    })
  } catch (err) {
    logger.error({ err, image: image.id }, 'ai-images: storing the generated images failed')
    await fail(req, image, result.provider, result.model, 'storage_error', `The images were generated but could not be stored: ${err instanceof Error ? err.message : String(err)}`, durationMs, attempts)
    return 'failed: storage_error'
  }
  return `generated: ${result.images.length}`
}

async function fail(req: PayloadRequest, image: ImageDoc, provider: string, model: string, code: string, message: string, durationMs: number, attempts: number) {
  const requester = idOf(image.requester)
  await inTransaction(req, async () => {
    const current = { ...image, status: 'generating' as const }
    await move(req, current, 'failed', { provider, model, errorCode: code, errorMessage: message.slice(0, 2000), generationMs: durationMs, completedAt: new Date().toISOString() })
    await recordAttempt(req, image, {
      provider,
      model,
      outcome: code === 'moderation_blocked' ? 'moderation_blocked' : 'failed',
      attempts,
      durationMs,
      // the provider charged for images it made that we failed to store
      costEstimate: code === 'storage_error' ? estimateCostCents(model, image.quality, image.size, image.n) : 0,
      errorCode: code,
      errorMessage: message.slice(0, 2000),
    })
    await notifyRequester(req, requester, 'ai-images.failed', { imageId: image.id, prompt: image.prompt.slice(0, 80), reason: message.slice(0, 300), code }, `ai-images.failed:${image.id}`)
  })
}
