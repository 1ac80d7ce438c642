import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // human order numbers (8 digits) come from a sequence: unique under concurrent orders
  await db.execute(sql`CREATE SEQUENCE IF NOT EXISTS "delivery_order_number_seq" START 10000001`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_restaurants_currency" AS ENUM('EUR', 'XOF');
  CREATE TYPE "public"."enum_menu_items_allergens" AS ENUM('gluten', 'crustaceans', 'eggs', 'fish', 'peanuts', 'soy', 'dairy', 'nuts', 'celery', 'mustard', 'sesame', 'sulphites', 'lupin', 'molluscs');
  CREATE TYPE "public"."enum_promotions_applicable_days" AS ENUM('0', '1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum_promotions_promotion_type" AS ENUM('percentage', 'fixed', 'buy_x_get_y');
  CREATE TYPE "public"."enum_coupons_discount_type" AS ENUM('percentage', 'fixed', 'free_delivery');
  CREATE TYPE "public"."enum_orders_status" AS ENUM('pending', 'confirmed', 'preparing', 'ready', 'picked_up', 'delivered', 'cancelled');
  CREATE TYPE "public"."enum_orders_payment_method" AS ENUM('cash', 'card', 'mobile_money');
  CREATE TYPE "public"."enum_orders_payment_status" AS ENUM('pending', 'processing', 'paid', 'failed', 'refunded', 'cancelled');
  CREATE TYPE "public"."enum_driver_profiles_vehicle_type" AS ENUM('bike', 'scooter', 'car');
  CREATE TYPE "public"."enum_driver_profiles_availability" AS ENUM('available', 'busy', 'offline', 'on_break');
  CREATE TABLE "restaurants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer,
  	"name" varchar NOT NULL,
  	"image_id" integer,
  	"address" varchar NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"timezone" varchar DEFAULT 'Europe/Paris' NOT NULL,
  	"phone" varchar NOT NULL,
  	"email" varchar,
  	"opening_hours" jsonb NOT NULL,
  	"active" boolean DEFAULT true,
  	"accepting_orders" boolean DEFAULT true,
  	"currency" "enum_restaurants_currency" DEFAULT 'EUR' NOT NULL,
  	"delivery_fee" numeric DEFAULT 0 NOT NULL,
  	"free_delivery_threshold" numeric DEFAULT 0 NOT NULL,
  	"delivery_radius_km" numeric DEFAULT 5 NOT NULL,
  	"estimated_delivery_time" numeric DEFAULT 30 NOT NULL,
  	"tax_rate_bps" numeric DEFAULT 0 NOT NULL,
  	"average_rating" numeric DEFAULT 0,
  	"total_reviews" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "restaurants_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "menu_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"image_id" integer,
  	"active" boolean DEFAULT true,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "menu_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "menu_items_allergens" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_menu_items_allergens",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "menu_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"category_id" integer,
  	"price" numeric NOT NULL,
  	"image_id" integer,
  	"available" boolean DEFAULT true,
  	"sold_out" boolean DEFAULT false,
  	"preparation_time" numeric DEFAULT 15 NOT NULL,
  	"calories" numeric,
  	"options" jsonb,
  	"order_count" numeric DEFAULT 0,
  	"average_rating" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "menu_items_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "delivery_zones" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"coordinates" jsonb NOT NULL,
  	"delivery_fee" numeric NOT NULL,
  	"estimated_time" numeric NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promotions_applicable_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_promotions_applicable_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "promotions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"promotion_type" "enum_promotions_promotion_type" NOT NULL,
  	"discount_value" numeric DEFAULT 0 NOT NULL,
  	"buy_quantity" numeric,
  	"get_quantity" numeric,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"active" boolean DEFAULT true,
  	"start_time" varchar,
  	"end_time" varchar,
  	"priority" numeric DEFAULT 0 NOT NULL,
  	"image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promotions_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "promotions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"menu_items_id" integer
  );
  
  CREATE TABLE "coupons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"discount_type" "enum_coupons_discount_type" NOT NULL,
  	"discount_value" numeric DEFAULT 0 NOT NULL,
  	"min_order_amount" numeric DEFAULT 0 NOT NULL,
  	"max_discount_amount" numeric,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"active" boolean DEFAULT true,
  	"usage_limit" numeric,
  	"usage_limit_per_user" numeric DEFAULT 1 NOT NULL,
  	"usage_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "coupons_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "coupons_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"restaurants_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "coupon_usages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"coupon_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"order_id" integer NOT NULL,
  	"discount_amount" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"menu_item_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"base_price" numeric NOT NULL,
  	"unit_price" numeric NOT NULL,
  	"total_price" numeric NOT NULL,
  	"promotion_id" integer,
  	"promotion_discount" numeric DEFAULT 0,
  	"selected_options" jsonb,
  	"special_instructions" varchar
  );
  
  CREATE TABLE "orders_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"actor" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_number" varchar NOT NULL,
  	"customer_id" integer NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"driver_id" integer,
  	"proposed_driver_id" integer,
  	"status" "enum_orders_status" DEFAULT 'pending' NOT NULL,
  	"estimated_delivery_time" timestamp(3) with time zone,
  	"actual_delivery_time" timestamp(3) with time zone,
  	"currency" varchar DEFAULT 'EUR' NOT NULL,
  	"subtotal" numeric DEFAULT 0 NOT NULL,
  	"delivery_fee" numeric DEFAULT 0 NOT NULL,
  	"tax" numeric DEFAULT 0 NOT NULL,
  	"discount" numeric DEFAULT 0 NOT NULL,
  	"total" numeric DEFAULT 0 NOT NULL,
  	"delivery_zone_id" integer,
  	"payment_method" "enum_orders_payment_method" NOT NULL,
  	"payment_status" "enum_orders_payment_status" DEFAULT 'pending' NOT NULL,
  	"coupon_id" integer,
  	"delivery_address" jsonb NOT NULL,
  	"delivery_latitude" numeric NOT NULL,
  	"delivery_longitude" numeric NOT NULL,
  	"customer_notes" varchar,
  	"restaurant_notes" varchar,
  	"driver_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "orders_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "delivery_tracking" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_id" integer NOT NULL,
  	"customer_id" integer NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"driver_id" integer NOT NULL,
  	"current_latitude" numeric,
  	"current_longitude" numeric,
  	"last_location_update" timestamp(3) with time zone,
  	"estimated_arrival" timestamp(3) with time zone,
  	"distance_remaining_km" numeric,
  	"picked_up_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "customer_profiles_delivery_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"building" varchar,
  	"floor" varchar,
  	"apartment" varchar,
  	"instructions" varchar,
  	"is_default" boolean DEFAULT false
  );
  
  CREATE TABLE "customer_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "customer_profiles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"restaurants_id" integer
  );
  
  CREATE TABLE "driver_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"vehicle_type" "enum_driver_profiles_vehicle_type" NOT NULL,
  	"license_plate" varchar,
  	"availability" "enum_driver_profiles_availability" DEFAULT 'offline' NOT NULL,
  	"current_latitude" numeric,
  	"current_longitude" numeric,
  	"average_rating" numeric DEFAULT 0,
  	"total_ratings" numeric DEFAULT 0,
  	"total_deliveries" numeric DEFAULT 0,
  	"total_tips" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "driver_ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_id" integer NOT NULL,
  	"driver_id" integer,
  	"customer_id" integer,
  	"overall_rating" numeric NOT NULL,
  	"punctuality_rating" numeric,
  	"professionalism_rating" numeric,
  	"care_rating" numeric,
  	"comment" varchar,
  	"tip_amount" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "restaurant_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"customer_id" integer,
  	"rating" numeric NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "restaurants_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "menu_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "menu_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_zones_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promotions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coupons_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coupon_usages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "orders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_tracking_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "customer_profiles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "driver_profiles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "driver_ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "restaurant_reviews_id" integer;
  ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "restaurants_locales" ADD CONSTRAINT "restaurants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "menu_categories" ADD CONSTRAINT "menu_categories_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "menu_categories" ADD CONSTRAINT "menu_categories_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "menu_categories_locales" ADD CONSTRAINT "menu_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."menu_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "menu_items_allergens" ADD CONSTRAINT "menu_items_allergens_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."menu_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_category_id_menu_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."menu_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "menu_items_locales" ADD CONSTRAINT "menu_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."menu_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delivery_zones" ADD CONSTRAINT "delivery_zones_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promotions_applicable_days" ADD CONSTRAINT "promotions_applicable_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions" ADD CONSTRAINT "promotions_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promotions" ADD CONSTRAINT "promotions_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promotions_locales" ADD CONSTRAINT "promotions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_menu_items_fk" FOREIGN KEY ("menu_items_id") REFERENCES "public"."menu_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupons_locales" ADD CONSTRAINT "coupons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coupons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupons_rels" ADD CONSTRAINT "coupons_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."coupons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupons_rels" ADD CONSTRAINT "coupons_rels_restaurants_fk" FOREIGN KEY ("restaurants_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupons_rels" ADD CONSTRAINT "coupons_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupon_usages" ADD CONSTRAINT "coupon_usages_coupon_id_coupons_id_fk" FOREIGN KEY ("coupon_id") REFERENCES "public"."coupons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coupon_usages" ADD CONSTRAINT "coupon_usages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coupon_usages" ADD CONSTRAINT "coupon_usages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_items" ADD CONSTRAINT "orders_items_menu_item_id_menu_items_id_fk" FOREIGN KEY ("menu_item_id") REFERENCES "public"."menu_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_items" ADD CONSTRAINT "orders_items_promotion_id_promotions_id_fk" FOREIGN KEY ("promotion_id") REFERENCES "public"."promotions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_items" ADD CONSTRAINT "orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orders_status_history" ADD CONSTRAINT "orders_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_status_history" ADD CONSTRAINT "orders_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_proposed_driver_id_users_id_fk" FOREIGN KEY ("proposed_driver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_delivery_zone_id_delivery_zones_id_fk" FOREIGN KEY ("delivery_zone_id") REFERENCES "public"."delivery_zones"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_coupon_id_coupons_id_fk" FOREIGN KEY ("coupon_id") REFERENCES "public"."coupons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_texts" ADD CONSTRAINT "orders_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customer_profiles_delivery_addresses" ADD CONSTRAINT "customer_profiles_delivery_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "customer_profiles" ADD CONSTRAINT "customer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customer_profiles_rels" ADD CONSTRAINT "customer_profiles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."customer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "customer_profiles_rels" ADD CONSTRAINT "customer_profiles_rels_restaurants_fk" FOREIGN KEY ("restaurants_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "driver_profiles" ADD CONSTRAINT "driver_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "driver_ratings" ADD CONSTRAINT "driver_ratings_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "driver_ratings" ADD CONSTRAINT "driver_ratings_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "driver_ratings" ADD CONSTRAINT "driver_ratings_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "restaurant_reviews" ADD CONSTRAINT "restaurant_reviews_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "restaurant_reviews" ADD CONSTRAINT "restaurant_reviews_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "restaurants_owner_idx" ON "restaurants" USING btree ("owner_id");
  CREATE INDEX "restaurants_image_idx" ON "restaurants" USING btree ("image_id");
  CREATE INDEX "restaurants_active_idx" ON "restaurants" USING btree ("active");
  CREATE INDEX "restaurants_average_rating_idx" ON "restaurants" USING btree ("average_rating");
  CREATE INDEX "restaurants_updated_at_idx" ON "restaurants" USING btree ("updated_at");
  CREATE INDEX "restaurants_created_at_idx" ON "restaurants" USING btree ("created_at");
  CREATE INDEX "latitude_longitude_idx" ON "restaurants" USING btree ("latitude","longitude");
  CREATE INDEX "active_acceptingOrders_idx" ON "restaurants" USING btree ("active","accepting_orders");
  CREATE UNIQUE INDEX "restaurants_locales_locale_parent_id_unique" ON "restaurants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "menu_categories_restaurant_idx" ON "menu_categories" USING btree ("restaurant_id");
  CREATE INDEX "menu_categories_image_idx" ON "menu_categories" USING btree ("image_id");
  CREATE INDEX "menu_categories_updated_at_idx" ON "menu_categories" USING btree ("updated_at");
  CREATE INDEX "menu_categories_created_at_idx" ON "menu_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "menu_categories_locales_locale_parent_id_unique" ON "menu_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "menu_items_allergens_order_idx" ON "menu_items_allergens" USING btree ("order");
  CREATE INDEX "menu_items_allergens_parent_idx" ON "menu_items_allergens" USING btree ("parent_id");
  CREATE INDEX "menu_items_restaurant_idx" ON "menu_items" USING btree ("restaurant_id");
  CREATE INDEX "menu_items_category_idx" ON "menu_items" USING btree ("category_id");
  CREATE INDEX "menu_items_image_idx" ON "menu_items" USING btree ("image_id");
  CREATE INDEX "menu_items_available_idx" ON "menu_items" USING btree ("available");
  CREATE INDEX "menu_items_updated_at_idx" ON "menu_items" USING btree ("updated_at");
  CREATE INDEX "menu_items_created_at_idx" ON "menu_items" USING btree ("created_at");
  CREATE UNIQUE INDEX "menu_items_locales_locale_parent_id_unique" ON "menu_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "delivery_zones_restaurant_idx" ON "delivery_zones" USING btree ("restaurant_id");
  CREATE INDEX "delivery_zones_updated_at_idx" ON "delivery_zones" USING btree ("updated_at");
  CREATE INDEX "delivery_zones_created_at_idx" ON "delivery_zones" USING btree ("created_at");
  CREATE INDEX "promotions_applicable_days_order_idx" ON "promotions_applicable_days" USING btree ("order");
  CREATE INDEX "promotions_applicable_days_parent_idx" ON "promotions_applicable_days" USING btree ("parent_id");
  CREATE INDEX "promotions_restaurant_idx" ON "promotions" USING btree ("restaurant_id");
  CREATE INDEX "promotions_image_idx" ON "promotions" USING btree ("image_id");
  CREATE INDEX "promotions_updated_at_idx" ON "promotions" USING btree ("updated_at");
  CREATE INDEX "promotions_created_at_idx" ON "promotions" USING btree ("created_at");
  CREATE INDEX "restaurant_active_idx" ON "promotions" USING btree ("restaurant_id","active");
  CREATE UNIQUE INDEX "promotions_locales_locale_parent_id_unique" ON "promotions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "promotions_rels_order_idx" ON "promotions_rels" USING btree ("order");
  CREATE INDEX "promotions_rels_parent_idx" ON "promotions_rels" USING btree ("parent_id");
  CREATE INDEX "promotions_rels_path_idx" ON "promotions_rels" USING btree ("path");
  CREATE INDEX "promotions_rels_menu_items_id_idx" ON "promotions_rels" USING btree ("menu_items_id");
  CREATE UNIQUE INDEX "coupons_code_idx" ON "coupons" USING btree ("code");
  CREATE INDEX "coupons_updated_at_idx" ON "coupons" USING btree ("updated_at");
  CREATE INDEX "coupons_created_at_idx" ON "coupons" USING btree ("created_at");
  CREATE INDEX "active_validFrom_validUntil_idx" ON "coupons" USING btree ("active","valid_from","valid_until");
  CREATE UNIQUE INDEX "coupons_locales_locale_parent_id_unique" ON "coupons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "coupons_rels_order_idx" ON "coupons_rels" USING btree ("order");
  CREATE INDEX "coupons_rels_parent_idx" ON "coupons_rels" USING btree ("parent_id");
  CREATE INDEX "coupons_rels_path_idx" ON "coupons_rels" USING btree ("path");
  CREATE INDEX "coupons_rels_restaurants_id_idx" ON "coupons_rels" USING btree ("restaurants_id");
  CREATE INDEX "coupons_rels_users_id_idx" ON "coupons_rels" USING btree ("users_id");
  CREATE INDEX "coupon_usages_coupon_idx" ON "coupon_usages" USING btree ("coupon_id");
  CREATE INDEX "coupon_usages_user_idx" ON "coupon_usages" USING btree ("user_id");
  CREATE INDEX "coupon_usages_order_idx" ON "coupon_usages" USING btree ("order_id");
  CREATE INDEX "coupon_usages_updated_at_idx" ON "coupon_usages" USING btree ("updated_at");
  CREATE INDEX "coupon_usages_created_at_idx" ON "coupon_usages" USING btree ("created_at");
  CREATE INDEX "orders_items_order_idx" ON "orders_items" USING btree ("_order");
  CREATE INDEX "orders_items_parent_id_idx" ON "orders_items" USING btree ("_parent_id");
  CREATE INDEX "orders_items_menu_item_idx" ON "orders_items" USING btree ("menu_item_id");
  CREATE INDEX "orders_items_promotion_idx" ON "orders_items" USING btree ("promotion_id");
  CREATE INDEX "orders_status_history_order_idx" ON "orders_status_history" USING btree ("_order");
  CREATE INDEX "orders_status_history_parent_id_idx" ON "orders_status_history" USING btree ("_parent_id");
  CREATE INDEX "orders_status_history_by_idx" ON "orders_status_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "orders_order_number_idx" ON "orders" USING btree ("order_number");
  CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_id");
  CREATE INDEX "orders_restaurant_idx" ON "orders" USING btree ("restaurant_id");
  CREATE INDEX "orders_driver_idx" ON "orders" USING btree ("driver_id");
  CREATE INDEX "orders_proposed_driver_idx" ON "orders" USING btree ("proposed_driver_id");
  CREATE INDEX "orders_delivery_zone_idx" ON "orders" USING btree ("delivery_zone_id");
  CREATE INDEX "orders_coupon_idx" ON "orders" USING btree ("coupon_id");
  CREATE INDEX "orders_updated_at_idx" ON "orders" USING btree ("updated_at");
  CREATE INDEX "orders_created_at_idx" ON "orders" USING btree ("created_at");
  CREATE INDEX "customer_createdAt_idx" ON "orders" USING btree ("customer_id","created_at");
  CREATE INDEX "restaurant_status_createdAt_idx" ON "orders" USING btree ("restaurant_id","status","created_at");
  CREATE INDEX "driver_status_idx" ON "orders" USING btree ("driver_id","status");
  CREATE INDEX "status_createdAt_idx" ON "orders" USING btree ("status","created_at");
  CREATE INDEX "orders_texts_order_parent" ON "orders_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "delivery_tracking_order_idx" ON "delivery_tracking" USING btree ("order_id");
  CREATE INDEX "delivery_tracking_customer_idx" ON "delivery_tracking" USING btree ("customer_id");
  CREATE INDEX "delivery_tracking_restaurant_idx" ON "delivery_tracking" USING btree ("restaurant_id");
  CREATE INDEX "delivery_tracking_driver_idx" ON "delivery_tracking" USING btree ("driver_id");
  CREATE INDEX "delivery_tracking_updated_at_idx" ON "delivery_tracking" USING btree ("updated_at");
  CREATE INDEX "delivery_tracking_created_at_idx" ON "delivery_tracking" USING btree ("created_at");
  CREATE INDEX "driver_createdAt_idx" ON "delivery_tracking" USING btree ("driver_id","created_at");
  CREATE INDEX "customer_profiles_delivery_addresses_order_idx" ON "customer_profiles_delivery_addresses" USING btree ("_order");
  CREATE INDEX "customer_profiles_delivery_addresses_parent_id_idx" ON "customer_profiles_delivery_addresses" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "customer_profiles_user_idx" ON "customer_profiles" USING btree ("user_id");
  CREATE INDEX "customer_profiles_updated_at_idx" ON "customer_profiles" USING btree ("updated_at");
  CREATE INDEX "customer_profiles_created_at_idx" ON "customer_profiles" USING btree ("created_at");
  CREATE INDEX "customer_profiles_rels_order_idx" ON "customer_profiles_rels" USING btree ("order");
  CREATE INDEX "customer_profiles_rels_parent_idx" ON "customer_profiles_rels" USING btree ("parent_id");
  CREATE INDEX "customer_profiles_rels_path_idx" ON "customer_profiles_rels" USING btree ("path");
  CREATE INDEX "customer_profiles_rels_restaurants_id_idx" ON "customer_profiles_rels" USING btree ("restaurants_id");
  CREATE UNIQUE INDEX "driver_profiles_user_idx" ON "driver_profiles" USING btree ("user_id");
  CREATE INDEX "driver_profiles_availability_idx" ON "driver_profiles" USING btree ("availability");
  CREATE INDEX "driver_profiles_updated_at_idx" ON "driver_profiles" USING btree ("updated_at");
  CREATE INDEX "driver_profiles_created_at_idx" ON "driver_profiles" USING btree ("created_at");
  CREATE UNIQUE INDEX "driver_ratings_order_idx" ON "driver_ratings" USING btree ("order_id");
  CREATE INDEX "driver_ratings_driver_idx" ON "driver_ratings" USING btree ("driver_id");
  CREATE INDEX "driver_ratings_customer_idx" ON "driver_ratings" USING btree ("customer_id");
  CREATE INDEX "driver_ratings_updated_at_idx" ON "driver_ratings" USING btree ("updated_at");
  CREATE INDEX "driver_ratings_created_at_idx" ON "driver_ratings" USING btree ("created_at");
  CREATE INDEX "restaurant_reviews_restaurant_idx" ON "restaurant_reviews" USING btree ("restaurant_id");
  CREATE INDEX "restaurant_reviews_customer_idx" ON "restaurant_reviews" USING btree ("customer_id");
  CREATE INDEX "restaurant_reviews_updated_at_idx" ON "restaurant_reviews" USING btree ("updated_at");
  CREATE INDEX "restaurant_reviews_created_at_idx" ON "restaurant_reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "restaurant_customer_idx" ON "restaurant_reviews" USING btree ("restaurant_id","customer_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_restaurants_fk" FOREIGN KEY ("restaurants_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_menu_categories_fk" FOREIGN KEY ("menu_categories_id") REFERENCES "public"."menu_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_menu_items_fk" FOREIGN KEY ("menu_items_id") REFERENCES "public"."menu_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_zones_fk" FOREIGN KEY ("delivery_zones_id") REFERENCES "public"."delivery_zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promotions_fk" FOREIGN KEY ("promotions_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coupons_fk" FOREIGN KEY ("coupons_id") REFERENCES "public"."coupons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coupon_usages_fk" FOREIGN KEY ("coupon_usages_id") REFERENCES "public"."coupon_usages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_orders_fk" FOREIGN KEY ("orders_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_tracking_fk" FOREIGN KEY ("delivery_tracking_id") REFERENCES "public"."delivery_tracking"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_customer_profiles_fk" FOREIGN KEY ("customer_profiles_id") REFERENCES "public"."customer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_driver_profiles_fk" FOREIGN KEY ("driver_profiles_id") REFERENCES "public"."driver_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_driver_ratings_fk" FOREIGN KEY ("driver_ratings_id") REFERENCES "public"."driver_ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_restaurant_reviews_fk" FOREIGN KEY ("restaurant_reviews_id") REFERENCES "public"."restaurant_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_restaurants_id_idx" ON "payload_locked_documents_rels" USING btree ("restaurants_id");
  CREATE INDEX "payload_locked_documents_rels_menu_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("menu_categories_id");
  CREATE INDEX "payload_locked_documents_rels_menu_items_id_idx" ON "payload_locked_documents_rels" USING btree ("menu_items_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_zones_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_zones_id");
  CREATE INDEX "payload_locked_documents_rels_promotions_id_idx" ON "payload_locked_documents_rels" USING btree ("promotions_id");
  CREATE INDEX "payload_locked_documents_rels_coupons_id_idx" ON "payload_locked_documents_rels" USING btree ("coupons_id");
  CREATE INDEX "payload_locked_documents_rels_coupon_usages_id_idx" ON "payload_locked_documents_rels" USING btree ("coupon_usages_id");
  CREATE INDEX "payload_locked_documents_rels_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("orders_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_tracking_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_tracking_id");
  CREATE INDEX "payload_locked_documents_rels_customer_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("customer_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_driver_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("driver_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_driver_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("driver_ratings_id");
  CREATE INDEX "payload_locked_documents_rels_restaurant_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("restaurant_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP SEQUENCE IF EXISTS "delivery_order_number_seq"`)
  await db.execute(sql`
   ALTER TABLE "restaurants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "restaurants_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "menu_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "menu_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "menu_items_allergens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "menu_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "menu_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_zones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_applicable_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coupons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coupons_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coupons_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coupon_usages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders_status_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_tracking" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customer_profiles_delivery_addresses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customer_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customer_profiles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "driver_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "driver_ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "restaurant_reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "restaurants" CASCADE;
  DROP TABLE "restaurants_locales" CASCADE;
  DROP TABLE "menu_categories" CASCADE;
  DROP TABLE "menu_categories_locales" CASCADE;
  DROP TABLE "menu_items_allergens" CASCADE;
  DROP TABLE "menu_items" CASCADE;
  DROP TABLE "menu_items_locales" CASCADE;
  DROP TABLE "delivery_zones" CASCADE;
  DROP TABLE "promotions_applicable_days" CASCADE;
  DROP TABLE "promotions" CASCADE;
  DROP TABLE "promotions_locales" CASCADE;
  DROP TABLE "promotions_rels" CASCADE;
  DROP TABLE "coupons" CASCADE;
  DROP TABLE "coupons_locales" CASCADE;
  DROP TABLE "coupons_rels" CASCADE;
  DROP TABLE "coupon_usages" CASCADE;
  DROP TABLE "orders_items" CASCADE;
  DROP TABLE "orders_status_history" CASCADE;
  DROP TABLE "orders" CASCADE;
  DROP TABLE "orders_texts" CASCADE;
  DROP TABLE "delivery_tracking" CASCADE;
  DROP TABLE "customer_profiles_delivery_addresses" CASCADE;
  DROP TABLE "customer_profiles" CASCADE;
  DROP TABLE "customer_profiles_rels" CASCADE;
  DROP TABLE "driver_profiles" CASCADE;
  DROP TABLE "driver_ratings" CASCADE;
  DROP TABLE "restaurant_reviews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_restaurants_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_menu_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_menu_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_zones_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promotions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coupons_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coupon_usages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_orders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_tracking_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_customer_profiles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_driver_profiles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_driver_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_restaurant_reviews_fk";
  
  DROP INDEX "payload_locked_documents_rels_restaurants_id_idx";
  DROP INDEX "payload_locked_documents_rels_menu_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_menu_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_zones_id_idx";
  DROP INDEX "payload_locked_documents_rels_promotions_id_idx";
  DROP INDEX "payload_locked_documents_rels_coupons_id_idx";
  DROP INDEX "payload_locked_documents_rels_coupon_usages_id_idx";
  DROP INDEX "payload_locked_documents_rels_orders_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_tracking_id_idx";
  DROP INDEX "payload_locked_documents_rels_customer_profiles_id_idx";
  DROP INDEX "payload_locked_documents_rels_driver_profiles_id_idx";
  DROP INDEX "payload_locked_documents_rels_driver_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_restaurant_reviews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "restaurants_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "menu_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "menu_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_zones_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promotions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coupons_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coupon_usages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "orders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_tracking_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "customer_profiles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "driver_profiles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "driver_ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "restaurant_reviews_id";
  DROP TYPE "public"."enum_restaurants_currency";
  DROP TYPE "public"."enum_menu_items_allergens";
  DROP TYPE "public"."enum_promotions_applicable_days";
  DROP TYPE "public"."enum_promotions_promotion_type";
  DROP TYPE "public"."enum_coupons_discount_type";
  DROP TYPE "public"."enum_orders_status";
  DROP TYPE "public"."enum_orders_payment_method";
  DROP TYPE "public"."enum_orders_payment_status";
  DROP TYPE "public"."enum_driver_profiles_vehicle_type";
  DROP TYPE "public"."enum_driver_profiles_availability";`)
}
