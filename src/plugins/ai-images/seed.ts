/**
 * Demo data (always with the local renderer, so `npm start` works offline): tags, and the demo
 * marketer's images in every state — approved, rejected (with a reason), generated (to review),
 * failed (a moderation refusal) and pending.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'
import { IMAGES, SYSTEM, TAGS } from './constants'
import { localRenderer } from './providers'
import { requestGeneration, runGeneration } from './services/generate'
import { generateSchema } from './services/options'
import { reviewImage } from './services/review'

const TAG_DEFS = [
  { name: 'Soirée bachata', colour: '#e11d48' },
  { name: 'Menu du jour', colour: '#f59e0b' },
  { name: 'Promo été', colour: '#0ea5e9' },
]

export async function seedAiImages(payload: Payload, context: SeedContext): Promise<void> {
  const marketer = context.usersByRole.marketer?.[0]
  const editor = context.usersByRole.editor?.[0]
  if (!marketer || !editor) return
  const tags: number[] = []
  for (const t of TAG_DEFS) {
    const doc = await payload.create({ collection: TAGS, data: t as never, overrideAccess: true, context: { skipAudit: true } })
    tags.push(doc.id as number)
  }
  const marketerUser = await payload.findByID({ collection: 'users', id: marketer.id, depth: 0, overrideAccess: true })
  const editorUser = await payload.findByID({ collection: 'users', id: editor.id, depth: 0, overrideAccess: true })
  const asMarketer = await createLocalReq({ user: { ...marketerUser, collection: 'users' } as never }, payload)
  const asEditor = await createLocalReq({ user: { ...editorUser, collection: 'users' } as never }, payload)
  const system = await createLocalReq({}, payload)
  const renderer = localRenderer()

  const make = async (input: Record<string, unknown>) => {
    const doc = await requestGeneration(asMarketer, generateSchema().parse(input))
    return doc.id as number
  }
  const generated = async (input: Record<string, unknown>) => {
    const id = await make(input)
    await runGeneration(system, id, renderer)
    return id
  }

  const approved = await generated({ prompt: 'Couple dancing bachata at sunset on a rooftop in Abidjan', style: 'photographic', tags: [tags[0]], n: 2 })
  await reviewImage(asEditor, String(approved), 'approved')
  const rejected = await generated({ prompt: 'Plate of attiéké with grilled fish, top view', style: 'illustration', tags: [tags[1]] })
  await reviewImage(asEditor, String(rejected), 'rejected', 'The fish looks burnt; try a brighter style.')
  await generated({ prompt: 'Summer sale poster with palm trees', style: 'pop-art', size: '1024x1536', tags: [tags[2]] })
  // a moderation refusal as the provider reports it
  const failed = await make({ prompt: 'Poster of a festival crowd', style: 'minimalist', tags: [tags[0]] })
  await payload.update({
    collection: IMAGES,
    id: failed,
    data: { status: 'failed', provider: 'openai', model: 'gpt-image-1', errorCode: 'moderation_blocked', errorMessage: "Refused by the provider's moderation: (demo) Your request was rejected by the safety system.", completedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    context: { [SYSTEM]: true },
  })
  // left pending: its job is queued and runs with the configured provider
  await make({ prompt: 'Flyer for a salsa night, neon lights', style: '3d-render', tags: [tags[0], tags[2]] })
  logger.info('ai-images: 3 tags and 4 images (approved, rejected, generated, failed) seeded with the local renderer; 1 pending')
}
