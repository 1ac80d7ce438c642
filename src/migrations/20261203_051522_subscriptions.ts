import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscription_plans_benefits_type" AS ENUM('booking_discount', 'priority_booking');
  CREATE TYPE "public"."enum_subscription_plans_period" AS ENUM('month', 'year');
  CREATE TYPE "public"."enum_subscriptions_status" AS ENUM('pending_payment', 'active', 'past_due', 'cancelling', 'expired', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'subscriptions-renew';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'subscriptions-renew';
  CREATE TABLE "subscription_plans_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_subscription_plans_benefits_type" NOT NULL,
  	"percent" numeric
  );
  
  CREATE TABLE "subscription_plans_benefits_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "subscription_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"price" numeric NOT NULL,
  	"currency" varchar DEFAULT 'XOF' NOT NULL,
  	"period" "enum_subscription_plans_period" DEFAULT 'month' NOT NULL,
  	"active" boolean DEFAULT true,
  	"sort_order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscription_plans_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "subscriptions_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"by" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"plan_id" integer NOT NULL,
  	"status" "enum_subscriptions_status" DEFAULT 'pending_payment' NOT NULL,
  	"period_number" numeric DEFAULT 0,
  	"current_period_start" timestamp(3) with time zone,
  	"current_period_end" timestamp(3) with time zone,
  	"grace_until" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"ended_at" timestamp(3) with time zone,
  	"provider" varchar NOT NULL,
  	"phone" varchar,
  	"amount" numeric,
  	"currency" varchar,
  	"open_payment_id" numeric,
  	"open_payment_period" numeric,
  	"open_payment_attempt" numeric DEFAULT 0,
  	"last_failure" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscription_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "subscription_plans_benefits" ADD CONSTRAINT "subscription_plans_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscription_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_plans_benefits_locales" ADD CONSTRAINT "subscription_plans_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscription_plans_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_plans_locales" ADD CONSTRAINT "subscription_plans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscription_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_history" ADD CONSTRAINT "subscriptions_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plan_id_subscription_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."subscription_plans"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscription_plans_benefits_order_idx" ON "subscription_plans_benefits" USING btree ("_order");
  CREATE INDEX "subscription_plans_benefits_parent_id_idx" ON "subscription_plans_benefits" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "subscription_plans_benefits_locales_locale_parent_id_unique" ON "subscription_plans_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "subscription_plans_benefits_locales__parent_id_idx" ON "subscription_plans_benefits_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "subscription_plans_slug_idx" ON "subscription_plans" USING btree ("slug");
  CREATE INDEX "subscription_plans_active_idx" ON "subscription_plans" USING btree ("active");
  CREATE INDEX "subscription_plans_updated_at_idx" ON "subscription_plans" USING btree ("updated_at");
  CREATE INDEX "subscription_plans_created_at_idx" ON "subscription_plans" USING btree ("created_at");
  CREATE UNIQUE INDEX "subscription_plans_locales_locale_parent_id_unique" ON "subscription_plans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "subscription_plans_locales__parent_id_idx" ON "subscription_plans_locales" USING btree ("_parent_id");
  CREATE INDEX "subscriptions_history_order_idx" ON "subscriptions_history" USING btree ("_order");
  CREATE INDEX "subscriptions_history_parent_id_idx" ON "subscriptions_history" USING btree ("_parent_id");
  CREATE INDEX "subscriptions_user_idx" ON "subscriptions" USING btree ("user_id");
  CREATE INDEX "subscriptions_plan_idx" ON "subscriptions" USING btree ("plan_id");
  CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");
  CREATE INDEX "subscriptions_current_period_end_idx" ON "subscriptions" USING btree ("current_period_end");
  CREATE INDEX "subscriptions_grace_until_idx" ON "subscriptions" USING btree ("grace_until");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscription_plans_fk" FOREIGN KEY ("subscription_plans_id") REFERENCES "public"."subscription_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscription_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("subscription_plans_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscription_plans_benefits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_plans_benefits_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_plans_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscription_plans_benefits" CASCADE;
  DROP TABLE "subscription_plans_benefits_locales" CASCADE;
  DROP TABLE "subscription_plans" CASCADE;
  DROP TABLE "subscription_plans_locales" CASCADE;
  DROP TABLE "subscriptions_history" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscription_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'jobs-probe', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'bookings-expire', 'bookings-minimums', 'bookings-reminders', 'learning-reset-streaks', 'learning-evaluate-badges', 'delivery-offer-timeout');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscription_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscription_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  DROP TYPE "public"."enum_subscription_plans_benefits_type";
  DROP TYPE "public"."enum_subscription_plans_period";
  DROP TYPE "public"."enum_subscriptions_status";`)
}
