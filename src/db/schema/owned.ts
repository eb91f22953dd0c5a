/**
 * What a measure, an activity or a related plan carries, exactly one of the three per row:
 * funding lines and the actors named in responsibilities.
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { FundingKindValues, id, oneOf, position, RESPONSIBILITY_ROLES, RecurrenceValues } from "./columns.js";
import { activities, measures } from "./measures.js";
import { actionPlanId, actors, fundingSources } from "./plans.js";
import { relatedPlans } from "./related-plans.js";

export const fundingLines = pgTable(
  "funding_lines",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id").references(() => measures.id, { onDelete: "cascade" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "cascade" }),
    relatedPlanId: integer("related_plan_id").references(() => relatedPlans.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FundingKindValues }).notNull(),
    amountNok: bigint("amount_nok", { mode: "number" }),
    recurrence: text("recurrence", { enum: RecurrenceValues }),
    /** Empty means the whole plan period. */
    years: integer("years").array().notNull().default(sql`'{}'::integer[]`),
    // NO ACTION, not RESTRICT: checked at the end of the statement, so a cascading plan delete passes.
    fundingSourceId: integer("funding_source_id").references(() => fundingSources.id, { onDelete: "no action" }),
    text: text("text").notNull(),
    position: position(),
  },
  (t) => [
    index("funding_lines_plan_idx").on(t.actionPlanId),
    index("funding_lines_measure_idx").on(t.measureId),
    index("funding_lines_activity_idx").on(t.activityId),
    index("funding_lines_related_plan_idx").on(t.relatedPlanId),
    index("funding_lines_funding_source_idx").on(t.fundingSourceId),
    check("funding_lines_owner_check", sql`num_nonnulls(${t.measureId}, ${t.activityId}, ${t.relatedPlanId}) = 1`),
    check("funding_lines_amount_check", sql`${t.amountNok} IS NULL OR ${t.amountNok} >= 0`),
    oneOf("funding_lines_kind_check", t.kind, FundingKindValues),
    oneOf("funding_lines_recurrence_check", t.recurrence, RecurrenceValues),
  ],
);

/** The actors named in a responsibility, responsible ones and partners, each list in its order. */
export const responsibilityActors = pgTable(
  "responsibility_actors",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id").references(() => measures.id, { onDelete: "cascade" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "cascade" }),
    relatedPlanId: integer("related_plan_id").references(() => relatedPlans.id, { onDelete: "cascade" }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    role: text("role", { enum: RESPONSIBILITY_ROLES }).notNull(),
    position: position(),
  },
  (t) => [
    index("responsibility_actors_plan_idx").on(t.actionPlanId),
    index("responsibility_actors_measure_idx").on(t.measureId),
    index("responsibility_actors_activity_idx").on(t.activityId),
    index("responsibility_actors_related_plan_idx").on(t.relatedPlanId),
    index("responsibility_actors_actor_idx").on(t.actorId),
    check(
      "responsibility_actors_owner_check",
      sql`num_nonnulls(${t.measureId}, ${t.activityId}, ${t.relatedPlanId}) = 1`,
    ),
    oneOf("responsibility_actors_role_check", t.role, RESPONSIBILITY_ROLES),
  ],
);

export type FundingLineRow = typeof fundingLines.$inferSelect;
export type ResponsibilityActorRow = typeof responsibilityActors.$inferSelect;
