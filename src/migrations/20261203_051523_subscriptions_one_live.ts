import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One live subscription per user and plan, in the database: a partial unique index over the
 * statuses that hold the slot (services/transitions.ts LIVE_STATUSES). Payload's config cannot
 * express a partial index. Hand-written: keep it after the schema migration that creates the table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNIQUE INDEX IF NOT EXISTS "subscriptions_one_live_per_user_plan" ON "subscriptions" USING btree ("user_id", "plan_id")
      WHERE "status" IN ('pending_payment', 'active', 'past_due', 'cancelling');
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "subscriptions_one_live_per_user_plan";`)
}
