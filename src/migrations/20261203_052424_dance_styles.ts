import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "dance_styles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dance_styles_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dance_styles_id" integer;
  ALTER TABLE "dance_styles_locales" ADD CONSTRAINT "dance_styles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "dance_styles_slug_idx" ON "dance_styles" USING btree ("slug");
  CREATE INDEX "dance_styles_updated_at_idx" ON "dance_styles" USING btree ("updated_at");
  CREATE INDEX "dance_styles_created_at_idx" ON "dance_styles" USING btree ("created_at");
  CREATE UNIQUE INDEX "dance_styles_locales_locale_parent_id_unique" ON "dance_styles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dance_styles_locales__parent_id_idx" ON "dance_styles_locales" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dance_styles_id_idx" ON "payload_locked_documents_rels" USING btree ("dance_styles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dance_styles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_styles_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dance_styles" CASCADE;
  DROP TABLE "dance_styles_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dance_styles_fk";
  
  DROP INDEX "payload_locked_documents_rels_dance_styles_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dance_styles_id";`)
}
