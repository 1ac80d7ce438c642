import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "media_locales__parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "messages_rels_parent_id_path_idx" ON "messages_rels" USING btree ("parent_id","path");
  CREATE INDEX "course_categories_locales__parent_id_idx" ON "course_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "courses_locales__parent_id_idx" ON "courses_locales" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_locales__parent_id_idx" ON "_courses_v_locales" USING btree ("_parent_id");
  CREATE INDEX "course_modules_locales__parent_id_idx" ON "course_modules_locales" USING btree ("_parent_id");
  CREATE INDEX "lessons_locales__parent_id_idx" ON "lessons_locales" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_locales__parent_id_idx" ON "_lessons_v_locales" USING btree ("_parent_id");
  CREATE INDEX "quizzes_locales__parent_id_idx" ON "quizzes_locales" USING btree ("_parent_id");
  CREATE INDEX "quiz_questions_options_locales__parent_id_idx" ON "quiz_questions_options_locales" USING btree ("_parent_id");
  CREATE INDEX "quiz_questions_locales__parent_id_idx" ON "quiz_questions_locales" USING btree ("_parent_id");
  CREATE INDEX "badges_locales__parent_id_idx" ON "badges_locales" USING btree ("_parent_id");
  CREATE INDEX "challenges_locales__parent_id_idx" ON "challenges_locales" USING btree ("_parent_id");
  CREATE INDEX "restaurants_locales__parent_id_idx" ON "restaurants_locales" USING btree ("_parent_id");
  CREATE INDEX "menu_categories_locales__parent_id_idx" ON "menu_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "menu_items_locales__parent_id_idx" ON "menu_items_locales" USING btree ("_parent_id");
  CREATE INDEX "promotions_locales__parent_id_idx" ON "promotions_locales" USING btree ("_parent_id");
  CREATE INDEX "promotions_rels_parent_id_path_idx" ON "promotions_rels" USING btree ("parent_id","path");
  CREATE INDEX "coupons_locales__parent_id_idx" ON "coupons_locales" USING btree ("_parent_id");
  CREATE INDEX "coupons_rels_parent_id_path_idx" ON "coupons_rels" USING btree ("parent_id","path");
  CREATE INDEX "orders_texts_parent_id_idx" ON "orders_texts" USING btree ("parent_id");
  CREATE INDEX "customer_profiles_rels_parent_id_path_idx" ON "customer_profiles_rels" USING btree ("parent_id","path");
  CREATE INDEX "event_categories_locales__parent_id_idx" ON "event_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "events_rels_parent_id_path_idx" ON "events_rels" USING btree ("parent_id","path");
  CREATE INDEX "festivals_rels_parent_id_path_idx" ON "festivals_rels" USING btree ("parent_id","path");
  CREATE INDEX "payload_locked_documents_rels_parent_id_path_idx" ON "payload_locked_documents_rels" USING btree ("parent_id","path");
  CREATE INDEX "payload_preferences_rels_parent_id_path_idx" ON "payload_preferences_rels" USING btree ("parent_id","path");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_locales__parent_id_idx";
  DROP INDEX "messages_rels_parent_id_path_idx";
  DROP INDEX "course_categories_locales__parent_id_idx";
  DROP INDEX "courses_locales__parent_id_idx";
  DROP INDEX "_courses_v_locales__parent_id_idx";
  DROP INDEX "course_modules_locales__parent_id_idx";
  DROP INDEX "lessons_locales__parent_id_idx";
  DROP INDEX "_lessons_v_locales__parent_id_idx";
  DROP INDEX "quizzes_locales__parent_id_idx";
  DROP INDEX "quiz_questions_options_locales__parent_id_idx";
  DROP INDEX "quiz_questions_locales__parent_id_idx";
  DROP INDEX "badges_locales__parent_id_idx";
  DROP INDEX "challenges_locales__parent_id_idx";
  DROP INDEX "restaurants_locales__parent_id_idx";
  DROP INDEX "menu_categories_locales__parent_id_idx";
  DROP INDEX "menu_items_locales__parent_id_idx";
  DROP INDEX "promotions_locales__parent_id_idx";
  DROP INDEX "promotions_rels_parent_id_path_idx";
  DROP INDEX "coupons_locales__parent_id_idx";
  DROP INDEX "coupons_rels_parent_id_path_idx";
  DROP INDEX "orders_texts_parent_id_idx";
  DROP INDEX "customer_profiles_rels_parent_id_path_idx";
  DROP INDEX "event_categories_locales__parent_id_idx";
  DROP INDEX "events_rels_parent_id_path_idx";
  DROP INDEX "festivals_rels_parent_id_path_idx";
  DROP INDEX "payload_locked_documents_rels_parent_id_path_idx";
  DROP INDEX "payload_preferences_rels_parent_id_path_idx";`)
}
