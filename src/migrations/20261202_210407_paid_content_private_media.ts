import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_visibility" AS ENUM('public', 'private');
  ALTER TABLE "media" ADD COLUMN "visibility" "enum_media_visibility" DEFAULT 'public';
  ALTER TABLE "media" ADD COLUMN "access_grant" varchar;
  ALTER TABLE "lessons" ADD COLUMN "is_free_preview" boolean DEFAULT false;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_is_free_preview" boolean DEFAULT false;
  ALTER TABLE "user_badges" ADD COLUMN "revoked_at" timestamp(3) with time zone;
  ALTER TABLE "user_badges" ADD COLUMN "revoked_reason" varchar;
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");
  CREATE INDEX "media_access_grant_idx" ON "media" USING btree ("access_grant");
  CREATE INDEX "lessons_is_free_preview_idx" ON "lessons" USING btree ("is_free_preview");
  CREATE INDEX "_lessons_v_version_version_is_free_preview_idx" ON "_lessons_v" USING btree ("version_is_free_preview");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_visibility_idx";
  DROP INDEX "media_access_grant_idx";
  DROP INDEX "lessons_is_free_preview_idx";
  DROP INDEX "_lessons_v_version_version_is_free_preview_idx";
  ALTER TABLE "media" DROP COLUMN "visibility";
  ALTER TABLE "media" DROP COLUMN "access_grant";
  ALTER TABLE "lessons" DROP COLUMN "is_free_preview";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_is_free_preview";
  ALTER TABLE "user_badges" DROP COLUMN "revoked_at";
  ALTER TABLE "user_badges" DROP COLUMN "revoked_reason";
  DROP TYPE "public"."enum_media_visibility";`)
}
