import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orders_refund_status" AS ENUM('refunded', 'pending', 'failed');
  CREATE TYPE "public"."enum_delivery_offers_status" AS ENUM('offered', 'accepted', 'declined', 'expired', 'withdrawn');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'delivery-offer-timeout';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'delivery-offer-timeout';
  CREATE TABLE "delivery_offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_id" integer NOT NULL,
  	"driver_id" integer NOT NULL,
  	"status" "enum_delivery_offers_status" DEFAULT 'offered' NOT NULL,
  	"distance_km" numeric,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"responded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "orders" ADD COLUMN "structured_address_street_number" varchar;
  ALTER TABLE "orders" ADD COLUMN "structured_address_street" varchar;
  ALTER TABLE "orders" ADD COLUMN "structured_address_city" varchar;
  ALTER TABLE "orders" ADD COLUMN "structured_address_postal_code" varchar;
  ALTER TABLE "orders" ADD COLUMN "structured_address_country" varchar;
  ALTER TABLE "orders" ADD COLUMN "structured_address_instructions" varchar;
  ALTER TABLE "orders" ADD COLUMN "saved_address_id" varchar;
  ALTER TABLE "orders" ADD COLUMN "cancellation_reason" varchar;
  ALTER TABLE "orders" ADD COLUMN "refund_status" "enum_orders_refund_status";
  ALTER TABLE "orders" ADD COLUMN "refund_amount" numeric;
  ALTER TABLE "orders" ADD COLUMN "refund_payment_id" numeric;
  ALTER TABLE "orders" ADD COLUMN "refund_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "refund_message" varchar;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD COLUMN "street_number" varchar;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD COLUMN "street" varchar;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD COLUMN "city" varchar;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD COLUMN "postal_code" varchar;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD COLUMN "country" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_offers_id" integer;
  ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "delivery_offers_order_idx" ON "delivery_offers" USING btree ("order_id");
  CREATE INDEX "delivery_offers_driver_idx" ON "delivery_offers" USING btree ("driver_id");
  CREATE INDEX "delivery_offers_updated_at_idx" ON "delivery_offers" USING btree ("updated_at");
  CREATE INDEX "delivery_offers_created_at_idx" ON "delivery_offers" USING btree ("created_at");
  CREATE UNIQUE INDEX "order_driver_idx" ON "delivery_offers" USING btree ("order_id","driver_id");
  CREATE INDEX "driver_status_1_idx" ON "delivery_offers" USING btree ("driver_id","status");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_offers_fk" FOREIGN KEY ("delivery_offers_id") REFERENCES "public"."delivery_offers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_delivery_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_offers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "delivery_offers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "delivery_offers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_offers_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'learning-reset-streaks', 'learning-evaluate-badges');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-notification', 'payments-apply-event', 'payments-reconcile', 'payments-sync-customer', 'learning-reset-streaks', 'learning-evaluate-badges');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_delivery_offers_id_idx";
  ALTER TABLE "orders" DROP COLUMN "structured_address_street_number";
  ALTER TABLE "orders" DROP COLUMN "structured_address_street";
  ALTER TABLE "orders" DROP COLUMN "structured_address_city";
  ALTER TABLE "orders" DROP COLUMN "structured_address_postal_code";
  ALTER TABLE "orders" DROP COLUMN "structured_address_country";
  ALTER TABLE "orders" DROP COLUMN "structured_address_instructions";
  ALTER TABLE "orders" DROP COLUMN "saved_address_id";
  ALTER TABLE "orders" DROP COLUMN "cancellation_reason";
  ALTER TABLE "orders" DROP COLUMN "refund_status";
  ALTER TABLE "orders" DROP COLUMN "refund_amount";
  ALTER TABLE "orders" DROP COLUMN "refund_payment_id";
  ALTER TABLE "orders" DROP COLUMN "refund_at";
  ALTER TABLE "orders" DROP COLUMN "refund_message";
  ALTER TABLE "customer_profiles_delivery_addresses" DROP COLUMN "street_number";
  ALTER TABLE "customer_profiles_delivery_addresses" DROP COLUMN "street";
  ALTER TABLE "customer_profiles_delivery_addresses" DROP COLUMN "city";
  ALTER TABLE "customer_profiles_delivery_addresses" DROP COLUMN "postal_code";
  ALTER TABLE "customer_profiles_delivery_addresses" DROP COLUMN "country";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_offers_id";
  DROP TYPE "public"."enum_orders_refund_status";
  DROP TYPE "public"."enum_delivery_offers_status";`)
}
