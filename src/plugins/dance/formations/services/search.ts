/**
 * Full-text search of published formations. Each locale's title, excerpt and content are stored
 * folded (no accents, lowercase: `searchText`, set by the collection's hook); the query is folded
 * the same way, so "theorie" finds "Théorie" and "décalé" finds "decale". Postgres full-text search
 * with the `french` configuration (stems: "decale" and "décalés" meet) on prefixes ("theo" finds
 * "théorie"), ranked by `ts_rank`, a match in the title first. A GIN index on the expression
 * (migration `…_dance_formations_constraints`) serves the match.
 */
import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import { rows, sql } from '../../../../db/transaction'
import { badRequest } from '../../../../endpoints/http'
import { prefixTsQuery, queryTerms } from './text'

export const SearchQuery = z
  .object({
    q: z.string().trim().min(2, 'at least 2 characters').max(200),
    category: z
      .string()
      .trim()
      .regex(/^(\d{1,12}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'a category id or slug')
      .max(140)
      .optional(),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    /** The locale the documents are answered in (Payload reads it); every locale's text is searched. */
    locale: z.enum(['fr', 'en']).optional(),
  })
  .strict()

export type SearchInput = z.infer<typeof SearchQuery>

export const SearchAnswer = z.object({
  docs: z.array(z.looseObject({ id: z.number(), rank: z.number() })),
  totalDocs: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  totalPages: z.number().int(),
  hasNextPage: z.boolean(),
  hasPrevPage: z.boolean(),
})

/** The category's id from an id or a slug; unknown → 400. */
async function categoryId(req: PayloadRequest, ref: string): Promise<number> {
  const where: Where = /^\d+$/.test(ref) ? { id: { equals: Number(ref) } } : { slug: { equals: ref } }
  const found = await req.payload.find({ collection: 'formation-categories', where, limit: 1, depth: 0, req, overrideAccess: false, user: req.user })
  if (!found.docs.length) throw badRequest(`category: no formation category "${ref}".`)
  return Number(found.docs[0].id)
}

export async function searchFormations(req: PayloadRequest, input: SearchInput) {
  const terms = queryTerms(input.q)
  if (!terms.length) throw badRequest('q: give at least one word (letters or digits).')
  const tsq = prefixTsQuery(terms)
  const category = input.category ? await categoryId(req, input.category) : null
  const offset = (input.page - 1) * input.limit
  // a category includes its subcategories; every locale's text is searched, the best one ranks
  const found = await rows<{ id: number; rank: number; total: number }>(
    req,
    sql`WITH RECURSIVE cats(id) AS (
          SELECT id FROM formation_categories WHERE id = ${category}
          UNION SELECT c.id FROM formation_categories c JOIN cats ON c.parent_id = cats.id
        ),
        q AS (SELECT to_tsquery('french', ${tsq}) AS query),
        hits AS (
          SELECT f.id, f.published_at,
                 max(ts_rank(to_tsvector('french', coalesce(l.search_text, '')), q.query)
                     + CASE WHEN to_tsvector('french', split_part(coalesce(l.search_text, ''), chr(10), 1)) @@ q.query THEN 1 ELSE 0 END) AS rank
            FROM formations f
            JOIN formations_locales l ON l._parent_id = f.id
            CROSS JOIN q
           WHERE f._status = 'published'
             AND to_tsvector('french', coalesce(l.search_text, '')) @@ q.query
             AND (${category}::int IS NULL OR f.category_id IN (SELECT id FROM cats))
             AND (${input.difficulty ?? null}::text IS NULL OR f.difficulty::text = ${input.difficulty ?? null})
           GROUP BY f.id, f.published_at
        )
        SELECT id, rank::float8 AS rank, count(*) OVER ()::int AS total FROM hits
         ORDER BY rank DESC, published_at DESC NULLS LAST, id DESC
         LIMIT ${input.limit} OFFSET ${offset}`,
  )
  let total = found[0]?.total ?? 0
  if (!found.length && offset > 0) {
    const [c] = await rows<{ total: number }>(
      req,
      sql`SELECT count(DISTINCT f.id)::int AS total FROM formations f JOIN formations_locales l ON l._parent_id = f.id
           WHERE f._status = 'published' AND to_tsvector('french', coalesce(l.search_text, '')) @@ to_tsquery('french', ${tsq})
             AND (${category}::int IS NULL OR f.category_id IN (
               WITH RECURSIVE cats(id) AS (SELECT id FROM formation_categories WHERE id = ${category}
                 UNION SELECT c.id FROM formation_categories c JOIN cats ON c.parent_id = cats.id) SELECT id FROM cats))
             AND (${input.difficulty ?? null}::text IS NULL OR f.difficulty::text = ${input.difficulty ?? null})`,
    )
    total = c?.total ?? 0
  }
  const ids = found.map((r) => Number(r.id))
  // the documents through Payload (access, locale, depth): still published only
  const docs = ids.length
    ? (await req.payload.find({ collection: 'formations', where: { id: { in: ids } }, limit: ids.length, depth: 1, req, overrideAccess: false, user: req.user, locale: req.locale ?? undefined })).docs
    : []
  const byId = new Map(docs.map((d) => [Number(d.id), d]))
  const ranked = found.flatMap((r) => {
    const doc = byId.get(Number(r.id))
    return doc ? [{ ...doc, rank: Math.round(Number(r.rank) * 10_000) / 10_000 }] : []
  })
  const totalPages = Math.ceil(total / input.limit)
  return { docs: ranked, totalDocs: total, page: input.page, limit: input.limit, totalPages, hasNextPage: input.page < totalPages, hasPrevPage: input.page > 1 }
}
