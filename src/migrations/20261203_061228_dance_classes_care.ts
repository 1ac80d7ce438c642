import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dance_classes_schedule_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_dance_classes_level" AS ENUM('beginner', 'intermediate', 'advanced', 'all_levels');
  CREATE TYPE "public"."enum_dance_classes_status" AS ENUM('draft', 'published', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_trainings_type" AS ENUM('practice', 'social', 'workshop', 'choreography');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('pending', 'confirmed', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_care_practitioners_specialties" AS ENUM('massage', 'physio', 'osteopathy', 'yoga', 'pilates', 'stretching', 'sophrology', 'nutrition', 'other');
  CREATE TYPE "public"."enum_care_services_availability_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_care_services_type" AS ENUM('massage', 'physio', 'osteopathy', 'yoga', 'pilates', 'stretching', 'sophrology', 'nutrition', 'other');
  CREATE TYPE "public"."enum_care_bookings_status" AS ENUM('pending_payment', 'pending', 'confirmed', 'cancelled', 'completed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dance-classes-lifecycle';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dance-classes-lifecycle';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dance_classes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trainings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_practitioners_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "care_bookings_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dance_classes_fk" FOREIGN KEY ("dance_classes_id") REFERENCES "public"."dance_classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_practitioners_fk" FOREIGN KEY ("care_practitioners_id") REFERENCES "public"."care_practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_services_fk" FOREIGN KEY ("care_services_id") REFERENCES "public"."care_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_care_bookings_fk" FOREIGN KEY ("care_bookings_id") REFERENCES "public"."care_bookings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dance_classes_id_idx" ON "payload_locked_documents_rels" USING btree ("dance_classes_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_care_practitioners_id_idx" ON "payload_locked_documents_rels" USING btree ("care_practitioners_id");
  CREATE INDEX "payload_locked_documents_rels_care_services_id_idx" ON "payload_locked_documents_rels" USING btree ("care_services_id");
  CREATE INDEX "payload_locked_documents_rels_care_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("care_bookings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dance_classes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trainings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_practitioners_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_care_bookings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout', 'subscriptions-renew');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_dance_classes_id_idx";
  DROP INDEX "payload_locked_documents_rels_trainings_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_practitioners_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_care_bookings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dance_classes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trainings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_practitioners_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "care_bookings_id";
  DROP TYPE "public"."enum_dance_classes_schedule_day";
  DROP TYPE "public"."enum_dance_classes_level";
  DROP TYPE "public"."enum_dance_classes_status";
  DROP TYPE "public"."enum_trainings_type";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum_care_practitioners_specialties";
  DROP TYPE "public"."enum_care_services_availability_day";
  DROP TYPE "public"."enum_care_services_type";
  DROP TYPE "public"."enum_care_bookings_status";`)
}
