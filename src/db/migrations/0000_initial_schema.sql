CREATE TABLE "action_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "action_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"organization_id" integer NOT NULL,
	"strategic_plan_id" integer,
	"title" text NOT NULL,
	"first_year" integer NOT NULL,
	"last_year" integer NOT NULL,
	"introduction" text[] DEFAULT '{}'::text[] NOT NULL,
	"flagship_introduction" text,
	"related_plans_introduction" text,
	"revision_number" integer NOT NULL,
	"adopted_on" date,
	"decision_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "action_plans_key_unique" UNIQUE("key"),
	CONSTRAINT "action_plans_years_check" CHECK ("action_plans"."last_year" >= "action_plans"."first_year"),
	CONSTRAINT "action_plans_revision_number_check" CHECK ("action_plans"."revision_number" > 0)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"key" text NOT NULL,
	"item_kind" text DEFAULT 'activity' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"responsibility_text" text,
	"start_kind" text,
	"start_year" integer,
	"start_half" integer,
	"start_text" text,
	"position" integer NOT NULL,
	CONSTRAINT "activities_item_kind_check" CHECK ("activities"."item_kind" = 'activity'),
	CONSTRAINT "activities_start_kind_check" CHECK ("activities"."start_kind" IN ('year', 'half_year', 'ongoing', 'continuous', 'condition')),
	CONSTRAINT "activities_start_text_check" CHECK (("activities"."start_kind" IS NULL) = ("activities"."start_text" IS NULL)),
	CONSTRAINT "activities_start_half_check" CHECK (("activities"."start_half" IS NULL) = ("activities"."start_kind" IS DISTINCT FROM 'half_year') AND ("activities"."start_half" IS NULL OR "activities"."start_half" IN (1, 2)))
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "actors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK ("actors"."kind" IN ('internal_unit', 'political_body', 'external_partner'))
);
--> statement-breakpoint
CREATE TABLE "flagships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flagships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"focus_area_id" integer,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "focus_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"main_goal" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "focus_areas_kind_check" CHECK ("focus_areas"."kind" IN ('focus_area', 'strategic_move'))
);
--> statement-breakpoint
CREATE TABLE "funding_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer,
	"activity_id" integer,
	"related_plan_id" integer,
	"kind" text NOT NULL,
	"amount_nok" bigint,
	"recurrence" text,
	"years" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"funding_source_id" integer,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "funding_lines_owner_check" CHECK (num_nonnulls("funding_lines"."measure_id", "funding_lines"."activity_id", "funding_lines"."related_plan_id") = 1),
	CONSTRAINT "funding_lines_amount_check" CHECK ("funding_lines"."amount_nok" IS NULL OR "funding_lines"."amount_nok" >= 0),
	CONSTRAINT "funding_lines_kind_check" CHECK ("funding_lines"."kind" IN ('within_budget', 'budget_increase', 'annual_contribution', 'separate_funding', 'project_funding', 'already_allocated', 'shared_source', 'to_be_clarified')),
	CONSTRAINT "funding_lines_recurrence_check" CHECK ("funding_lines"."recurrence" IN ('once', 'yearly'))
);
--> statement-breakpoint
CREATE TABLE "funding_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"annual_contribution_nok" bigint,
	"annual_budget_increase_nok" bigint,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"status_report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value_number" double precision,
	"value_boolean" boolean,
	"value_text" text,
	"position" integer NOT NULL,
	CONSTRAINT "indicator_values_one_value_check" CHECK (num_nonnulls("indicator_values"."value_number", "indicator_values"."value_boolean", "indicator_values"."value_text") = 1)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer,
	"activity_id" integer,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"target" double precision,
	"baseline" double precision,
	"unit" text,
	"recurrence" text NOT NULL,
	"deadline" date,
	"position" integer NOT NULL,
	CONSTRAINT "indicators_owner_check" CHECK (num_nonnulls("indicators"."measure_id", "indicators"."activity_id") = 1),
	CONSTRAINT "indicators_kind_check" CHECK ("indicators"."kind" IN ('count', 'yes_no', 'percentage', 'score', 'milestone', 'text')),
	CONSTRAINT "indicators_recurrence_check" CHECK ("indicators"."recurrence" IN ('once', 'yearly'))
);
--> statement-breakpoint
CREATE TABLE "item_keys" (
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "item_keys_pkey" PRIMARY KEY("action_plan_id","key"),
	CONSTRAINT "item_keys_plan_key_kind_unique" UNIQUE("action_plan_id","key","kind"),
	CONSTRAINT "item_keys_kind_check" CHECK ("item_keys"."kind" IN ('measure', 'activity'))
);
--> statement-breakpoint
CREATE TABLE "measure_strategies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measure_strategies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"strategy_id" integer,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"key" text NOT NULL,
	"item_kind" text DEFAULT 'measure' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"responsibility_text" text,
	"start_kind" text,
	"start_year" integer,
	"start_half" integer,
	"start_text" text,
	"flagship_id" integer,
	"position" integer NOT NULL,
	CONSTRAINT "measures_item_kind_check" CHECK ("measures"."item_kind" = 'measure'),
	CONSTRAINT "measures_start_kind_check" CHECK ("measures"."start_kind" IN ('year', 'half_year', 'ongoing', 'continuous', 'condition')),
	CONSTRAINT "measures_start_text_check" CHECK (("measures"."start_kind" IS NULL) = ("measures"."start_text" IS NULL)),
	CONSTRAINT "measures_start_half_check" CHECK (("measures"."start_half" IS NULL) = ("measures"."start_kind" IS DISTINCT FROM 'half_year') AND ("measures"."start_half" IS NULL OR "measures"."start_half" IN (1, 2)))
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"official_number" text,
	CONSTRAINT "organizations_key_unique" UNIQUE("key"),
	CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" IN ('municipality', 'county', 'region', 'other'))
);
--> statement-breakpoint
CREATE TABLE "related_plan_link_strategies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "related_plan_link_strategies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"link_id" integer NOT NULL,
	"strategy_id" integer,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "related_plan_link_sub_goals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "related_plan_link_sub_goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"link_id" integer NOT NULL,
	"sub_goal_id" integer,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "related_plan_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "related_plan_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"related_plan_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"text" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "related_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "related_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"responsibility_text" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responsibility_actors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responsibility_actors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer,
	"activity_id" integer,
	"related_plan_id" integer,
	"actor_id" integer NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "responsibility_actors_owner_check" CHECK (num_nonnulls("responsibility_actors"."measure_id", "responsibility_actors"."activity_id", "responsibility_actors"."related_plan_id") = 1),
	CONSTRAINT "responsibility_actors_role_check" CHECK ("responsibility_actors"."role" IN ('responsible', 'partner'))
);
--> statement-breakpoint
CREATE TABLE "status_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"activity_id" integer,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"assessment" text,
	"progress_percent" integer,
	"comment" text,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_at_text" text NOT NULL,
	"reported_by" text,
	"position" integer NOT NULL,
	CONSTRAINT "status_reports_period_check" CHECK ("status_reports"."period" ~ '^[0-9]{4}(-T[1-3])?$'),
	CONSTRAINT "status_reports_progress_check" CHECK ("status_reports"."progress_percent" IS NULL OR "status_reports"."progress_percent" BETWEEN 0 AND 100),
	CONSTRAINT "status_reports_status_check" CHECK ("status_reports"."status" IN ('not_started', 'ongoing', 'completed', 'postponed', 'cancelled')),
	CONSTRAINT "status_reports_assessment_check" CHECK ("status_reports"."assessment" IN ('on_track', 'at_risk', 'off_track'))
);
--> statement-breakpoint
CREATE TABLE "strategic_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategic_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"first_year" integer,
	"last_year" integer,
	CONSTRAINT "strategic_plans_organization_key_unique" UNIQUE("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sub_goals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sub_goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_strategic_plan_id_strategic_plans_id_fk" FOREIGN KEY ("strategic_plan_id") REFERENCES "public"."strategic_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_item_key_fk" FOREIGN KEY ("action_plan_id","key","item_kind") REFERENCES "public"."item_keys"("action_plan_id","key","kind") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flagships" ADD CONSTRAINT "flagships_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flagships" ADD CONSTRAINT "flagships_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_related_plan_id_related_plans_id_fk" FOREIGN KEY ("related_plan_id") REFERENCES "public"."related_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_funding_source_id_funding_sources_id_fk" FOREIGN KEY ("funding_source_id") REFERENCES "public"."funding_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_sources" ADD CONSTRAINT "funding_sources_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_status_report_id_status_reports_id_fk" FOREIGN KEY ("status_report_id") REFERENCES "public"."status_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_keys" ADD CONSTRAINT "item_keys_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_strategies" ADD CONSTRAINT "measure_strategies_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_strategies" ADD CONSTRAINT "measure_strategies_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_strategies" ADD CONSTRAINT "measure_strategies_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_flagship_id_flagships_id_fk" FOREIGN KEY ("flagship_id") REFERENCES "public"."flagships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_item_key_fk" FOREIGN KEY ("action_plan_id","key","item_kind") REFERENCES "public"."item_keys"("action_plan_id","key","kind") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_strategies" ADD CONSTRAINT "related_plan_link_strategies_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_strategies" ADD CONSTRAINT "related_plan_link_strategies_link_id_related_plan_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."related_plan_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_strategies" ADD CONSTRAINT "related_plan_link_strategies_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_sub_goals" ADD CONSTRAINT "related_plan_link_sub_goals_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_sub_goals" ADD CONSTRAINT "related_plan_link_sub_goals_link_id_related_plan_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."related_plan_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_link_sub_goals" ADD CONSTRAINT "related_plan_link_sub_goals_sub_goal_id_sub_goals_id_fk" FOREIGN KEY ("sub_goal_id") REFERENCES "public"."sub_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_links" ADD CONSTRAINT "related_plan_links_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_links" ADD CONSTRAINT "related_plan_links_related_plan_id_related_plans_id_fk" FOREIGN KEY ("related_plan_id") REFERENCES "public"."related_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plan_links" ADD CONSTRAINT "related_plan_links_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_plans" ADD CONSTRAINT "related_plans_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_actors" ADD CONSTRAINT "responsibility_actors_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_actors" ADD CONSTRAINT "responsibility_actors_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_actors" ADD CONSTRAINT "responsibility_actors_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_actors" ADD CONSTRAINT "responsibility_actors_related_plan_id_related_plans_id_fk" FOREIGN KEY ("related_plan_id") REFERENCES "public"."related_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_actors" ADD CONSTRAINT "responsibility_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_plans" ADD CONSTRAINT "strategic_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_goals" ADD CONSTRAINT "sub_goals_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_goals" ADD CONSTRAINT "sub_goals_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plans_organization_id_idx" ON "action_plans" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "action_plans_strategic_plan_id_idx" ON "action_plans" USING btree ("strategic_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_plan_key_idx" ON "activities" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "activities_measure_idx" ON "activities" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "actors_plan_key_idx" ON "actors" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "flagships_plan_key_idx" ON "flagships" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "flagships_focus_area_idx" ON "flagships" USING btree ("focus_area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_areas_plan_key_idx" ON "focus_areas" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "funding_lines_plan_idx" ON "funding_lines" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "funding_lines_measure_idx" ON "funding_lines" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "funding_lines_activity_idx" ON "funding_lines" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "funding_lines_related_plan_idx" ON "funding_lines" USING btree ("related_plan_id");--> statement-breakpoint
CREATE INDEX "funding_lines_funding_source_idx" ON "funding_lines" USING btree ("funding_source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funding_sources_plan_key_idx" ON "funding_sources" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "indicator_values_plan_idx" ON "indicator_values" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "indicator_values_status_report_idx" ON "indicator_values" USING btree ("status_report_id");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_plan_key_idx" ON "indicators" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "indicators_measure_idx" ON "indicators" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "indicators_activity_idx" ON "indicators" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "measure_strategies_plan_idx" ON "measure_strategies" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "measure_strategies_measure_idx" ON "measure_strategies" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "measure_strategies_strategy_idx" ON "measure_strategies" USING btree ("strategy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measures_plan_key_idx" ON "measures" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "measures_focus_area_idx" ON "measures" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "measures_flagship_idx" ON "measures" USING btree ("flagship_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_strategies_plan_idx" ON "related_plan_link_strategies" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_strategies_link_idx" ON "related_plan_link_strategies" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_strategies_strategy_idx" ON "related_plan_link_strategies" USING btree ("strategy_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_sub_goals_plan_idx" ON "related_plan_link_sub_goals" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_sub_goals_link_idx" ON "related_plan_link_sub_goals" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "related_plan_link_sub_goals_sub_goal_idx" ON "related_plan_link_sub_goals" USING btree ("sub_goal_id");--> statement-breakpoint
CREATE INDEX "related_plan_links_plan_idx" ON "related_plan_links" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "related_plan_links_related_plan_idx" ON "related_plan_links" USING btree ("related_plan_id");--> statement-breakpoint
CREATE INDEX "related_plan_links_focus_area_idx" ON "related_plan_links" USING btree ("focus_area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "related_plans_plan_key_idx" ON "related_plans" USING btree ("action_plan_id","key");--> statement-breakpoint
CREATE INDEX "responsibility_actors_plan_idx" ON "responsibility_actors" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "responsibility_actors_measure_idx" ON "responsibility_actors" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "responsibility_actors_activity_idx" ON "responsibility_actors" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "responsibility_actors_related_plan_idx" ON "responsibility_actors" USING btree ("related_plan_id");--> statement-breakpoint
CREATE INDEX "responsibility_actors_actor_idx" ON "responsibility_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "status_reports_plan_idx" ON "status_reports" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "status_reports_measure_idx" ON "status_reports" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "status_reports_activity_idx" ON "status_reports" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "strategies_plan_idx" ON "strategies" USING btree ("action_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "strategies_area_number_idx" ON "strategies" USING btree ("focus_area_id","number");--> statement-breakpoint
CREATE INDEX "sub_goals_plan_idx" ON "sub_goals" USING btree ("action_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_goals_area_number_idx" ON "sub_goals" USING btree ("focus_area_id","number");