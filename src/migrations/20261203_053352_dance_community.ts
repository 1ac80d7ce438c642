import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_dance_level" AS ENUM('beginner', 'intermediate', 'advanced', 'professional');
  CREATE TYPE "public"."enum_competitions_status" AS ENUM('draft', 'open', 'closed', 'judging', 'published');
  CREATE TYPE "public"."enum_competition_categories_kind" AS ENUM('jack-and-jill', 'strictly', 'showcase', 'classic');
  CREATE TYPE "public"."enum_competition_categories_level" AS ENUM('beginner', 'intermediate', 'advanced', 'professional', 'open');
  CREATE TYPE "public"."enum_competition_entries_status" AS ENUM('pending', 'confirmed', 'cancelled');
  CREATE TYPE "public"."enum_competition_scores_round" AS ENUM('preliminary', 'semi-final', 'final');
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
  
  CREATE TABLE "competitions_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rank" numeric NOT NULL,
  	"prize" varchar NOT NULL
  );
  
  CREATE TABLE "competitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"status" "enum_competitions_status" DEFAULT 'draft' NOT NULL,
  	"organizer_id" integer,
  	"style_id" integer,
  	"description" varchar,
  	"rules" varchar,
  	"registration_opens_at" timestamp(3) with time zone NOT NULL,
  	"registration_closes_at" timestamp(3) with time zone NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"venue" varchar,
  	"city" varchar,
  	"results_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "competitions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"artists_id" integer
  );
  
  CREATE TABLE "competition_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"competition_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_competition_categories_kind" DEFAULT 'jack-and-jill' NOT NULL,
  	"level" "enum_competition_categories_level" DEFAULT 'open',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "competition_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category_id" integer NOT NULL,
  	"competition_id" integer,
  	"leader_id" integer,
  	"follower_id" integer NOT NULL,
  	"status" "enum_competition_entries_status" DEFAULT 'pending' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"rank" numeric,
  	"total_score" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "competition_scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_id" integer NOT NULL,
  	"competition_id" integer,
  	"judge_id" integer,
  	"round" "enum_competition_scores_round" DEFAULT 'final' NOT NULL,
  	"score" numeric NOT NULL,
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
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_scores_id" integer;
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
  ALTER TABLE "competitions_prizes" ADD CONSTRAINT "competitions_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions" ADD CONSTRAINT "competitions_style_id_dance_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."dance_styles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competitions_rels" ADD CONSTRAINT "competitions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competitions_rels" ADD CONSTRAINT "competitions_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competition_categories" ADD CONSTRAINT "competition_categories_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_category_id_competition_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."competition_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_judge_id_artists_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."artists"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "competitions_prizes_order_idx" ON "competitions_prizes" USING btree ("_order");
  CREATE INDEX "competitions_prizes_parent_id_idx" ON "competitions_prizes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "competitions_slug_idx" ON "competitions" USING btree ("slug");
  CREATE INDEX "competitions_status_idx" ON "competitions" USING btree ("status");
  CREATE INDEX "competitions_organizer_idx" ON "competitions" USING btree ("organizer_id");
  CREATE INDEX "competitions_style_idx" ON "competitions" USING btree ("style_id");
  CREATE INDEX "competitions_updated_at_idx" ON "competitions" USING btree ("updated_at");
  CREATE INDEX "competitions_created_at_idx" ON "competitions" USING btree ("created_at");
  CREATE INDEX "competitions_rels_order_idx" ON "competitions_rels" USING btree ("order");
  CREATE INDEX "competitions_rels_parent_idx" ON "competitions_rels" USING btree ("parent_id");
  CREATE INDEX "competitions_rels_path_idx" ON "competitions_rels" USING btree ("path");
  CREATE INDEX "competitions_rels_artists_id_idx" ON "competitions_rels" USING btree ("artists_id");
  CREATE INDEX "competitions_rels_parent_id_path_idx" ON "competitions_rels" USING btree ("parent_id","path");
  CREATE INDEX "competition_categories_competition_idx" ON "competition_categories" USING btree ("competition_id");
  CREATE INDEX "competition_categories_updated_at_idx" ON "competition_categories" USING btree ("updated_at");
  CREATE INDEX "competition_categories_created_at_idx" ON "competition_categories" USING btree ("created_at");
  CREATE INDEX "competition_entries_category_idx" ON "competition_entries" USING btree ("category_id");
  CREATE INDEX "competition_entries_competition_idx" ON "competition_entries" USING btree ("competition_id");
  CREATE INDEX "competition_entries_leader_idx" ON "competition_entries" USING btree ("leader_id");
  CREATE INDEX "competition_entries_follower_idx" ON "competition_entries" USING btree ("follower_id");
  CREATE INDEX "competition_entries_status_idx" ON "competition_entries" USING btree ("status");
  CREATE INDEX "competition_entries_updated_at_idx" ON "competition_entries" USING btree ("updated_at");
  CREATE INDEX "competition_entries_created_at_idx" ON "competition_entries" USING btree ("created_at");
  CREATE INDEX "competition_scores_entry_idx" ON "competition_scores" USING btree ("entry_id");
  CREATE INDEX "competition_scores_competition_idx" ON "competition_scores" USING btree ("competition_id");
  CREATE INDEX "competition_scores_judge_idx" ON "competition_scores" USING btree ("judge_id");
  CREATE INDEX "competition_scores_updated_at_idx" ON "competition_scores" USING btree ("updated_at");
  CREATE INDEX "competition_scores_created_at_idx" ON "competition_scores" USING btree ("created_at");
  CREATE UNIQUE INDEX "judge_entry_round_idx" ON "competition_scores" USING btree ("judge_id","entry_id","round");
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk" FOREIGN KEY ("artist_reviews_id") REFERENCES "public"."artist_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competitions_fk" FOREIGN KEY ("competitions_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_categories_fk" FOREIGN KEY ("competition_categories_id") REFERENCES "public"."competition_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_entries_fk" FOREIGN KEY ("competition_entries_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_scores_fk" FOREIGN KEY ("competition_scores_id") REFERENCES "public"."competition_scores"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_rels_artists_id_idx" ON "events_rels" USING btree ("artists_id");
  CREATE INDEX "festivals_rels_artists_id_idx" ON "festivals_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_artists_id_idx" ON "payload_locked_documents_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_artist_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("artist_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_competitions_id_idx" ON "payload_locked_documents_rels" USING btree ("competitions_id");
  CREATE INDEX "payload_locked_documents_rels_competition_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_categories_id");
  CREATE INDEX "payload_locked_documents_rels_competition_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_entries_id");
  CREATE INDEX "payload_locked_documents_rels_competition_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_scores_id");`)
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
  ALTER TABLE "competitions_prizes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competitions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competition_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competition_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competition_scores" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "artists_achievements" CASCADE;
  DROP TABLE "artists_certifications" CASCADE;
  DROP TABLE "artists_demo_videos" CASCADE;
  DROP TABLE "artists" CASCADE;
  DROP TABLE "artists_rels" CASCADE;
  DROP TABLE "artist_reviews" CASCADE;
  DROP TABLE "competitions_prizes" CASCADE;
  DROP TABLE "competitions" CASCADE;
  DROP TABLE "competitions_rels" CASCADE;
  DROP TABLE "competition_categories" CASCADE;
  DROP TABLE "competition_entries" CASCADE;
  DROP TABLE "competition_scores" CASCADE;
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_artists_fk";
  
  ALTER TABLE "festivals_rels" DROP CONSTRAINT "festivals_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_scores_fk";
  
  DROP INDEX "events_rels_artists_id_idx";
  DROP INDEX "festivals_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_artist_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_competitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_scores_id_idx";
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
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_scores_id";
  DROP TYPE "public"."enum_users_dance_level";
  DROP TYPE "public"."enum_competitions_status";
  DROP TYPE "public"."enum_competition_categories_kind";
  DROP TYPE "public"."enum_competition_categories_level";
  DROP TYPE "public"."enum_competition_entries_status";
  DROP TYPE "public"."enum_competition_scores_round";`)
}
