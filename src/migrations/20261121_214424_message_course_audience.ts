import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages_rels" ADD COLUMN "courses_id" integer;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "messages_rels_courses_id_idx" ON "messages_rels" USING btree ("courses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages_rels" DROP CONSTRAINT "messages_rels_courses_fk";
  
  DROP INDEX "messages_rels_courses_id_idx";
  ALTER TABLE "messages_rels" DROP COLUMN "courses_id";`)
}
