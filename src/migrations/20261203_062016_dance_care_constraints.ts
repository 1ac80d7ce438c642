import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two live care bookings of one practitioner never overlap, in the database: an exclusion
 * constraint over [starts_at, ends_at) for the statuses that hold the slot (care/services/
 * transitions.ts HOLDS_SLOT). Payload's config cannot express it; the booking service maps its
 * violation (23P01) to 409. Hand-written: keep it after the schema migration that creates the table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS btree_gist;
    ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_no_overlap"
      EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
      WHERE ("status" IN ('pending_payment', 'pending', 'confirmed'));
    ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_ends_after_start" CHECK ("ends_at" > "starts_at");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "care_bookings" DROP CONSTRAINT IF EXISTS "care_bookings_ends_after_start";
    ALTER TABLE "care_bookings" DROP CONSTRAINT IF EXISTS "care_bookings_no_overlap";
  `)
}
