import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { randomBytes } from 'node:crypto'

import { rows, sql } from '../../../../db/transaction'
import { slugify } from '../../../../lib/slugify'
import { GROUP } from '../../shared'
import { createFormations, editorsOnlyField, ownFormations, readFormations, serverOnly } from '../access'
import { formationEndpoints } from '../endpoints/formations'
import { readingMinutes, lexicalPlainText, searchTextOf, validateVideoUrl } from '../services/text'

export const FORMATIONS = 'formations'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug comes from the title when not given (or emptied); a slug already taken gets a short suffix. */
const deriveSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data || ('slug' in data ? data.slug : originalDoc?.slug)) return data
  const title = data.title ?? originalDoc?.title
  if (typeof title !== 'string' || !title) return data
  const base = slugify(title, 'formation').slice(0, 180)
  const others = originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []
  const taken = await req.payload.count({ collection: FORMATIONS, where: { and: [{ slug: { equals: base } }, ...others] }, req, overrideAccess: true })
  data.slug = taken.totalDocs ? `${base}-${randomBytes(3).toString('hex')}` : base
  return data
}

/**
 * What the server sets: the author (the creator; the Local API without a user may name one), the
 * first publication date, the view count as stored, and per locale the reading time and the folded
 * search text. The stored row is read `FOR UPDATE` (in the save's transaction): a draft's snapshot
 * may hold an old view count, and a view flush waits for the save instead of being overwritten.
 */
const setServerFields: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const [stored] =
    operation === 'update' && originalDoc?.id
      ? await rows<{ author_id: null | number; published_at: Date | null | string; views: null | number }>(
          req,
          sql`SELECT author_id, published_at, views FROM formations WHERE id = ${Number(originalDoc.id)} FOR UPDATE`,
        )
      : []
  if (operation === 'create') data.author = req.user ? req.user.id : (data.author ?? null)
  else data.author = stored?.author_id ?? originalDoc?.author ?? null
  const published = (data._status ?? originalDoc?._status) === 'published'
  const firstPublished = stored?.published_at ? new Date(stored.published_at).toISOString() : originalDoc?.publishedAt
  data.publishedAt = firstPublished ?? (published ? new Date().toISOString() : null)
  data.views = Number(stored?.views ?? originalDoc?.views ?? 0)
  const content = data.content !== undefined ? data.content : originalDoc?.content
  data.readingTimeMinutes = readingMinutes(lexicalPlainText(content))
  data.searchText = searchTextOf({ title: data.title ?? originalDoc?.title, excerpt: data.excerpt ?? originalDoc?.excerpt, content })
  return data
}

/** Articles of BachataVibe ("Formation"): drafts and versions, search, batched view counts. */
export const Formations: CollectionConfig = {
  slug: FORMATIONS,
  labels: { singular: { en: 'Formation (article)', fr: 'Formation (article)' }, plural: { en: 'Formations', fr: 'Formations' } },
  admin: {
    group: GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'difficulty', 'author', '_status', 'views', 'publishedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  // drafts are validated too: a draft never stores a bad URL or an overlong meta description
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: { read: readFormations, create: createFormations, update: ownFormations, delete: ownFormations },
  defaultSort: '-publishedAt',
  endpoints: formationEndpoints,
  hooks: { beforeValidate: [deriveSlug], beforeChange: [setServerFields] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Title', fr: 'Titre' } },
    {
      // not `required`: the admin form validates before the hook fills it from the title
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 200,
      validate: ((v: unknown) => v === null || v === undefined || v === '' || (typeof v === 'string' && SLUG.test(v)) || 'slug: lowercase letters, digits and dashes') as never,
      admin: { position: 'sidebar', description: { en: 'Made from the title when empty.', fr: 'Construit à partir du titre si vide.' } },
      label: { en: 'Slug', fr: 'Slug' },
    },
    { name: 'excerpt', type: 'textarea', localized: true, maxLength: 300, label: { en: 'Excerpt', fr: 'Extrait' } },
    { name: 'content', type: 'richText', localized: true, label: { en: 'Content', fr: 'Contenu' } },
    { name: 'category', type: 'relationship', relationTo: 'formation-categories', required: true, index: true, label: { en: 'Category', fr: 'Catégorie' } },
    {
      name: 'difficulty',
      type: 'select',
      required: true,
      defaultValue: 'beginner',
      index: true,
      options: [
        { value: 'beginner', label: { en: 'Beginner', fr: 'Débutant' } },
        { value: 'intermediate', label: { en: 'Intermediate', fr: 'Intermédiaire' } },
        { value: 'advanced', label: { en: 'Advanced', fr: 'Avancé' } },
      ],
      label: { en: 'Difficulty', fr: 'Difficulté' },
    },
    { name: 'featuredImage', type: 'upload', relationTo: 'media', label: { en: 'Featured image', fr: 'Image à la une' } },
    {
      name: 'videoUrl',
      type: 'text',
      maxLength: 500,
      validate: validateVideoUrl as never,
      admin: { description: { en: 'http(s) link, e.g. a YouTube video', fr: 'Lien http(s), p. ex. une vidéo YouTube' } },
      label: { en: 'Video URL', fr: 'URL de la vidéo' },
    },
    {
      name: 'metaDescription',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      admin: { description: { en: 'SEO: 160 characters at most', fr: 'SEO : 160 caractères maximum' } },
      label: { en: 'Meta description (SEO)', fr: 'Méta-description (SEO)' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Set to the creator', fr: 'Le créateur de la formation' } },
      label: { en: 'Author', fr: 'Auteur' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar', description: { en: 'Set by editors', fr: 'Choisi par les éditeurs' } },
      label: { en: 'Featured', fr: 'À la une' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { en: 'First published at', fr: 'Publié le' },
    },
    {
      name: 'readingTimeMinutes',
      type: 'number',
      min: 1,
      localized: true,
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Computed from the content (200 words a minute)', fr: 'Calculé à partir du contenu (200 mots par minute)' } },
      label: { en: 'Reading time (minutes)', fr: 'Temps de lecture (minutes)' },
    },
    {
      name: 'views',
      type: 'number',
      min: 0,
      defaultValue: 0,
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Counted in batches', fr: 'Compté par lots' } },
      label: { en: 'Views', fr: 'Vues' },
    },
    {
      // folded title + excerpt + content of each locale: what GET /api/formations/search matches
      name: 'searchText',
      type: 'textarea',
      localized: true,
      hidden: true,
      access: { create: serverOnly, update: serverOnly },
      label: { en: 'Search text', fr: 'Texte de recherche' },
    },
  ],
}
