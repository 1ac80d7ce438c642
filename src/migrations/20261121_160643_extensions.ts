import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Extensions the plugins rely on, all shipped with stock PostgreSQL (no PostGIS):
 * distance search (cube + earthdistance), fuzzy and accent-insensitive text search.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS cube;
    CREATE EXTENSION IF NOT EXISTS earthdistance;
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP EXTENSION IF EXISTS unaccent;
    DROP EXTENSION IF EXISTS pg_trgm;
    DROP EXTENSION IF EXISTS earthdistance;
    DROP EXTENSION IF EXISTS cube;
  `)
}
