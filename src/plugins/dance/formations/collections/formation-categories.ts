import type { CollectionBeforeDeleteHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { anyone } from '../../../../access'
import { badRequest, conflict } from '../../../../endpoints/http'
import { slugify } from '../../../../lib/slugify'
import { GROUP } from '../../shared'
import { editorsOnly } from '../access'

export const FORMATION_CATEGORIES = 'formation-categories'

/** Levels of nesting at most (root = 1). */
export const MAX_CATEGORY_DEPTH = 4

const idOf = (v: unknown): null | number => {
  if (v === null || v === undefined || v === '') return null
  const n = Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

/** Slug from the name when missing; the parent must exist, not be the category itself or below it, and not nest too deep. */
const checkSlugAndParent: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  // made from the name when missing, or when emptied
  const name = data.name ?? originalDoc?.name
  if (('slug' in data ? !data.slug : !originalDoc?.slug) && typeof name === 'string') data.slug = slugify(name, 'categorie')
  if (!('parent' in data)) return data
  const parent = idOf(data.parent)
  if (data.parent !== null && data.parent !== undefined && data.parent !== '' && parent === null) throw badRequest('parent: must be a formation category id.')
  if (parent === null) return data
  const self = idOf(originalDoc?.id)
  let depth = 1
  for (let id: null | number = parent; id !== null; depth++) {
    if (id === self) throw badRequest('parent: a category cannot be placed under itself or one of its subcategories.')
    if (depth >= MAX_CATEGORY_DEPTH) throw badRequest(`parent: categories nest at most ${MAX_CATEGORY_DEPTH} levels deep.`)
    const doc = await req.payload.findByID({ collection: FORMATION_CATEGORIES, id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!doc) throw badRequest(`parent: formation category ${id} does not exist.`)
    id = idOf((doc as { parent?: unknown }).parent)
  }
  return data
}

/** A category that still holds subcategories or formations is not deleted (409 says which). */
const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [children, formations] = await Promise.all([
    req.payload.count({ collection: FORMATION_CATEGORIES, where: { parent: { equals: id } }, req, overrideAccess: true }),
    req.payload.count({ collection: 'formations', where: { category: { equals: id } }, req, overrideAccess: true }),
  ])
  if (children.totalDocs || formations.totalDocs) {
    throw conflict(`This category still holds ${children.totalDocs} subcategories and ${formations.totalDocs} formations: move them first.`)
  }
}

/**
 * Hierarchical categories of formations. `parent` and `breadcrumbs` (labels from the name, URLs
 * from the slugs: `/technique/guidage`) are added by @payloadcms/plugin-nested-docs in the part's
 * config transform, which also re-saves the subcategories when a parent changes.
 */
export const FormationCategories: CollectionConfig = {
  slug: FORMATION_CATEGORIES,
  labels: { singular: { en: 'Formation category', fr: 'Catégorie de formation' }, plural: { en: 'Formation categories', fr: 'Catégories de formations' } },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug', 'parent', 'order'] },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  defaultSort: 'order',
  hooks: { beforeValidate: [checkSlugAndParent], beforeDelete: [refuseDeleteInUse] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      // not `required`: the admin form validates before the hook fills it from the name
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 140,
      validate: ((v: unknown) => v === null || v === undefined || v === '' || (typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)) || 'slug: lowercase letters, digits and dashes') as never,
      admin: { description: { en: 'Made from the name when empty; used in the breadcrumbs URLs.', fr: "Construit à partir du nom si vide ; sert aux URL du fil d'Ariane." } },
      label: { en: 'Slug', fr: 'Slug' },
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Description', fr: 'Description' } },
    { name: 'icon', type: 'text', maxLength: 60, admin: { description: { en: 'Icon name, e.g. music', fr: "Nom d'icône, p. ex. music" } }, label: { en: 'Icon', fr: 'Icône' } },
    { name: 'order', type: 'number', min: 0, max: 100_000, defaultValue: 0, index: true, label: { en: 'Order', fr: 'Ordre' } },
  ],
}
