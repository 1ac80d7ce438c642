/**
 * Indexes for every join the postgres adapter makes, on every table it builds — today's and
 * any collection added later, so `npm run migrate:create` emits them with the new tables.
 *
 * Payload indexes arrays', blocks' and selects' `_parent_id`, `_rels.parent_id` and versions'
 * `parent_id`, but not `<table>_locales._parent_id` (its only index is the unique
 * `(_locale, _parent_id)`, led by the locale) nor `<table>_texts` / `_numbers`' `parent_id` (led
 * by `order`): reading a list's localized columns by parent scanned the whole locales table. So:
 * - every foreign key column (table-level and inline) that does not lead an index gets one;
 * - every `_rels` table gets `(parent_id, path)`: the adapter reads a document's relations by
 *   parent and filters a hasMany relationship by parent and path.
 *
 * A `beforeSchemaInit` hook on the raw schema: the tables Drizzle builds, the snapshot
 * `migrate:create` diffs and the test template all see the same indexes.
 * `tests/core/join-indexes.test.ts` reads the migrated catalog and fails when a join lacks one.
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { createHash } from 'node:crypto'

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

type RawIndex = { name: string; on: string | string[]; unique?: boolean }
type RawTable = {
  name: string
  columns: Record<string, { name: string; reference?: unknown }>
  foreignKeys?: Record<string, { columns: string[] }>
  indexes?: Record<string, RawIndex>
}
type RawSchemaAdapter = { rawTables: Record<string, RawTable>; indexes: Set<string>; relationshipsSuffix?: string }

/** Postgres truncates identifiers past 63 bytes; long names keep a hash of the full one. */
const MAX_IDENTIFIER = 63

export function joinIndexName(table: string, columns: string[], taken: Set<string>): string {
  const full = `${table}_${columns.join('_')}_idx`
  let name = full.length <= MAX_IDENTIFIER ? full : `${full.slice(0, MAX_IDENTIFIER - 9)}_${createHash('sha1').update(full).digest('hex').slice(0, 8)}`
  for (let n = 1; taken.has(name); n++) name = `${name.slice(0, MAX_IDENTIFIER - String(n).length - 1)}_${n}`
  return name
}

/** Does an index of `table` start with `columns` (column keys of the raw table), in that order? */
function isLed(table: RawTable, columns: string[]): boolean {
  return Object.values(table.indexes ?? {}).some((index) => {
    const on = Array.isArray(index.on) ? index.on : [index.on]
    return columns.every((c, i) => on[i] === c)
  })
}

/** Column-key lists (raw table keys, not SQL names) that the adapter joins on, for one table. */
export function joinColumns(table: RawTable, relationshipsSuffix = '_rels'): string[][] {
  const joins: string[][] = []
  for (const fk of Object.values(table.foreignKeys ?? {})) joins.push(fk.columns)
  for (const [key, column] of Object.entries(table.columns)) if (column.reference) joins.push([key])
  if (table.name.endsWith(relationshipsSuffix) && table.columns.parent && table.columns.path) joins.push(['parent', 'path'])
  return joins
}

/** Adds the missing join indexes to the raw tables (mutates `adapter.rawTables`). */
export function addJoinIndexes(adapter: RawSchemaAdapter): void {
  for (const table of Object.values(adapter.rawTables)) {
    for (const columns of joinColumns(table, adapter.relationshipsSuffix)) {
      if (isLed(table, columns)) continue
      const sqlNames = columns.map((key) => table.columns[key]?.name ?? key)
      const name = joinIndexName(table.name, sqlNames, adapter.indexes)
      adapter.indexes.add(name)
      table.indexes = { ...table.indexes, [`${columns.join('_')}JoinIdx`]: { name, on: columns.length === 1 ? columns[0] : columns } }
    }
  }
}

/** The postgres adapter hook (`beforeSchemaInit`). */
export const joinIndexes: SchemaHook = ({ adapter, schema }) => {
  addJoinIndexes(adapter as unknown as RawSchemaAdapter)
  return schema
}
