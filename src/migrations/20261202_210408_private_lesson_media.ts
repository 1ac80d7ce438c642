import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Data: attachments of paid lessons saved before media had a visibility become private to their
 * course (the lesson hook does it for every later save). Skipped when the learning plugin's tables
 * are absent. Hand-written: keep it after the schema migration that adds media.visibility.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    DO $$
    BEGIN
      IF to_regclass('public.lessons') IS NOT NULL AND to_regclass('public.courses') IS NOT NULL THEN
        UPDATE media m SET visibility = 'private', access_grant = 'learning.course:' || c.id
          FROM lessons l JOIN courses c ON c.id = l.course_id
         WHERE l.media_id = m.id AND c.price > 0 AND NOT COALESCE(l.is_free_preview, false)
           AND m.visibility IS DISTINCT FROM 'private';
      END IF;
    END $$;
  `)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // the visibility column goes away with the schema migration's down
}
