-- History is read newest first by id per plan (or per organization for account events): (key, id)
-- indexes let each read take the end of its key's range instead of sorting it or walking the
-- primary key backwards through other plans' events (bench/README.md, section «scale»).
DROP INDEX "audit_events_plan_time_idx";--> statement-breakpoint
DROP INDEX "audit_events_organization_time_idx";--> statement-breakpoint
CREATE INDEX "audit_events_plan_id_idx" ON "audit_events" USING btree ("plan_key","id");--> statement-breakpoint
CREATE INDEX "audit_events_organization_id_idx" ON "audit_events" USING btree ("organization_key","id");