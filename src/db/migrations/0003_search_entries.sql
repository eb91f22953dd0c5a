-- Search: one row per searchable thing of a plan, its words as a stored tsvector (norwegian) under a GIN index.
CREATE TABLE "search_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"entity_type" text NOT NULL,
	"area_key" text NOT NULL,
	"area_kind" text NOT NULL,
	"measure_key" text,
	"activity_key" text,
	"number" integer,
	"title" text NOT NULL,
	"body" text,
	"ordinal" integer NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('norwegian', "title"), 'A') || setweight(to_tsvector('norwegian', coalesce("body", '')), 'B')) STORED NOT NULL,
	CONSTRAINT "search_entries_entity_type_check" CHECK ("search_entries"."entity_type" IN ('area', 'mainGoal', 'subGoal', 'strategy', 'measure', 'activity', 'indicator')),
	CONSTRAINT "search_entries_area_kind_check" CHECK ("search_entries"."area_kind" IN ('focus_area', 'strategic_move'))
);
--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entries_plan_idx" ON "search_entries" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");