import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_dance_level" AS ENUM('beginner', 'intermediate', 'advanced', 'professional');
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dance_styles_id" integer
  );
  
  CREATE TABLE "artists_achievements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"year" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "artists_certifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"issuer" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "artists_demo_videos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "artists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"active" boolean DEFAULT true,
  	"stage_name" varchar NOT NULL,
  	"bio" varchar,
  	"available_for_teaching" boolean DEFAULT false,
  	"available_for_performance" boolean DEFAULT false,
  	"available_for_workshops" boolean DEFAULT false,
  	"hourly_rate" numeric,
  	"workshop_rate" numeric,
  	"currency" varchar DEFAULT 'XOF',
  	"base_city" varchar,
  	"travel_radius_km" numeric,
  	"willing_to_travel" boolean DEFAULT false,
  	"rating_average" numeric DEFAULT 0,
  	"rating_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "artists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dance_styles_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "artist_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"artist_id" integer NOT NULL,
  	"reviewer_id" integer,
  	"teaching_rating" numeric NOT NULL,
  	"professionalism_rating" numeric NOT NULL,
  	"communication_rating" numeric NOT NULL,
  	"overall_rating" numeric,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "dance_level" "enum_users_dance_level";
  ALTER TABLE "users" ADD COLUMN "years_experience" numeric;
  ALTER TABLE "users" ADD COLUMN "facebook_url" varchar;
  ALTER TABLE "users" ADD COLUMN "instagram_url" varchar;
  ALTER TABLE "users" ADD COLUMN "youtube_url" varchar;
  ALTER TABLE "users" ADD COLUMN "website" varchar;
  ALTER TABLE "events_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "festivals_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "artist_reviews_id" integer;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists_achievements" ADD CONSTRAINT "artists_achievements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists_certifications" ADD CONSTRAINT "artists_certifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists_demo_videos" ADD CONSTRAINT "artists_demo_videos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists" ADD CONSTRAINT "artists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artists_rels" ADD CONSTRAINT "artists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists_rels" ADD CONSTRAINT "artists_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artists_rels" ADD CONSTRAINT "artists_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artist_reviews" ADD CONSTRAINT "artist_reviews_artist_id_artists_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."artists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artist_reviews" ADD CONSTRAINT "artist_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_dance_styles_id_idx" ON "users_rels" USING btree ("dance_styles_id");
  CREATE INDEX "users_rels_parent_id_path_idx" ON "users_rels" USING btree ("parent_id","path");
  CREATE INDEX "artists_achievements_order_idx" ON "artists_achievements" USING btree ("_order");
  CREATE INDEX "artists_achievements_parent_id_idx" ON "artists_achievements" USING btree ("_parent_id");
  CREATE INDEX "artists_certifications_order_idx" ON "artists_certifications" USING btree ("_order");
  CREATE INDEX "artists_certifications_parent_id_idx" ON "artists_certifications" USING btree ("_parent_id");
  CREATE INDEX "artists_demo_videos_order_idx" ON "artists_demo_videos" USING btree ("_order");
  CREATE INDEX "artists_demo_videos_parent_id_idx" ON "artists_demo_videos" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "artists_user_idx" ON "artists" USING btree ("user_id");
  CREATE INDEX "artists_active_idx" ON "artists" USING btree ("active");
  CREATE INDEX "artists_available_for_teaching_idx" ON "artists" USING btree ("available_for_teaching");
  CREATE INDEX "artists_available_for_performance_idx" ON "artists" USING btree ("available_for_performance");
  CREATE INDEX "artists_available_for_workshops_idx" ON "artists" USING btree ("available_for_workshops");
  CREATE INDEX "artists_base_city_idx" ON "artists" USING btree ("base_city");
  CREATE INDEX "artists_updated_at_idx" ON "artists" USING btree ("updated_at");
  CREATE INDEX "artists_created_at_idx" ON "artists" USING btree ("created_at");
  CREATE INDEX "artists_rels_order_idx" ON "artists_rels" USING btree ("order");
  CREATE INDEX "artists_rels_parent_idx" ON "artists_rels" USING btree ("parent_id");
  CREATE INDEX "artists_rels_path_idx" ON "artists_rels" USING btree ("path");
  CREATE INDEX "artists_rels_dance_styles_id_idx" ON "artists_rels" USING btree ("dance_styles_id");
  CREATE INDEX "artists_rels_media_id_idx" ON "artists_rels" USING btree ("media_id");
  CREATE INDEX "artists_rels_parent_id_path_idx" ON "artists_rels" USING btree ("parent_id","path");
  CREATE INDEX "artist_reviews_artist_idx" ON "artist_reviews" USING btree ("artist_id");
  CREATE INDEX "artist_reviews_reviewer_idx" ON "artist_reviews" USING btree ("reviewer_id");
  CREATE INDEX "artist_reviews_updated_at_idx" ON "artist_reviews" USING btree ("updated_at");
  CREATE INDEX "artist_reviews_created_at_idx" ON "artist_reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "artist_reviewer_idx" ON "artist_reviews" USING btree ("artist_id","reviewer_id");
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk" FOREIGN KEY ("artist_reviews_id") REFERENCES "public"."artist_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_rels_artists_id_idx" ON "events_rels" USING btree ("artists_id");
  CREATE INDEX "festivals_rels_artists_id_idx" ON "festivals_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_artists_id_idx" ON "payload_locked_documents_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_artist_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("artist_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artists_achievements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artists_certifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artists_demo_videos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artists_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "artist_reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "artists_achievements" CASCADE;
  DROP TABLE "artists_certifications" CASCADE;
  DROP TABLE "artists_demo_videos" CASCADE;
  DROP TABLE "artists" CASCADE;
  DROP TABLE "artists_rels" CASCADE;
  DROP TABLE "artist_reviews" CASCADE;
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_artists_fk";
  
  ALTER TABLE "festivals_rels" DROP CONSTRAINT "festivals_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk";
  
  DROP INDEX "events_rels_artists_id_idx";
  DROP INDEX "festivals_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_artist_reviews_id_idx";
  ALTER TABLE "users" DROP COLUMN "dance_level";
  ALTER TABLE "users" DROP COLUMN "years_experience";
  ALTER TABLE "users" DROP COLUMN "facebook_url";
  ALTER TABLE "users" DROP COLUMN "instagram_url";
  ALTER TABLE "users" DROP COLUMN "youtube_url";
  ALTER TABLE "users" DROP COLUMN "website";
  ALTER TABLE "events_rels" DROP COLUMN "artists_id";
  ALTER TABLE "festivals_rels" DROP COLUMN "artists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "artists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "artist_reviews_id";
  DROP TYPE "public"."enum_users_dance_level";`)
}
