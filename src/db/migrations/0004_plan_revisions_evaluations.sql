CREATE TABLE "evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"year" integer NOT NULL,
	"target_type" text NOT NULL,
	"target_key" text NOT NULL,
	"judgement" text NOT NULL,
	"text" text NOT NULL,
	"recommendation" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "evaluations_target_unique" UNIQUE("action_plan_id","year","target_type","target_key"),
	CONSTRAINT "evaluations_target_type_check" CHECK ("evaluations"."target_type" IN ('area', 'measure'))
);
--> statement-breakpoint
CREATE TABLE "plan_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"decision_ref" text,
	"document" json NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_revisions_plan_number_unique" UNIQUE("action_plan_id","number")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_plan_year_idx" ON "evaluations" USING btree ("action_plan_id","year");--> statement-breakpoint
-- An adopted revision is frozen: no UPDATE of its row, whoever asks. DELETE is left to the
-- plan's cascade (a row trigger refusing DELETE would also refuse deleting the plan).
CREATE FUNCTION "plan_revisions_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan_revisions is frozen: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "plan_revisions_frozen" BEFORE UPDATE ON "plan_revisions"
  FOR EACH ROW EXECUTE FUNCTION "plan_revisions_refuse_update"();
