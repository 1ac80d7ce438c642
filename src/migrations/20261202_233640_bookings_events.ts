import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_booking_buckets_confirmation_state" AS ENUM('pending', 'confirmed', 'cancelled');
  CREATE TYPE "public"."enum_booking_registrations_status" AS ENUM('pending_payment', 'confirmed', 'checked_in', 'cancelled', 'waitlisted', 'offered', 'expired');
  CREATE TYPE "public"."enum_booking_registrations_tier" AS ENUM('early_bird', 'regular', 'free');
  CREATE TYPE "public"."enum_promo_codes_discount_type" AS ENUM('percentage', 'fixed');
  CREATE TYPE "public"."enum_events_type" AS ENUM('workshop', 'masterclass', 'party', 'social', 'concert', 'conference', 'other');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'pending_review', 'published', 'rejected', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_events_access" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_festivals_status" AS ENUM('draft', 'published', 'cancelled');
  CREATE TYPE "public"."enum_festival_packages_level" AS ENUM('basic', 'premium', 'vip');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'bookings-expire' BEFORE 'learning-reset-streaks';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'bookings-minimums' BEFORE 'learning-reset-streaks';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'bookings-reminders' BEFORE 'learning-reset-streaks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'bookings-expire' BEFORE 'learning-reset-streaks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'bookings-minimums' BEFORE 'learning-reset-streaks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'bookings-reminders' BEFORE 'learning-reset-streaks';
  CREATE TABLE "booking_buckets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"resource_collection" varchar NOT NULL,
  	"resource_id" numeric NOT NULL,
  	"capacity" numeric DEFAULT 0 NOT NULL,
  	"taken" numeric DEFAULT 0 NOT NULL,
  	"parent_id" integer,
  	"min_participants" numeric DEFAULT 0,
  	"confirmation_deadline" timestamp(3) with time zone,
  	"confirmation_state" "enum_booking_buckets_confirmation_state" DEFAULT 'pending',
  	"starts_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "booking_registrations_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "booking_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"resource_collection" varchar NOT NULL,
  	"resource_id" numeric NOT NULL,
  	"resource_title" varchar,
  	"bucket_id" integer NOT NULL,
  	"status" "enum_booking_registrations_status" NOT NULL,
  	"tier" "enum_booking_registrations_tier",
  	"amount" numeric DEFAULT 0,
  	"discount" numeric DEFAULT 0,
  	"currency" varchar,
  	"promo_code_id" integer,
  	"payment_id" numeric,
  	"phone" varchar,
  	"hold_expires_at" timestamp(3) with time zone,
  	"offer_expires_at" timestamp(3) with time zone,
  	"ticket_code" varchar,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_in_by_id" integer,
  	"refunded_amount" numeric DEFAULT 0,
  	"refund_note" varchar,
  	"cancel_reason" varchar,
  	"reminders_day_before" timestamp(3) with time zone,
  	"reminders_hour_before" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promo_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"resource_collection" varchar,
  	"resource_id" numeric,
  	"discount_type" "enum_promo_codes_discount_type" DEFAULT 'percentage' NOT NULL,
  	"discount_value" numeric NOT NULL,
  	"usage_limit" numeric,
  	"usage_count" numeric DEFAULT 0,
  	"valid_until" timestamp(3) with time zone,
  	"active" boolean DEFAULT true,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_moderation_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reason" varchar
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"short_description" varchar,
  	"description" jsonb,
  	"category_id" integer,
  	"type" "enum_events_type" DEFAULT 'other',
  	"status" "enum_events_status" DEFAULT 'draft' NOT NULL,
  	"rejection_reason" varchar,
  	"cancel_reason" varchar,
  	"published_at" timestamp(3) with time zone,
  	"organizer_id" integer,
  	"featured" boolean DEFAULT false,
  	"views_count" numeric DEFAULT 0,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'Africa/Porto-Novo',
  	"venue" varchar,
  	"address" varchar,
  	"city" varchar,
  	"country" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"access" "enum_events_access" DEFAULT 'free' NOT NULL,
  	"price" numeric,
  	"early_bird_price" numeric,
  	"early_bird_until" timestamp(3) with time zone,
  	"currency" varchar DEFAULT 'XOF',
  	"capacity" numeric DEFAULT 100 NOT NULL,
  	"min_participants" numeric DEFAULT 0,
  	"waitlist_enabled" boolean DEFAULT true,
  	"registration_deadline" timestamp(3) with time zone,
  	"cancellation_deadline" timestamp(3) with time zone,
  	"confirmation_deadline" timestamp(3) with time zone,
  	"cover_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "festivals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" jsonb,
  	"status" "enum_festivals_status" DEFAULT 'draft' NOT NULL,
  	"organizer_id" integer,
  	"featured" boolean DEFAULT false,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone,
  	"registration_deadline" timestamp(3) with time zone,
  	"cancellation_deadline" timestamp(3) with time zone,
  	"venue" varchar,
  	"city" varchar,
  	"country" varchar,
  	"capacity" numeric DEFAULT 500 NOT NULL,
  	"cover_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "festivals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "festival_packages_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar NOT NULL
  );
  
  CREATE TABLE "festival_packages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"festival_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"level" "enum_festival_packages_level" DEFAULT 'basic' NOT NULL,
  	"price" numeric,
  	"early_bird_price" numeric,
  	"early_bird_until" timestamp(3) with time zone,
  	"currency" varchar DEFAULT 'XOF',
  	"slots" numeric DEFAULT 100 NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"follower_id" integer NOT NULL,
  	"organizer_id" integer,
  	"category_id" integer,
  	"target" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_buckets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promo_codes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "festivals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "festival_packages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follows_id" integer;
  ALTER TABLE "booking_buckets" ADD CONSTRAINT "booking_buckets_parent_id_booking_buckets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."booking_buckets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_registrations_history" ADD CONSTRAINT "booking_registrations_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_registrations_history" ADD CONSTRAINT "booking_registrations_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."booking_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_registrations" ADD CONSTRAINT "booking_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_registrations" ADD CONSTRAINT "booking_registrations_bucket_id_booking_buckets_id_fk" FOREIGN KEY ("bucket_id") REFERENCES "public"."booking_buckets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_registrations" ADD CONSTRAINT "booking_registrations_promo_code_id_promo_codes_id_fk" FOREIGN KEY ("promo_code_id") REFERENCES "public"."promo_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_registrations" ADD CONSTRAINT "booking_registrations_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_categories_locales" ADD CONSTRAINT "event_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_moderation_log" ADD CONSTRAINT "events_moderation_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_moderation_log" ADD CONSTRAINT "events_moderation_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_category_id_event_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."event_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals" ADD CONSTRAINT "festivals_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "festivals" ADD CONSTRAINT "festivals_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festival_packages_features" ADD CONSTRAINT "festival_packages_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festival_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festival_packages" ADD CONSTRAINT "festival_packages_festival_id_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."festivals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follows" ADD CONSTRAINT "follows_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follows" ADD CONSTRAINT "follows_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follows" ADD CONSTRAINT "follows_category_id_event_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."event_categories"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "booking_buckets_parent_idx" ON "booking_buckets" USING btree ("parent_id");
  CREATE INDEX "booking_buckets_starts_at_idx" ON "booking_buckets" USING btree ("starts_at");
  CREATE INDEX "booking_buckets_updated_at_idx" ON "booking_buckets" USING btree ("updated_at");
  CREATE INDEX "booking_buckets_created_at_idx" ON "booking_buckets" USING btree ("created_at");
  CREATE UNIQUE INDEX "resourceCollection_resourceId_idx" ON "booking_buckets" USING btree ("resource_collection","resource_id");
  CREATE INDEX "booking_registrations_history_order_idx" ON "booking_registrations_history" USING btree ("_order");
  CREATE INDEX "booking_registrations_history_parent_id_idx" ON "booking_registrations_history" USING btree ("_parent_id");
  CREATE INDEX "booking_registrations_history_by_idx" ON "booking_registrations_history" USING btree ("by_id");
  CREATE INDEX "booking_registrations_user_idx" ON "booking_registrations" USING btree ("user_id");
  CREATE INDEX "booking_registrations_bucket_idx" ON "booking_registrations" USING btree ("bucket_id");
  CREATE INDEX "booking_registrations_status_idx" ON "booking_registrations" USING btree ("status");
  CREATE INDEX "booking_registrations_promo_code_idx" ON "booking_registrations" USING btree ("promo_code_id");
  CREATE INDEX "booking_registrations_hold_expires_at_idx" ON "booking_registrations" USING btree ("hold_expires_at");
  CREATE INDEX "booking_registrations_offer_expires_at_idx" ON "booking_registrations" USING btree ("offer_expires_at");
  CREATE UNIQUE INDEX "booking_registrations_ticket_code_idx" ON "booking_registrations" USING btree ("ticket_code");
  CREATE INDEX "booking_registrations_checked_in_by_idx" ON "booking_registrations" USING btree ("checked_in_by_id");
  CREATE INDEX "booking_registrations_updated_at_idx" ON "booking_registrations" USING btree ("updated_at");
  CREATE INDEX "booking_registrations_created_at_idx" ON "booking_registrations" USING btree ("created_at");
  CREATE INDEX "resourceCollection_resourceId_status_idx" ON "booking_registrations" USING btree ("resource_collection","resource_id","status");
  CREATE UNIQUE INDEX "promo_codes_code_idx" ON "promo_codes" USING btree ("code");
  CREATE INDEX "promo_codes_created_by_idx" ON "promo_codes" USING btree ("created_by_id");
  CREATE INDEX "promo_codes_updated_at_idx" ON "promo_codes" USING btree ("updated_at");
  CREATE INDEX "promo_codes_created_at_idx" ON "promo_codes" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_categories_slug_idx" ON "event_categories" USING btree ("slug");
  CREATE INDEX "event_categories_updated_at_idx" ON "event_categories" USING btree ("updated_at");
  CREATE INDEX "event_categories_created_at_idx" ON "event_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_categories_locales_locale_parent_id_unique" ON "event_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_moderation_log_order_idx" ON "events_moderation_log" USING btree ("_order");
  CREATE INDEX "events_moderation_log_parent_id_idx" ON "events_moderation_log" USING btree ("_parent_id");
  CREATE INDEX "events_moderation_log_by_idx" ON "events_moderation_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_category_idx" ON "events" USING btree ("category_id");
  CREATE INDEX "events_status_idx" ON "events" USING btree ("status");
  CREATE INDEX "events_organizer_idx" ON "events" USING btree ("organizer_id");
  CREATE INDEX "events_city_idx" ON "events" USING btree ("city");
  CREATE INDEX "events_cover_image_idx" ON "events" USING btree ("cover_image_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "status_startsAt_idx" ON "events" USING btree ("status","starts_at");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_users_id_idx" ON "events_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "festivals_slug_idx" ON "festivals" USING btree ("slug");
  CREATE INDEX "festivals_organizer_idx" ON "festivals" USING btree ("organizer_id");
  CREATE INDEX "festivals_cover_image_idx" ON "festivals" USING btree ("cover_image_id");
  CREATE INDEX "festivals_updated_at_idx" ON "festivals" USING btree ("updated_at");
  CREATE INDEX "festivals_created_at_idx" ON "festivals" USING btree ("created_at");
  CREATE INDEX "festivals_rels_order_idx" ON "festivals_rels" USING btree ("order");
  CREATE INDEX "festivals_rels_parent_idx" ON "festivals_rels" USING btree ("parent_id");
  CREATE INDEX "festivals_rels_path_idx" ON "festivals_rels" USING btree ("path");
  CREATE INDEX "festivals_rels_users_id_idx" ON "festivals_rels" USING btree ("users_id");
  CREATE INDEX "festival_packages_features_order_idx" ON "festival_packages_features" USING btree ("_order");
  CREATE INDEX "festival_packages_features_parent_id_idx" ON "festival_packages_features" USING btree ("_parent_id");
  CREATE INDEX "festival_packages_festival_idx" ON "festival_packages" USING btree ("festival_id");
  CREATE INDEX "festival_packages_updated_at_idx" ON "festival_packages" USING btree ("updated_at");
  CREATE INDEX "festival_packages_created_at_idx" ON "festival_packages" USING btree ("created_at");
  CREATE INDEX "follows_follower_idx" ON "follows" USING btree ("follower_id");
  CREATE INDEX "follows_organizer_idx" ON "follows" USING btree ("organizer_id");
  CREATE INDEX "follows_category_idx" ON "follows" USING btree ("category_id");
  CREATE INDEX "follows_updated_at_idx" ON "follows" USING btree ("updated_at");
  CREATE INDEX "follows_created_at_idx" ON "follows" USING btree ("created_at");
  CREATE UNIQUE INDEX "follower_target_idx" ON "follows" USING btree ("follower_id","target");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_buckets_fk" FOREIGN KEY ("booking_buckets_id") REFERENCES "public"."booking_buckets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_registrations_fk" FOREIGN KEY ("booking_registrations_id") REFERENCES "public"."booking_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promo_codes_fk" FOREIGN KEY ("promo_codes_id") REFERENCES "public"."promo_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_categories_fk" FOREIGN KEY ("event_categories_id") REFERENCES "public"."event_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_festival_packages_fk" FOREIGN KEY ("festival_packages_id") REFERENCES "public"."festival_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follows_fk" FOREIGN KEY ("follows_id") REFERENCES "public"."follows"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_booking_buckets_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_buckets_id");
  CREATE INDEX "payload_locked_documents_rels_booking_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_promo_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("promo_codes_id");
  CREATE INDEX "payload_locked_documents_rels_event_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("event_categories_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_festivals_id_idx" ON "payload_locked_documents_rels" USING btree ("festivals_id");
  CREATE INDEX "payload_locked_documents_rels_festival_packages_id_idx" ON "payload_locked_documents_rels" USING btree ("festival_packages_id");
  CREATE INDEX "payload_locked_documents_rels_follows_id_idx" ON "payload_locked_documents_rels" USING btree ("follows_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_buckets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_registrations_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promo_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_moderation_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festival_packages_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festival_packages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follows" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_buckets" CASCADE;
  DROP TABLE "booking_registrations_history" CASCADE;
  DROP TABLE "booking_registrations" CASCADE;
  DROP TABLE "promo_codes" CASCADE;
  DROP TABLE "event_categories" CASCADE;
  DROP TABLE "event_categories_locales" CASCADE;
  DROP TABLE "events_moderation_log" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "festivals" CASCADE;
  DROP TABLE "festivals_rels" CASCADE;
  DROP TABLE "festival_packages_features" CASCADE;
  DROP TABLE "festival_packages" CASCADE;
  DROP TABLE "follows" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_buckets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promo_codes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_festivals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_festival_packages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follows_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_booking_buckets_id_idx";
  DROP INDEX "payload_locked_documents_rels_booking_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_promo_codes_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_festivals_id_idx";
  DROP INDEX "payload_locked_documents_rels_festival_packages_id_idx";
  DROP INDEX "payload_locked_documents_rels_follows_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_buckets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promo_codes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "festivals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "festival_packages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follows_id";
  DROP TYPE "public"."enum_booking_buckets_confirmation_state";
  DROP TYPE "public"."enum_booking_registrations_status";
  DROP TYPE "public"."enum_booking_registrations_tier";
  DROP TYPE "public"."enum_promo_codes_discount_type";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum_events_access";
  DROP TYPE "public"."enum_festivals_status";
  DROP TYPE "public"."enum_festival_packages_level";`)
}
