import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Formations (dance plugin, part formations), what Payload's config cannot express:
 * - the full-text index the search reads (services/search.ts): a GIN index on the `french`
 *   tsvector of each locale's folded search text (accents are folded by the server when it stores
 *   `search_text`, so no `unaccent` is needed at query time);
 * - a view count never below zero (the batched flush only adds).
 * Hand-written: keep it right after the schema migration that creates the tables.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "formations_locales_search_fts" ON "formations_locales"
      USING gin (to_tsvector('french'::regconfig, coalesce("search_text", '')));
    ALTER TABLE "formations" ADD CONSTRAINT "formations_views_not_negative" CHECK ("views" >= 0);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "formations" DROP CONSTRAINT IF EXISTS "formations_views_not_negative";
    DROP INDEX IF EXISTS "formations_locales_search_fts";
  `)
}
