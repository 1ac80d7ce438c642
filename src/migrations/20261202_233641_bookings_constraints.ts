import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (the config cannot express them): one live registration per user and resource
 * (backs the service's check under concurrency), and a bucket never holds more than its capacity.
 * Keep it after the schema migration that creates the bookings tables.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNIQUE INDEX IF NOT EXISTS booking_registrations_one_live_per_user
      ON booking_registrations (user_id, resource_collection, resource_id)
      WHERE status IN ('pending_payment', 'confirmed', 'checked_in', 'waitlisted', 'offered');
    ALTER TABLE booking_buckets ADD CONSTRAINT booking_buckets_taken_within_capacity CHECK (taken >= 0 AND taken <= capacity);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS booking_registrations_one_live_per_user;
    ALTER TABLE booking_buckets DROP CONSTRAINT IF EXISTS booking_buckets_taken_within_capacity;
  `)
}
