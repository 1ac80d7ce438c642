import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_formations_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_formations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__formations_v_version_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__formations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__formations_v_published_locale" AS ENUM('fr', 'en');
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
  
  CREATE TABLE "formation_categories_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "formation_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"icon" varchar,
  	"order" numeric DEFAULT 0,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "formation_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "formations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"category_id" integer,
  	"difficulty" "enum_formations_difficulty" DEFAULT 'beginner',
  	"featured_image_id" integer,
  	"video_url" varchar,
  	"author_id" integer,
  	"featured" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"views" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_formations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "formations_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"content" jsonb,
  	"meta_description" varchar,
  	"reading_time_minutes" numeric,
  	"search_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_formations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_category_id" integer,
  	"version_difficulty" "enum__formations_v_version_difficulty" DEFAULT 'beginner',
  	"version_featured_image_id" integer,
  	"version_video_url" varchar,
  	"version_author_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_views" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__formations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__formations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_formations_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version_meta_description" varchar,
  	"version_reading_time_minutes" numeric,
  	"version_search_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dance_styles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "formation_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "formations_id" integer;
  ALTER TABLE "dance_styles_locales" ADD CONSTRAINT "dance_styles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "formation_categories_breadcrumbs" ADD CONSTRAINT "formation_categories_breadcrumbs_doc_id_formation_categories_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."formation_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formation_categories_breadcrumbs" ADD CONSTRAINT "formation_categories_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."formation_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "formation_categories" ADD CONSTRAINT "formation_categories_parent_id_formation_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."formation_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formation_categories_locales" ADD CONSTRAINT "formation_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."formation_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "formations" ADD CONSTRAINT "formations_category_id_formation_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."formation_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formations" ADD CONSTRAINT "formations_featured_image_id_media_id_fk" FOREIGN KEY ("featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formations" ADD CONSTRAINT "formations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formations_locales" ADD CONSTRAINT "formations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_formations_v" ADD CONSTRAINT "_formations_v_parent_id_formations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."formations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formations_v" ADD CONSTRAINT "_formations_v_version_category_id_formation_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."formation_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formations_v" ADD CONSTRAINT "_formations_v_version_featured_image_id_media_id_fk" FOREIGN KEY ("version_featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formations_v" ADD CONSTRAINT "_formations_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formations_v_locales" ADD CONSTRAINT "_formations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_formations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "dance_styles_slug_idx" ON "dance_styles" USING btree ("slug");
  CREATE INDEX "dance_styles_updated_at_idx" ON "dance_styles" USING btree ("updated_at");
  CREATE INDEX "dance_styles_created_at_idx" ON "dance_styles" USING btree ("created_at");
  CREATE UNIQUE INDEX "dance_styles_locales_locale_parent_id_unique" ON "dance_styles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dance_styles_locales__parent_id_idx" ON "dance_styles_locales" USING btree ("_parent_id");
  CREATE INDEX "formation_categories_breadcrumbs_order_idx" ON "formation_categories_breadcrumbs" USING btree ("_order");
  CREATE INDEX "formation_categories_breadcrumbs_parent_id_idx" ON "formation_categories_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "formation_categories_breadcrumbs_locale_idx" ON "formation_categories_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "formation_categories_breadcrumbs_doc_idx" ON "formation_categories_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "formation_categories_slug_idx" ON "formation_categories" USING btree ("slug");
  CREATE INDEX "formation_categories_order_idx" ON "formation_categories" USING btree ("order");
  CREATE INDEX "formation_categories_parent_idx" ON "formation_categories" USING btree ("parent_id");
  CREATE INDEX "formation_categories_updated_at_idx" ON "formation_categories" USING btree ("updated_at");
  CREATE INDEX "formation_categories_created_at_idx" ON "formation_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "formation_categories_locales_locale_parent_id_unique" ON "formation_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "formation_categories_locales__parent_id_idx" ON "formation_categories_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "formations_slug_idx" ON "formations" USING btree ("slug");
  CREATE INDEX "formations_category_idx" ON "formations" USING btree ("category_id");
  CREATE INDEX "formations_difficulty_idx" ON "formations" USING btree ("difficulty");
  CREATE INDEX "formations_featured_image_idx" ON "formations" USING btree ("featured_image_id");
  CREATE INDEX "formations_author_idx" ON "formations" USING btree ("author_id");
  CREATE INDEX "formations_featured_idx" ON "formations" USING btree ("featured");
  CREATE INDEX "formations_published_at_idx" ON "formations" USING btree ("published_at");
  CREATE INDEX "formations_updated_at_idx" ON "formations" USING btree ("updated_at");
  CREATE INDEX "formations_created_at_idx" ON "formations" USING btree ("created_at");
  CREATE INDEX "formations__status_idx" ON "formations" USING btree ("_status");
  CREATE UNIQUE INDEX "formations_locales_locale_parent_id_unique" ON "formations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "formations_locales__parent_id_idx" ON "formations_locales" USING btree ("_parent_id");
  CREATE INDEX "_formations_v_parent_idx" ON "_formations_v" USING btree ("parent_id");
  CREATE INDEX "_formations_v_version_version_slug_idx" ON "_formations_v" USING btree ("version_slug");
  CREATE INDEX "_formations_v_version_version_category_idx" ON "_formations_v" USING btree ("version_category_id");
  CREATE INDEX "_formations_v_version_version_difficulty_idx" ON "_formations_v" USING btree ("version_difficulty");
  CREATE INDEX "_formations_v_version_version_featured_image_idx" ON "_formations_v" USING btree ("version_featured_image_id");
  CREATE INDEX "_formations_v_version_version_author_idx" ON "_formations_v" USING btree ("version_author_id");
  CREATE INDEX "_formations_v_version_version_featured_idx" ON "_formations_v" USING btree ("version_featured");
  CREATE INDEX "_formations_v_version_version_published_at_idx" ON "_formations_v" USING btree ("version_published_at");
  CREATE INDEX "_formations_v_version_version_updated_at_idx" ON "_formations_v" USING btree ("version_updated_at");
  CREATE INDEX "_formations_v_version_version_created_at_idx" ON "_formations_v" USING btree ("version_created_at");
  CREATE INDEX "_formations_v_version_version__status_idx" ON "_formations_v" USING btree ("version__status");
  CREATE INDEX "_formations_v_created_at_idx" ON "_formations_v" USING btree ("created_at");
  CREATE INDEX "_formations_v_updated_at_idx" ON "_formations_v" USING btree ("updated_at");
  CREATE INDEX "_formations_v_snapshot_idx" ON "_formations_v" USING btree ("snapshot");
  CREATE INDEX "_formations_v_published_locale_idx" ON "_formations_v" USING btree ("published_locale");
  CREATE INDEX "_formations_v_latest_idx" ON "_formations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_formations_v_locales_locale_parent_id_unique" ON "_formations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_formations_v_locales__parent_id_idx" ON "_formations_v_locales" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_formation_categories_fk" FOREIGN KEY ("formation_categories_id") REFERENCES "public"."formation_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_formations_fk" FOREIGN KEY ("formations_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dance_styles_id_idx" ON "payload_locked_documents_rels" USING btree ("dance_styles_id");
  CREATE INDEX "payload_locked_documents_rels_formation_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("formation_categories_id");
  CREATE INDEX "payload_locked_documents_rels_formations_id_idx" ON "payload_locked_documents_rels" USING btree ("formations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dance_styles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_styles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_formations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_formations_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dance_styles" CASCADE;
  DROP TABLE "dance_styles_locales" CASCADE;
  DROP TABLE "formation_categories_breadcrumbs" CASCADE;
  DROP TABLE "formation_categories" CASCADE;
  DROP TABLE "formation_categories_locales" CASCADE;
  DROP TABLE "formations" CASCADE;
  DROP TABLE "formations_locales" CASCADE;
  DROP TABLE "_formations_v" CASCADE;
  DROP TABLE "_formations_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dance_styles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_formation_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_formations_fk";
  
  DROP INDEX "payload_locked_documents_rels_dance_styles_id_idx";
  DROP INDEX "payload_locked_documents_rels_formation_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_formations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dance_styles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "formation_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "formations_id";
  DROP TYPE "public"."enum_formations_difficulty";
  DROP TYPE "public"."enum_formations_status";
  DROP TYPE "public"."enum__formations_v_version_difficulty";
  DROP TYPE "public"."enum__formations_v_version_status";
  DROP TYPE "public"."enum__formations_v_published_locale";`)
}
