import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Dance community constraints Payload's config cannot express. Hand-written: keep it right after
 * the schema migration that creates the tables.
 * - `competition_entry_people`: one row per dancer of each live competition entry, primary key
 *   (category, user): a person is leader or follower in at most one entry per category
 *   (services/entries.ts inserts both rows in the entry's transaction; cancelling deletes them).
 * - CHECKs behind the field validators: distinct leader and follower, ratings 1–5, scores 0–10.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "competition_entry_people" (
      "category_id" integer NOT NULL REFERENCES "competition_categories"("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "entry_id" integer NOT NULL REFERENCES "competition_entries"("id") ON DELETE CASCADE,
      PRIMARY KEY ("category_id", "user_id")
    );
    CREATE INDEX IF NOT EXISTS "competition_entry_people_entry_idx" ON "competition_entry_people" ("entry_id");
    CREATE INDEX IF NOT EXISTS "competition_entry_people_user_idx" ON "competition_entry_people" ("user_id");
    ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_distinct_partners" CHECK ("leader_id" IS NULL OR "leader_id" <> "follower_id");
    ALTER TABLE "artist_reviews" ADD CONSTRAINT "artist_reviews_ratings_range" CHECK (
      "teaching_rating" BETWEEN 1 AND 5 AND "professionalism_rating" BETWEEN 1 AND 5 AND "communication_rating" BETWEEN 1 AND 5
    );
    ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_score_range" CHECK ("score" BETWEEN 0 AND 10);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "competition_scores" DROP CONSTRAINT IF EXISTS "competition_scores_score_range";
    ALTER TABLE "artist_reviews" DROP CONSTRAINT IF EXISTS "artist_reviews_ratings_range";
    ALTER TABLE "competition_entries" DROP CONSTRAINT IF EXISTS "competition_entries_distinct_partners";
    DROP TABLE IF EXISTS "competition_entry_people";
  `)
}
