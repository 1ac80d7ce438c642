import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_generated_images_style" AS ENUM('none', 'photographic', 'illustration', 'watercolor', '3d-render', 'minimalist', 'pop-art');
  CREATE TYPE "public"."enum_generated_images_size" AS ENUM('1024x1024', '1536x1024', '1024x1536', 'auto');
  CREATE TYPE "public"."enum_generated_images_quality" AS ENUM('low', 'medium', 'high', 'auto');
  CREATE TYPE "public"."enum_generated_images_background" AS ENUM('auto', 'opaque', 'transparent');
  CREATE TYPE "public"."enum_generated_images_output_format" AS ENUM('png', 'jpeg', 'webp');
  CREATE TYPE "public"."enum_generated_images_status" AS ENUM('pending', 'generating', 'generated', 'failed', 'approved', 'rejected');
  CREATE TYPE "public"."enum_generated_images_provider" AS ENUM('openai', 'local-renderer');
  CREATE TYPE "public"."enum_image_generation_history_outcome" AS ENUM('success', 'failed', 'moderation_blocked');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ai-images-generate';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ai-images-cleanup';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ai-images-generate';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ai-images-cleanup';
  CREATE TABLE "image_tags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"colour" varchar DEFAULT '#6366f1',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "generated_images_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer NOT NULL,
  	"revised_prompt" varchar
  );
  
  CREATE TABLE "generated_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar NOT NULL,
  	"style" "enum_generated_images_style" DEFAULT 'none',
  	"size" "enum_generated_images_size" DEFAULT '1024x1024',
  	"quality" "enum_generated_images_quality" DEFAULT 'medium',
  	"background" "enum_generated_images_background" DEFAULT 'auto',
  	"output_format" "enum_generated_images_output_format" DEFAULT 'png',
  	"n" numeric DEFAULT 1 NOT NULL,
  	"status" "enum_generated_images_status" DEFAULT 'pending' NOT NULL,
  	"requester_id" integer NOT NULL,
  	"provider" "enum_generated_images_provider",
  	"model" varchar,
  	"provider_note" varchar,
  	"error_code" varchar,
  	"error_message" varchar,
  	"generation_ms" numeric,
  	"completed_at" timestamp(3) with time zone,
  	"rejection_reason" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "generated_images_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"image_tags_id" integer
  );
  
  CREATE TABLE "image_generation_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"requester_id" integer NOT NULL,
  	"prompt" varchar NOT NULL,
  	"params_style" varchar,
  	"params_size" varchar,
  	"params_quality" varchar,
  	"params_background" varchar,
  	"params_output_format" varchar,
  	"params_n" numeric,
  	"provider" varchar,
  	"model" varchar,
  	"outcome" "enum_image_generation_history_outcome" NOT NULL,
  	"attempts" numeric,
  	"duration_ms" numeric,
  	"cost_estimate" numeric,
  	"currency" varchar DEFAULT 'USD',
  	"error_code" varchar,
  	"error_message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "scheduled_posts_rels" ADD COLUMN "generated_images_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "image_tags_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "generated_images_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "image_generation_history_id" integer;
  ALTER TABLE "generated_images_images" ADD CONSTRAINT "generated_images_images_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images_images" ADD CONSTRAINT "generated_images_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."generated_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images_rels" ADD CONSTRAINT "generated_images_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."generated_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "generated_images_rels" ADD CONSTRAINT "generated_images_rels_image_tags_fk" FOREIGN KEY ("image_tags_id") REFERENCES "public"."image_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "image_generation_history" ADD CONSTRAINT "image_generation_history_image_id_generated_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."generated_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "image_generation_history" ADD CONSTRAINT "image_generation_history_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "image_tags_slug_idx" ON "image_tags" USING btree ("slug");
  CREATE INDEX "image_tags_updated_at_idx" ON "image_tags" USING btree ("updated_at");
  CREATE INDEX "image_tags_created_at_idx" ON "image_tags" USING btree ("created_at");
  CREATE INDEX "generated_images_images_order_idx" ON "generated_images_images" USING btree ("_order");
  CREATE INDEX "generated_images_images_parent_id_idx" ON "generated_images_images" USING btree ("_parent_id");
  CREATE INDEX "generated_images_images_media_idx" ON "generated_images_images" USING btree ("media_id");
  CREATE INDEX "generated_images_style_idx" ON "generated_images" USING btree ("style");
  CREATE INDEX "generated_images_status_idx" ON "generated_images" USING btree ("status");
  CREATE INDEX "generated_images_requester_idx" ON "generated_images" USING btree ("requester_id");
  CREATE INDEX "generated_images_reviewed_by_idx" ON "generated_images" USING btree ("reviewed_by_id");
  CREATE INDEX "generated_images_updated_at_idx" ON "generated_images" USING btree ("updated_at");
  CREATE INDEX "generated_images_created_at_idx" ON "generated_images" USING btree ("created_at");
  CREATE INDEX "requester_status_idx" ON "generated_images" USING btree ("requester_id","status");
  CREATE INDEX "status_createdAt_1_idx" ON "generated_images" USING btree ("status","created_at");
  CREATE INDEX "generated_images_rels_order_idx" ON "generated_images_rels" USING btree ("order");
  CREATE INDEX "generated_images_rels_parent_idx" ON "generated_images_rels" USING btree ("parent_id");
  CREATE INDEX "generated_images_rels_path_idx" ON "generated_images_rels" USING btree ("path");
  CREATE INDEX "generated_images_rels_image_tags_id_idx" ON "generated_images_rels" USING btree ("image_tags_id");
  CREATE INDEX "generated_images_rels_parent_id_path_idx" ON "generated_images_rels" USING btree ("parent_id","path");
  CREATE INDEX "image_generation_history_image_idx" ON "image_generation_history" USING btree ("image_id");
  CREATE INDEX "image_generation_history_requester_idx" ON "image_generation_history" USING btree ("requester_id");
  CREATE INDEX "image_generation_history_outcome_idx" ON "image_generation_history" USING btree ("outcome");
  CREATE INDEX "image_generation_history_updated_at_idx" ON "image_generation_history" USING btree ("updated_at");
  CREATE INDEX "image_generation_history_created_at_idx" ON "image_generation_history" USING btree ("created_at");
  ALTER TABLE "scheduled_posts_rels" ADD CONSTRAINT "scheduled_posts_rels_generated_images_fk" FOREIGN KEY ("generated_images_id") REFERENCES "public"."generated_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_image_tags_fk" FOREIGN KEY ("image_tags_id") REFERENCES "public"."image_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_generated_images_fk" FOREIGN KEY ("generated_images_id") REFERENCES "public"."generated_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_image_generation_history_fk" FOREIGN KEY ("image_generation_history_id") REFERENCES "public"."image_generation_history"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "scheduled_posts_rels_generated_images_id_idx" ON "scheduled_posts_rels" USING btree ("generated_images_id");
  CREATE INDEX "payload_locked_documents_rels_image_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("image_tags_id");
  CREATE INDEX "payload_locked_documents_rels_generated_images_id_idx" ON "payload_locked_documents_rels" USING btree ("generated_images_id");
  CREATE INDEX "payload_locked_documents_rels_image_generation_history_i_idx" ON "payload_locked_documents_rels" USING btree ("image_generation_history_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "image_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "generated_images_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "generated_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "generated_images_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "image_generation_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "image_tags" CASCADE;
  DROP TABLE "generated_images_images" CASCADE;
  DROP TABLE "generated_images" CASCADE;
  DROP TABLE "generated_images_rels" CASCADE;
  DROP TABLE "image_generation_history" CASCADE;
  ALTER TABLE "scheduled_posts_rels" DROP CONSTRAINT "scheduled_posts_rels_generated_images_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_image_tags_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_generated_images_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_image_generation_history_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew', 'social-publish-due', 'social-run-schedules', 'social-sync-analytics', 'social-check-tokens');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew', 'social-publish-due', 'social-run-schedules', 'social-sync-analytics', 'social-check-tokens');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "scheduled_posts_rels_generated_images_id_idx";
  DROP INDEX "payload_locked_documents_rels_image_tags_id_idx";
  DROP INDEX "payload_locked_documents_rels_generated_images_id_idx";
  DROP INDEX "payload_locked_documents_rels_image_generation_history_i_idx";
  ALTER TABLE "scheduled_posts_rels" DROP COLUMN "generated_images_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "image_tags_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "generated_images_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "image_generation_history_id";
  DROP TYPE "public"."enum_generated_images_style";
  DROP TYPE "public"."enum_generated_images_size";
  DROP TYPE "public"."enum_generated_images_quality";
  DROP TYPE "public"."enum_generated_images_background";
  DROP TYPE "public"."enum_generated_images_output_format";
  DROP TYPE "public"."enum_generated_images_status";
  DROP TYPE "public"."enum_generated_images_provider";
  DROP TYPE "public"."enum_image_generation_history_outcome";`)
}
