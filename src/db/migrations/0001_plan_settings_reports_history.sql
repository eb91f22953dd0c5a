CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text,
	"action" text NOT NULL,
	"plan_key" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_key" text NOT NULL,
	"measure_key" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "level_names" json;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "reporting" json;--> statement-breakpoint
CREATE INDEX "audit_events_plan_time_idx" ON "audit_events" USING btree ("plan_key","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("plan_key","entity_type","entity_key");--> statement-breakpoint
CREATE INDEX "audit_events_measure_idx" ON "audit_events" USING btree ("plan_key","measure_key");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor");--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_item_period_unique" UNIQUE NULLS NOT DISTINCT("action_plan_id","measure_id","activity_id","period");