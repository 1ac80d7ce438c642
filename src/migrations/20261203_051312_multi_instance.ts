import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: state that several app processes and workers share, which is not content (no
 * collection, no REST/GraphQL/admin surface), so it is not in the Payload config.
 *
 * - rate_limit_hits: rate-limit counters (http/rate-limit-stores.ts). UNLOGGED: written on every
 *   limited request, worthless after a crash (the windows are minutes long), not replicated.
 * - payload_job_leases: which runner holds a running job and until when (jobs/leases.ts); goes
 *   with its job (ON DELETE CASCADE: Payload deletes completed jobs).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_hits (
      key text PRIMARY KEY,
      hits integer NOT NULL,
      reset_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rate_limit_hits_reset_at_idx ON rate_limit_hits (reset_at);

    CREATE TABLE IF NOT EXISTS payload_job_leases (
      job_id integer PRIMARY KEY REFERENCES payload_jobs (id) ON DELETE CASCADE,
      owner text NOT NULL,
      lease_until timestamptz NOT NULL,
      claims integer NOT NULL DEFAULT 1
    );
    CREATE INDEX IF NOT EXISTS payload_job_leases_lease_until_idx ON payload_job_leases (lease_until);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS payload_job_leases;
    DROP TABLE IF EXISTS rate_limit_hits;
  `)
}
