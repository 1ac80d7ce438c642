import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_social_accounts_platform" AS ENUM('instagram', 'facebook', 'x');
  CREATE TYPE "public"."enum_social_accounts_mode" AS ENUM('live', 'sandbox');
  CREATE TYPE "public"."enum_social_accounts_status" AS ENUM('connected', 'reconnect_needed');
  CREATE TYPE "public"."enum_scheduled_posts_variants_platform" AS ENUM('instagram', 'facebook', 'x');
  CREATE TYPE "public"."enum_scheduled_posts_targets_platform" AS ENUM('instagram', 'facebook', 'x');
  CREATE TYPE "public"."enum_scheduled_posts_targets_state" AS ENUM('pending', 'published', 'failed', 'waiting');
  CREATE TYPE "public"."enum_scheduled_posts_status" AS ENUM('draft', 'scheduled', 'publishing', 'published', 'retry', 'failed', 'waiting', 'cancelled');
  CREATE TYPE "public"."enum_posting_schedules_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_posting_schedules_kind" AS ENUM('recurring', 'queue');
  CREATE TYPE "public"."enum_posting_schedules_frequency" AS ENUM('weekly', 'daily');
  CREATE TYPE "public"."enum_posting_schedules_image_source" AS ENUM('pool', 'tag');
  CREATE TYPE "public"."enum_post_analytics_platform" AS ENUM('instagram', 'facebook', 'x');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'social-publish-due';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'social-run-schedules';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'social-sync-analytics';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'social-check-tokens';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'social-publish-due';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'social-run-schedules';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'social-sync-analytics';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'social-check-tokens';
  CREATE TABLE "social_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"platform" "enum_social_accounts_platform" NOT NULL,
  	"mode" "enum_social_accounts_mode" DEFAULT 'sandbox' NOT NULL,
  	"external_id" varchar NOT NULL,
  	"handle" varchar,
  	"status" "enum_social_accounts_status" DEFAULT 'connected' NOT NULL,
  	"status_reason" varchar,
  	"connected_at" timestamp(3) with time zone,
  	"credentials" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scheduled_posts_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_scheduled_posts_variants_platform" NOT NULL,
  	"caption" varchar
  );
  
  CREATE TABLE "scheduled_posts_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"platform" "enum_scheduled_posts_targets_platform" NOT NULL,
  	"state" "enum_scheduled_posts_targets_state" DEFAULT 'pending' NOT NULL,
  	"platform_post_id" varchar,
  	"permalink" varchar,
  	"container_id" varchar,
  	"attempt_started_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"published_at" timestamp(3) with time zone,
  	"last_error" varchar
  );
  
  CREATE TABLE "scheduled_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"title" varchar,
  	"caption" varchar,
  	"scheduled_at" timestamp(3) with time zone NOT NULL,
  	"timezone" varchar DEFAULT 'UTC' NOT NULL,
  	"scheduled_local" varchar,
  	"status" "enum_scheduled_posts_status" DEFAULT 'draft' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"claim_token" varchar,
  	"published_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"schedule_id" integer,
  	"slot_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scheduled_posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "posting_schedules_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_posting_schedules_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "posting_schedules_times" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time" varchar NOT NULL
  );
  
  CREATE TABLE "posting_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_posting_schedules_kind" DEFAULT 'recurring' NOT NULL,
  	"active" boolean DEFAULT true,
  	"timezone" varchar DEFAULT 'Europe/Paris' NOT NULL,
  	"frequency" "enum_posting_schedules_frequency" DEFAULT 'weekly',
  	"rrule" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"caption_template" varchar,
  	"image_source" "enum_posting_schedules_image_source" DEFAULT 'pool',
  	"tag" varchar,
  	"last_occurrence_at" timestamp(3) with time zone,
  	"last_message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "posting_schedules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"social_accounts_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "post_analytics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"post_id" integer NOT NULL,
  	"account_id" integer NOT NULL,
  	"platform" "enum_post_analytics_platform" NOT NULL,
  	"synced_at" timestamp(3) with time zone NOT NULL,
  	"likes" numeric,
  	"comments" numeric,
  	"shares" numeric,
  	"reach" numeric,
  	"impressions" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_sandbox_log_image_urls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "social_sandbox_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"post_id" integer NOT NULL,
  	"account_id" integer NOT NULL,
  	"platform" varchar NOT NULL,
  	"caption" varchar,
  	"request" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scheduled_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "posting_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "post_analytics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_sandbox_log_id" integer;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_posts_variants" ADD CONSTRAINT "scheduled_posts_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scheduled_posts_targets" ADD CONSTRAINT "scheduled_posts_targets_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_posts_targets" ADD CONSTRAINT "scheduled_posts_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scheduled_posts" ADD CONSTRAINT "scheduled_posts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_posts" ADD CONSTRAINT "scheduled_posts_schedule_id_posting_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."posting_schedules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheduled_posts_rels" ADD CONSTRAINT "scheduled_posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scheduled_posts_rels" ADD CONSTRAINT "scheduled_posts_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posting_schedules_weekdays" ADD CONSTRAINT "posting_schedules_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posting_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posting_schedules_times" ADD CONSTRAINT "posting_schedules_times_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posting_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posting_schedules" ADD CONSTRAINT "posting_schedules_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posting_schedules_rels" ADD CONSTRAINT "posting_schedules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posting_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posting_schedules_rels" ADD CONSTRAINT "posting_schedules_rels_social_accounts_fk" FOREIGN KEY ("social_accounts_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posting_schedules_rels" ADD CONSTRAINT "posting_schedules_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_analytics" ADD CONSTRAINT "post_analytics_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_analytics" ADD CONSTRAINT "post_analytics_post_id_scheduled_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_analytics" ADD CONSTRAINT "post_analytics_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_sandbox_log_image_urls" ADD CONSTRAINT "social_sandbox_log_image_urls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."social_sandbox_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_sandbox_log" ADD CONSTRAINT "social_sandbox_log_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_sandbox_log" ADD CONSTRAINT "social_sandbox_log_post_id_scheduled_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_sandbox_log" ADD CONSTRAINT "social_sandbox_log_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "social_accounts_owner_idx" ON "social_accounts" USING btree ("owner_id");
  CREATE INDEX "social_accounts_status_idx" ON "social_accounts" USING btree ("status");
  CREATE INDEX "social_accounts_updated_at_idx" ON "social_accounts" USING btree ("updated_at");
  CREATE INDEX "social_accounts_created_at_idx" ON "social_accounts" USING btree ("created_at");
  CREATE INDEX "scheduled_posts_variants_order_idx" ON "scheduled_posts_variants" USING btree ("_order");
  CREATE INDEX "scheduled_posts_variants_parent_id_idx" ON "scheduled_posts_variants" USING btree ("_parent_id");
  CREATE INDEX "scheduled_posts_targets_order_idx" ON "scheduled_posts_targets" USING btree ("_order");
  CREATE INDEX "scheduled_posts_targets_parent_id_idx" ON "scheduled_posts_targets" USING btree ("_parent_id");
  CREATE INDEX "scheduled_posts_targets_account_idx" ON "scheduled_posts_targets" USING btree ("account_id");
  CREATE INDEX "scheduled_posts_owner_idx" ON "scheduled_posts" USING btree ("owner_id");
  CREATE INDEX "scheduled_posts_scheduled_at_idx" ON "scheduled_posts" USING btree ("scheduled_at");
  CREATE INDEX "scheduled_posts_status_idx" ON "scheduled_posts" USING btree ("status");
  CREATE INDEX "scheduled_posts_schedule_idx" ON "scheduled_posts" USING btree ("schedule_id");
  CREATE UNIQUE INDEX "scheduled_posts_slot_key_idx" ON "scheduled_posts" USING btree ("slot_key");
  CREATE INDEX "scheduled_posts_updated_at_idx" ON "scheduled_posts" USING btree ("updated_at");
  CREATE INDEX "scheduled_posts_created_at_idx" ON "scheduled_posts" USING btree ("created_at");
  CREATE INDEX "status_scheduledAt_idx" ON "scheduled_posts" USING btree ("status","scheduled_at");
  CREATE INDEX "scheduled_posts_rels_order_idx" ON "scheduled_posts_rels" USING btree ("order");
  CREATE INDEX "scheduled_posts_rels_parent_idx" ON "scheduled_posts_rels" USING btree ("parent_id");
  CREATE INDEX "scheduled_posts_rels_path_idx" ON "scheduled_posts_rels" USING btree ("path");
  CREATE INDEX "scheduled_posts_rels_media_id_idx" ON "scheduled_posts_rels" USING btree ("media_id");
  CREATE INDEX "scheduled_posts_rels_parent_id_path_idx" ON "scheduled_posts_rels" USING btree ("parent_id","path");
  CREATE INDEX "posting_schedules_weekdays_order_idx" ON "posting_schedules_weekdays" USING btree ("order");
  CREATE INDEX "posting_schedules_weekdays_parent_idx" ON "posting_schedules_weekdays" USING btree ("parent_id");
  CREATE INDEX "posting_schedules_times_order_idx" ON "posting_schedules_times" USING btree ("_order");
  CREATE INDEX "posting_schedules_times_parent_id_idx" ON "posting_schedules_times" USING btree ("_parent_id");
  CREATE INDEX "posting_schedules_owner_idx" ON "posting_schedules" USING btree ("owner_id");
  CREATE INDEX "posting_schedules_updated_at_idx" ON "posting_schedules" USING btree ("updated_at");
  CREATE INDEX "posting_schedules_created_at_idx" ON "posting_schedules" USING btree ("created_at");
  CREATE INDEX "posting_schedules_rels_order_idx" ON "posting_schedules_rels" USING btree ("order");
  CREATE INDEX "posting_schedules_rels_parent_idx" ON "posting_schedules_rels" USING btree ("parent_id");
  CREATE INDEX "posting_schedules_rels_path_idx" ON "posting_schedules_rels" USING btree ("path");
  CREATE INDEX "posting_schedules_rels_social_accounts_id_idx" ON "posting_schedules_rels" USING btree ("social_accounts_id");
  CREATE INDEX "posting_schedules_rels_media_id_idx" ON "posting_schedules_rels" USING btree ("media_id");
  CREATE INDEX "posting_schedules_rels_parent_id_path_idx" ON "posting_schedules_rels" USING btree ("parent_id","path");
  CREATE INDEX "post_analytics_owner_idx" ON "post_analytics" USING btree ("owner_id");
  CREATE INDEX "post_analytics_post_idx" ON "post_analytics" USING btree ("post_id");
  CREATE INDEX "post_analytics_account_idx" ON "post_analytics" USING btree ("account_id");
  CREATE INDEX "post_analytics_synced_at_idx" ON "post_analytics" USING btree ("synced_at");
  CREATE INDEX "post_analytics_updated_at_idx" ON "post_analytics" USING btree ("updated_at");
  CREATE INDEX "post_analytics_created_at_idx" ON "post_analytics" USING btree ("created_at");
  CREATE INDEX "social_sandbox_log_image_urls_order_idx" ON "social_sandbox_log_image_urls" USING btree ("_order");
  CREATE INDEX "social_sandbox_log_image_urls_parent_id_idx" ON "social_sandbox_log_image_urls" USING btree ("_parent_id");
  CREATE INDEX "social_sandbox_log_owner_idx" ON "social_sandbox_log" USING btree ("owner_id");
  CREATE INDEX "social_sandbox_log_post_idx" ON "social_sandbox_log" USING btree ("post_id");
  CREATE INDEX "social_sandbox_log_account_idx" ON "social_sandbox_log" USING btree ("account_id");
  CREATE INDEX "social_sandbox_log_updated_at_idx" ON "social_sandbox_log" USING btree ("updated_at");
  CREATE INDEX "social_sandbox_log_created_at_idx" ON "social_sandbox_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_accounts_fk" FOREIGN KEY ("social_accounts_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scheduled_posts_fk" FOREIGN KEY ("scheduled_posts_id") REFERENCES "public"."scheduled_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posting_schedules_fk" FOREIGN KEY ("posting_schedules_id") REFERENCES "public"."posting_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_post_analytics_fk" FOREIGN KEY ("post_analytics_id") REFERENCES "public"."post_analytics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_sandbox_log_fk" FOREIGN KEY ("social_sandbox_log_id") REFERENCES "public"."social_sandbox_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_social_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("social_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_scheduled_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("scheduled_posts_id");
  CREATE INDEX "payload_locked_documents_rels_posting_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("posting_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_post_analytics_id_idx" ON "payload_locked_documents_rels" USING btree ("post_analytics_id");
  CREATE INDEX "payload_locked_documents_rels_social_sandbox_log_id_idx" ON "payload_locked_documents_rels" USING btree ("social_sandbox_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "social_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scheduled_posts_variants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scheduled_posts_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scheduled_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scheduled_posts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posting_schedules_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posting_schedules_times" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posting_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posting_schedules_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "post_analytics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_sandbox_log_image_urls" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_sandbox_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "social_accounts" CASCADE;
  DROP TABLE "scheduled_posts_variants" CASCADE;
  DROP TABLE "scheduled_posts_targets" CASCADE;
  DROP TABLE "scheduled_posts" CASCADE;
  DROP TABLE "scheduled_posts_rels" CASCADE;
  DROP TABLE "posting_schedules_weekdays" CASCADE;
  DROP TABLE "posting_schedules_times" CASCADE;
  DROP TABLE "posting_schedules" CASCADE;
  DROP TABLE "posting_schedules_rels" CASCADE;
  DROP TABLE "post_analytics" CASCADE;
  DROP TABLE "social_sandbox_log_image_urls" CASCADE;
  DROP TABLE "social_sandbox_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_social_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scheduled_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_posting_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_post_analytics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_social_sandbox_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_social_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_scheduled_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_posting_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_post_analytics_id_idx";
  DROP INDEX "payload_locked_documents_rels_social_sandbox_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scheduled_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "posting_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "post_analytics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_sandbox_log_id";
  DROP TYPE "public"."enum_social_accounts_platform";
  DROP TYPE "public"."enum_social_accounts_mode";
  DROP TYPE "public"."enum_social_accounts_status";
  DROP TYPE "public"."enum_scheduled_posts_variants_platform";
  DROP TYPE "public"."enum_scheduled_posts_targets_platform";
  DROP TYPE "public"."enum_scheduled_posts_targets_state";
  DROP TYPE "public"."enum_scheduled_posts_status";
  DROP TYPE "public"."enum_posting_schedules_weekdays";
  DROP TYPE "public"."enum_posting_schedules_kind";
  DROP TYPE "public"."enum_posting_schedules_frequency";
  DROP TYPE "public"."enum_posting_schedules_image_source";
  DROP TYPE "public"."enum_post_analytics_platform";`)
}
