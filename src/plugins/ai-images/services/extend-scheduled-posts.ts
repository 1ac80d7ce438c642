/**
 * "Extending another plugin" (DESIGN.md): a social post's generated images are a field this
 * plugin adds to `scheduled-posts` in its own config transform, only when that collection exists,
 * so either plugin can be switched off alone. The field accepts approved generated images only.
 */
import type { CollectionConfig, Config, Field, PayloadRequest } from 'payload'

import { isSerialId } from '../../../lib/serial-id'
import { IMAGES } from '../constants'
import { approvedImageIds } from './approved'

export const SCHEDULED_POSTS = 'scheduled-posts'
export const FIELD_NAME = 'generatedImages'

const idOf = (v: unknown) => (v && typeof v === 'object' ? ((v as { id?: unknown; value?: unknown }).id ?? (v as { value?: unknown }).value) : v)

/** Field validation: every id must be an approved generated image. */
export async function validateApprovedImages(value: unknown, { req }: { req: PayloadRequest }): Promise<string | true> {
  if (value == null) return true
  const list = Array.isArray(value) ? value : [value]
  if (!list.length) return true
  const ids = list.map(idOf)
  const bad = ids.filter((id) => !isSerialId(id))
  if (bad.length) return `Generated images are given by id; ${bad.map((b) => JSON.stringify(b)).join(', ')} is not one.`
  const approved = await approvedImageIds(req, ids)
  const refused = ids.filter((id) => !approved.has(Number(id)))
  return refused.length ? `Only approved generated images can be scheduled; not approved (or unknown): ${refused.join(', ')}.` : true
}

export const generatedImagesField: Field = {
  name: FIELD_NAME,
  type: 'relationship',
  relationTo: IMAGES,
  hasMany: true,
  maxRows: 10,
  // the admin picker offers approved images only; validation enforces it for every API
  filterOptions: { status: { equals: 'approved' } },
  validate: validateApprovedImages as never,
  label: { en: 'Generated images (approved)', fr: 'Images générées (approuvées)' },
  admin: { description: { en: 'Only approved AI images can be published.', fr: 'Seules les images IA approuvées peuvent être publiées.' } },
}

const hasField = (c: CollectionConfig) => c.fields.some((f) => 'name' in f && f.name === FIELD_NAME)

/** Adds `generatedImages` to `scheduled-posts` when that collection exists (and lacks it); otherwise returns the config as it was. */
export function addGeneratedImagesToScheduledPosts(config: Config): Config {
  const collections = config.collections ?? []
  if (!collections.some((c) => c.slug === SCHEDULED_POSTS && !hasField(c))) return config
  return {
    ...config,
    collections: collections.map((c) => (c.slug === SCHEDULED_POSTS && !hasField(c) ? { ...c, fields: [...c.fields, generatedImagesField] } : c)),
  }
}
