import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_dance_level" AS ENUM('beginner', 'intermediate', 'advanced', 'professional');
  CREATE TYPE "public"."enum_competitions_status" AS ENUM('draft', 'open', 'closed', 'judging', 'published');
  CREATE TYPE "public"."enum_competition_categories_kind" AS ENUM('jack-and-jill', 'strictly', 'showcase', 'classic');
  CREATE TYPE "public"."enum_competition_categories_level" AS ENUM('beginner', 'intermediate', 'advanced', 'professional', 'open');
  CREATE TYPE "public"."enum_competition_entries_status" AS ENUM('pending', 'confirmed', 'cancelled');
  CREATE TYPE "public"."enum_competition_scores_round" AS ENUM('preliminary', 'semi-final', 'final');
  CREATE TYPE "public"."enum_dance_classes_schedule_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_dance_classes_level" AS ENUM('beginner', 'intermediate', 'advanced', 'all_levels');
  CREATE TYPE "public"."enum_dance_classes_status" AS ENUM('draft', 'published', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_trainings_type" AS ENUM('practice', 'social', 'workshop', 'choreography');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('pending', 'confirmed', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_care_practitioners_specialties" AS ENUM('massage', 'physio', 'osteopathy', 'yoga', 'pilates', 'stretching', 'sophrology', 'nutrition', 'other');
  CREATE TYPE "public"."enum_care_services_availability_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_care_services_type" AS ENUM('massage', 'physio', 'osteopathy', 'yoga', 'pilates', 'stretching', 'sophrology', 'nutrition', 'other');
  CREATE TYPE "public"."enum_care_bookings_status" AS ENUM('pending_payment', 'pending', 'confirmed', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_formations_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_formations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__formations_v_version_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__formations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__formations_v_published_locale" AS ENUM('fr', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dance-classes-lifecycle';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dance-classes-lifecycle';
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dance_styles_id" integer
  );
  
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
  
  CREATE TABLE "dance_classes_schedule" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_dance_classes_schedule_day" NOT NULL,
  	"start_time" varchar NOT NULL,
  	"end_time" varchar NOT NULL
  );
  
  CREATE TABLE "dance_classes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"short_description" varchar,
  	"description" varchar,
  	"level" "enum_dance_classes_level" DEFAULT 'all_levels' NOT NULL,
  	"style_id" integer,
  	"status" "enum_dance_classes_status" DEFAULT 'draft' NOT NULL,
  	"cancel_reason" varchar,
  	"instructor_id" integer,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'Africa/Porto-Novo',
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"venue_city" varchar,
  	"price" numeric DEFAULT 0,
  	"currency" varchar DEFAULT 'XOF' NOT NULL,
  	"capacity" numeric DEFAULT 20 NOT NULL,
  	"min_participants" numeric DEFAULT 1,
  	"waitlist_enabled" boolean DEFAULT true,
  	"cover_image_id" integer,
  	"video_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dance_classes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"type" "enum_trainings_type" DEFAULT 'practice' NOT NULL,
  	"style_id" integer,
  	"status" "enum_trainings_status" DEFAULT 'pending' NOT NULL,
  	"cancel_reason" varchar,
  	"organizer_id" integer,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'Africa/Porto-Novo',
  	"confirmation_deadline" timestamp(3) with time zone,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"venue_city" varchar,
  	"min_participants" numeric DEFAULT 2 NOT NULL,
  	"max_participants" numeric DEFAULT 20 NOT NULL,
  	"price" numeric DEFAULT 0,
  	"currency" varchar DEFAULT 'XOF' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "care_practitioners_specialties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_care_practitioners_specialties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "care_practitioners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"display_name" varchar NOT NULL,
  	"profession" varchar,
  	"bio" varchar,
  	"qualifications" varchar,
  	"city" varchar,
  	"address" varchar,
  	"phone" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "care_services_availability" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_care_services_availability_day" NOT NULL,
  	"start_time" varchar NOT NULL,
  	"end_time" varchar NOT NULL
  );
  
  CREATE TABLE "care_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"type" "enum_care_services_type" NOT NULL,
  	"description" varchar,
  	"practitioner_id" integer NOT NULL,
  	"owner_id" integer,
  	"price" numeric DEFAULT 0,
  	"currency" varchar DEFAULT 'XOF' NOT NULL,
  	"duration_minutes" numeric DEFAULT 60 NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "care_bookings_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"at" timestamp(3) with time zone,
  	"by" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "care_bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"service_id" integer,
  	"practitioner_id" integer,
  	"practitioner_user_id" integer,
  	"client_id" integer,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_care_bookings_status" DEFAULT 'pending' NOT NULL,
  	"amount" numeric,
  	"currency" varchar,
  	"payment_id" numeric,
  	"refunded_amount" numeric,
  	"cancel_reason" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  
  ALTER TABLE "users" ADD COLUMN "dance_level" "enum_users_dance_level";
  ALTER TABLE "users" ADD COLUMN "years_experience" numeric;
  ALTER TABLE "users" ADD COLUMN "facebook_url" varchar;
  ALTER TABLE "users" ADD COLUMN "instagram_url" varchar;
  ALTER TABLE "users" ADD COLUMN "youtube_url" varchar;
  ALTER TABLE "users" ADD COLUMN "website" varchar;
  ALTER TABLE "events_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "festivals_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dance_styles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "artists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "artist_reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competition_scores_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dance_classes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trainings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_practitioners_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_bookings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "formation_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "formations_id" integer;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dance_styles_locales" ADD CONSTRAINT "dance_styles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "dance_classes_schedule" ADD CONSTRAINT "dance_classes_schedule_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dance_classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dance_classes" ADD CONSTRAINT "dance_classes_style_id_dance_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."dance_styles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dance_classes" ADD CONSTRAINT "dance_classes_instructor_id_users_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dance_classes" ADD CONSTRAINT "dance_classes_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dance_classes_rels" ADD CONSTRAINT "dance_classes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dance_classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dance_classes_rels" ADD CONSTRAINT "dance_classes_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_style_id_dance_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."dance_styles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_practitioners_specialties" ADD CONSTRAINT "care_practitioners_specialties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."care_practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_practitioners" ADD CONSTRAINT "care_practitioners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_practitioners" ADD CONSTRAINT "care_practitioners_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_services_availability" ADD CONSTRAINT "care_services_availability_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."care_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_services" ADD CONSTRAINT "care_services_practitioner_id_care_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."care_practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_services" ADD CONSTRAINT "care_services_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_bookings_history" ADD CONSTRAINT "care_bookings_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."care_bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_service_id_care_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."care_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_practitioner_id_care_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."care_practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_practitioner_user_id_users_id_fk" FOREIGN KEY ("practitioner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "care_bookings" ADD CONSTRAINT "care_bookings_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_dance_styles_id_idx" ON "users_rels" USING btree ("dance_styles_id");
  CREATE INDEX "users_rels_parent_id_path_idx" ON "users_rels" USING btree ("parent_id","path");
  CREATE UNIQUE INDEX "dance_styles_slug_idx" ON "dance_styles" USING btree ("slug");
  CREATE INDEX "dance_styles_updated_at_idx" ON "dance_styles" USING btree ("updated_at");
  CREATE INDEX "dance_styles_created_at_idx" ON "dance_styles" USING btree ("created_at");
  CREATE UNIQUE INDEX "dance_styles_locales_locale_parent_id_unique" ON "dance_styles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dance_styles_locales__parent_id_idx" ON "dance_styles_locales" USING btree ("_parent_id");
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
  CREATE INDEX "dance_classes_schedule_order_idx" ON "dance_classes_schedule" USING btree ("_order");
  CREATE INDEX "dance_classes_schedule_parent_id_idx" ON "dance_classes_schedule" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dance_classes_slug_idx" ON "dance_classes" USING btree ("slug");
  CREATE INDEX "dance_classes_style_idx" ON "dance_classes" USING btree ("style_id");
  CREATE INDEX "dance_classes_status_idx" ON "dance_classes" USING btree ("status");
  CREATE INDEX "dance_classes_instructor_idx" ON "dance_classes" USING btree ("instructor_id");
  CREATE INDEX "dance_classes_venue_venue_city_idx" ON "dance_classes" USING btree ("venue_city");
  CREATE INDEX "dance_classes_cover_image_idx" ON "dance_classes" USING btree ("cover_image_id");
  CREATE INDEX "dance_classes_updated_at_idx" ON "dance_classes" USING btree ("updated_at");
  CREATE INDEX "dance_classes_created_at_idx" ON "dance_classes" USING btree ("created_at");
  CREATE INDEX "dance_classes_rels_order_idx" ON "dance_classes_rels" USING btree ("order");
  CREATE INDEX "dance_classes_rels_parent_idx" ON "dance_classes_rels" USING btree ("parent_id");
  CREATE INDEX "dance_classes_rels_path_idx" ON "dance_classes_rels" USING btree ("path");
  CREATE INDEX "dance_classes_rels_media_id_idx" ON "dance_classes_rels" USING btree ("media_id");
  CREATE INDEX "dance_classes_rels_parent_id_path_idx" ON "dance_classes_rels" USING btree ("parent_id","path");
  CREATE INDEX "trainings_style_idx" ON "trainings" USING btree ("style_id");
  CREATE INDEX "trainings_status_idx" ON "trainings" USING btree ("status");
  CREATE INDEX "trainings_organizer_idx" ON "trainings" USING btree ("organizer_id");
  CREATE INDEX "trainings_venue_venue_city_idx" ON "trainings" USING btree ("venue_city");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "care_practitioners_specialties_order_idx" ON "care_practitioners_specialties" USING btree ("order");
  CREATE INDEX "care_practitioners_specialties_parent_idx" ON "care_practitioners_specialties" USING btree ("parent_id");
  CREATE UNIQUE INDEX "care_practitioners_user_idx" ON "care_practitioners" USING btree ("user_id");
  CREATE INDEX "care_practitioners_city_idx" ON "care_practitioners" USING btree ("city");
  CREATE INDEX "care_practitioners_photo_idx" ON "care_practitioners" USING btree ("photo_id");
  CREATE INDEX "care_practitioners_updated_at_idx" ON "care_practitioners" USING btree ("updated_at");
  CREATE INDEX "care_practitioners_created_at_idx" ON "care_practitioners" USING btree ("created_at");
  CREATE INDEX "care_services_availability_order_idx" ON "care_services_availability" USING btree ("_order");
  CREATE INDEX "care_services_availability_parent_id_idx" ON "care_services_availability" USING btree ("_parent_id");
  CREATE INDEX "care_services_practitioner_idx" ON "care_services" USING btree ("practitioner_id");
  CREATE INDEX "care_services_owner_idx" ON "care_services" USING btree ("owner_id");
  CREATE INDEX "care_services_updated_at_idx" ON "care_services" USING btree ("updated_at");
  CREATE INDEX "care_services_created_at_idx" ON "care_services" USING btree ("created_at");
  CREATE INDEX "care_bookings_history_order_idx" ON "care_bookings_history" USING btree ("_order");
  CREATE INDEX "care_bookings_history_parent_id_idx" ON "care_bookings_history" USING btree ("_parent_id");
  CREATE INDEX "care_bookings_service_idx" ON "care_bookings" USING btree ("service_id");
  CREATE INDEX "care_bookings_practitioner_idx" ON "care_bookings" USING btree ("practitioner_id");
  CREATE INDEX "care_bookings_practitioner_user_idx" ON "care_bookings" USING btree ("practitioner_user_id");
  CREATE INDEX "care_bookings_client_idx" ON "care_bookings" USING btree ("client_id");
  CREATE INDEX "care_bookings_starts_at_idx" ON "care_bookings" USING btree ("starts_at");
  CREATE INDEX "care_bookings_status_idx" ON "care_bookings" USING btree ("status");
  CREATE INDEX "care_bookings_updated_at_idx" ON "care_bookings" USING btree ("updated_at");
  CREATE INDEX "care_bookings_created_at_idx" ON "care_bookings" USING btree ("created_at");
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
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dance_styles_fk" FOREIGN KEY ("dance_styles_id") REFERENCES "public"."dance_styles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artists_fk" FOREIGN KEY ("artists_id") REFERENCES "public"."artists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk" FOREIGN KEY ("artist_reviews_id") REFERENCES "public"."artist_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competitions_fk" FOREIGN KEY ("competitions_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_categories_fk" FOREIGN KEY ("competition_categories_id") REFERENCES "public"."competition_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_entries_fk" FOREIGN KEY ("competition_entries_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competition_scores_fk" FOREIGN KEY ("competition_scores_id") REFERENCES "public"."competition_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dance_classes_fk" FOREIGN KEY ("dance_classes_id") REFERENCES "public"."dance_classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_practitioners_fk" FOREIGN KEY ("care_practitioners_id") REFERENCES "public"."care_practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_services_fk" FOREIGN KEY ("care_services_id") REFERENCES "public"."care_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_bookings_fk" FOREIGN KEY ("care_bookings_id") REFERENCES "public"."care_bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_formation_categories_fk" FOREIGN KEY ("formation_categories_id") REFERENCES "public"."formation_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_formations_fk" FOREIGN KEY ("formations_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_rels_artists_id_idx" ON "events_rels" USING btree ("artists_id");
  CREATE INDEX "festivals_rels_artists_id_idx" ON "festivals_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_dance_styles_id_idx" ON "payload_locked_documents_rels" USING btree ("dance_styles_id");
  CREATE INDEX "payload_locked_documents_rels_artists_id_idx" ON "payload_locked_documents_rels" USING btree ("artists_id");
  CREATE INDEX "payload_locked_documents_rels_artist_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("artist_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_competitions_id_idx" ON "payload_locked_documents_rels" USING btree ("competitions_id");
  CREATE INDEX "payload_locked_documents_rels_competition_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_categories_id");
  CREATE INDEX "payload_locked_documents_rels_competition_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_entries_id");
  CREATE INDEX "payload_locked_documents_rels_competition_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("competition_scores_id");
  CREATE INDEX "payload_locked_documents_rels_dance_classes_id_idx" ON "payload_locked_documents_rels" USING btree ("dance_classes_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_care_practitioners_id_idx" ON "payload_locked_documents_rels" USING btree ("care_practitioners_id");
  CREATE INDEX "payload_locked_documents_rels_care_services_id_idx" ON "payload_locked_documents_rels" USING btree ("care_services_id");
  CREATE INDEX "payload_locked_documents_rels_care_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("care_bookings_id");
  CREATE INDEX "payload_locked_documents_rels_formation_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("formation_categories_id");
  CREATE INDEX "payload_locked_documents_rels_formations_id_idx" ON "payload_locked_documents_rels" USING btree ("formations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_styles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_styles_locales" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "dance_classes_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_classes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dance_classes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_practitioners_specialties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_practitioners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_services_availability" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_bookings_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "care_bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formation_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "formations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_formations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_formations_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "dance_styles" CASCADE;
  DROP TABLE "dance_styles_locales" CASCADE;
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
  DROP TABLE "dance_classes_schedule" CASCADE;
  DROP TABLE "dance_classes" CASCADE;
  DROP TABLE "dance_classes_rels" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "care_practitioners_specialties" CASCADE;
  DROP TABLE "care_practitioners" CASCADE;
  DROP TABLE "care_services_availability" CASCADE;
  DROP TABLE "care_services" CASCADE;
  DROP TABLE "care_bookings_history" CASCADE;
  DROP TABLE "care_bookings" CASCADE;
  DROP TABLE "formation_categories_breadcrumbs" CASCADE;
  DROP TABLE "formation_categories" CASCADE;
  DROP TABLE "formation_categories_locales" CASCADE;
  DROP TABLE "formations" CASCADE;
  DROP TABLE "formations_locales" CASCADE;
  DROP TABLE "_formations_v" CASCADE;
  DROP TABLE "_formations_v_locales" CASCADE;
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_artists_fk";
  
  ALTER TABLE "festivals_rels" DROP CONSTRAINT "festivals_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dance_styles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_artist_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competition_scores_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dance_classes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trainings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_practitioners_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_bookings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_formation_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_formations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew', 'social-publish-due', 'social-run-schedules', 'social-sync-analytics', 'social-check-tokens', 'ai-images-generate', 'ai-images-cleanup');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew', 'social-publish-due', 'social-run-schedules', 'social-sync-analytics', 'social-check-tokens', 'ai-images-generate', 'ai-images-cleanup');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "events_rels_artists_id_idx";
  DROP INDEX "festivals_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_dance_styles_id_idx";
  DROP INDEX "payload_locked_documents_rels_artists_id_idx";
  DROP INDEX "payload_locked_documents_rels_artist_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_competitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_competition_scores_id_idx";
  DROP INDEX "payload_locked_documents_rels_dance_classes_id_idx";
  DROP INDEX "payload_locked_documents_rels_trainings_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_practitioners_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_bookings_id_idx";
  DROP INDEX "payload_locked_documents_rels_formation_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_formations_id_idx";
  ALTER TABLE "users" DROP COLUMN "dance_level";
  ALTER TABLE "users" DROP COLUMN "years_experience";
  ALTER TABLE "users" DROP COLUMN "facebook_url";
  ALTER TABLE "users" DROP COLUMN "instagram_url";
  ALTER TABLE "users" DROP COLUMN "youtube_url";
  ALTER TABLE "users" DROP COLUMN "website";
  ALTER TABLE "events_rels" DROP COLUMN "artists_id";
  ALTER TABLE "festivals_rels" DROP COLUMN "artists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dance_styles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "artists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "artist_reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competition_scores_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dance_classes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trainings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_practitioners_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_bookings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "formation_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "formations_id";
  DROP TYPE "public"."enum_users_dance_level";
  DROP TYPE "public"."enum_competitions_status";
  DROP TYPE "public"."enum_competition_categories_kind";
  DROP TYPE "public"."enum_competition_categories_level";
  DROP TYPE "public"."enum_competition_entries_status";
  DROP TYPE "public"."enum_competition_scores_round";
  DROP TYPE "public"."enum_dance_classes_schedule_day";
  DROP TYPE "public"."enum_dance_classes_level";
  DROP TYPE "public"."enum_dance_classes_status";
  DROP TYPE "public"."enum_trainings_type";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum_care_practitioners_specialties";
  DROP TYPE "public"."enum_care_services_availability_day";
  DROP TYPE "public"."enum_care_services_type";
  DROP TYPE "public"."enum_care_bookings_status";
  DROP TYPE "public"."enum_formations_difficulty";
  DROP TYPE "public"."enum_formations_status";
  DROP TYPE "public"."enum__formations_v_version_difficulty";
  DROP TYPE "public"."enum__formations_v_version_status";
  DROP TYPE "public"."enum__formations_v_published_locale";`)
}
