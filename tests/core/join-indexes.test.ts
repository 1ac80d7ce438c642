/**
 * Every join the postgres adapter makes has an index led by its column: reading a list's
 * localized columns, arrays, blocks, relationships or versions by parent must never scan a table.
 *
 * Read from pg_catalog, so a collection added tomorrow is covered without touching this file:
 * - every foreign key (`_locales._parent_id`, arrays' and blocks' `_parent_id`, `_rels.parent_id`
 *   and `_rels.<target>_id`, versions' `parent_id`, `_texts`/`_numbers`' `parent_id`,
 *   relationship and upload columns) is the leading column(s) of an index;
 * - every `_rels` table has an index on `(parent_id, path)` (the adapter fetches a document's
 *   relations by parent and filters hasMany relationships by path) and one led by `path`.
 *
 * Checked twice: on the database the committed migrations build (today's tables), and on the
 * schema the project's adapter config gives a new collection with every kind of joined table
 * (what `migrate:create` will emit for it): that one fails without the `joinIndexes` hook.
 */
import type { CollectionConfig, Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, dropTestDatabase } from '../helpers/server'

type Catalog = { tables: string[]; indexes: Map<string, string[][]>; foreignKeys: { table: string; columns: string[] }[] }

async function readCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = await client.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    )
    const idx = await client.query<{ table: string; columns: string[] }>(`
      SELECT t.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE i.indisvalid AND i.indpred IS NULL
       GROUP BY i.indexrelid, t.relname`)
    const fks = await client.query<{ table: string; columns: string[] }>(`
      SELECT t.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE c.contype = 'f'
       GROUP BY t.relname, c.conname`)
    const indexes = new Map<string, string[][]>()
    for (const r of idx.rows) indexes.set(r.table, [...(indexes.get(r.table) ?? []), r.columns])
    return { tables: tables.rows.map((r) => r.table), indexes, foreignKeys: fks.rows }
  } finally {
    await client.end()
  }
}

const ledBy = (indexes: string[][] | undefined, columns: string[]) => (indexes ?? []).some((index) => columns.every((c, i) => index[i] === c))

/** Every join column of the catalog that does not lead an index, as `table(columns)`. */
function unindexedJoins(catalog: Catalog, only: (table: string) => boolean = () => true): string[] {
  const missing = catalog.foreignKeys.filter((fk) => only(fk.table) && !ledBy(catalog.indexes.get(fk.table), fk.columns)).map((fk) => `${fk.table}(${fk.columns.join(', ')})`)
  for (const table of catalog.tables.filter((t) => only(t) && t.endsWith('_rels'))) {
    for (const columns of [['parent_id', 'path'], ['path']]) if (!ledBy(catalog.indexes.get(table), columns)) missing.push(`${table}(${columns.join(', ')})`)
  }
  return missing.sort()
}

describe('join indexes of the committed migrations', () => {
  let db: { name: string; url: string }
  let catalog: Catalog
  beforeAll(async () => {
    db = await createTestDatabase()
    catalog = await readCatalog(db.url)
  })
  afterAll(async () => {
    if (db) await dropTestDatabase(db.name)
  })

  it('reads the catalog of the migrated tables', () => {
    expect(catalog.tables.filter((t) => t.endsWith('_locales')).length).toBeGreaterThan(5)
    expect(catalog.tables.filter((t) => t.endsWith('_rels')).length).toBeGreaterThan(3)
    expect(catalog.tables.filter((t) => /^_.+_v$/.test(t)).length).toBeGreaterThan(0)
    expect(catalog.foreignKeys.length).toBeGreaterThan(20)
  })

  it('every join column leads an index', () => {
    expect(unindexedJoins(catalog), 'join columns without an index led by them').toEqual([])
  })
})

/** A collection the platform does not have yet, with every table kind the adapter joins. */
const Future: CollectionConfig = {
  slug: 'future-things',
  versions: { drafts: true },
  fields: [
    { name: 'title', type: 'text', localized: true },
    { name: 'tags', type: 'text', hasMany: true },
    { name: 'scores', type: 'number', hasMany: true },
    { name: 'kinds', type: 'select', hasMany: true, options: ['a', 'b'] },
    { name: 'related', type: 'relationship', relationTo: ['future-things', 'future-owners'] as never, hasMany: true },
    { name: 'owner', type: 'relationship', relationTo: 'future-owners' as never },
    { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }, { name: 'link', type: 'relationship', relationTo: 'future-owners' as never, hasMany: true }] },
    { name: 'layout', type: 'blocks', blocks: [{ slug: 'quote', fields: [{ name: 'text', type: 'text', localized: true }] }] },
  ],
}
const Owners: CollectionConfig = { slug: 'future-owners', fields: [{ name: 'name', type: 'text', localized: true }] }

describe('join indexes of a new collection (schema from the adapter config)', () => {
  let db: { name: string; url: string }
  let payload: Payload | undefined
  let catalog: Catalog
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true })
    const { buildConfig, getPayload } = await import('payload')
    const { databaseAdapter } = await import('../../src/config/build-config')
    const config = buildConfig({
      secret: 'join-indexes-test-secret-0123456789',
      collections: [Future, Owners],
      localization: { locales: ['fr', 'en'], defaultLocale: 'fr' },
      // the project's adapter, pushing the schema `migrate:create` would write a migration for
      db: databaseAdapter({ databaseUrl: db.url, push: true }),
      telemetry: false,
      logger: { options: { level: 'error' } },
    })
    // drizzle-kit's push draws a spinner on the terminal: keep the output for failures only
    const write = process.stdout.write
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      payload = await getPayload({ config, key: `join-indexes-${db.name}` })
    } finally {
      process.stdout.write = write
    }
    catalog = await readCatalog(db.url)
  })
  afterAll(async () => {
    if (payload) {
      const { closePayload } = await import('../../src/runtime/boot')
      await closePayload(payload)
    }
    if (db) await dropTestDatabase(db.name)
  })

  it('builds locales, rels, arrays, blocks, texts, numbers, selects and versions tables', () => {
    for (const table of ['future_things_locales', 'future_things_rels', 'future_things_texts', 'future_things_numbers', 'future_things_kinds', 'future_things_rows', 'future_things_rows_locales', 'future_things_blocks_quote', '_future_things_v', '_future_things_v_locales', '_future_things_v_rels']) {
      expect(catalog.tables, table).toContain(table)
    }
  })

  it('every join column leads an index', () => {
    expect(unindexedJoins(catalog, (t) => t.includes('future_')), 'join columns without an index led by them').toEqual([])
  })
})
