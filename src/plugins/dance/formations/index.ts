/**
 * Dance plugin part "formations": articles (`formations`) in hierarchical categories
 * (`formation-categories`, parent + breadcrumbs from @payloadcms/plugin-nested-docs), full-text
 * search with accents folded, views counted in batches. Theory courses are the `learning` plugin's
 * (seeded here, see theory-seed.ts). See README.md.
 */
import type { Config, Payload } from 'payload'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

import { FORMATION_CATEGORIES, FormationCategories } from './collections/formation-categories'
import { Formations } from './collections/formations'
import { seedFormationArticles } from './seed'
import { seedTheory } from './theory-seed'

export { flushFormationViews } from './services/views'

const nested = nestedDocsPlugin({
  collections: [FORMATION_CATEGORIES],
  generateLabel: (_docs, doc) => String(doc.name ?? ''),
  generateURL: (docs) => docs.map((d) => `/${String(d.slug ?? d.id)}`).join(''),
})

export const formationsPart: DancePart = (config) => {
  const withCollections: Config = { ...config, collections: [...(config.collections ?? []), FormationCategories, Formations] }
  // the nested-docs transform is synchronous: it only touches `formation-categories`
  const result = nested(withCollections)
  if (result instanceof Promise) throw new Error('plugin-nested-docs returned a promise: the formations part expects a synchronous transform')
  return result
}

export async function seedFormations(payload: Payload, context: SeedContext): Promise<void> {
  await seedFormationArticles(payload, context)
  await seedTheory(payload, context)
}
