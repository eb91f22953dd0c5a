/**
 * Revisions and evaluations. `plan_revisions` holds the frozen document of each adopted revision
 * (the live tables hold only the current one); `json`, not `jsonb`, so the document comes back
 * with its keys in the order it was written. A row is written once, on adoption; a trigger
 * (migration 0004) refuses UPDATE. DELETE is not refused: a row trigger would also fire on the
 * cascade when the plan itself is deleted, and deleting a plan must take its revisions with it.
 * `evaluations` holds the yearly evaluations of measures and areas that the roll reads.
 */
import { date, index, integer, json, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { id, oneOf } from "./columns.js";
import { actionPlanId } from "./plans.js";

export const planRevisions = pgTable(
  "plan_revisions",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    number: integer("number").notNull(),
    adoptedOn: date("adopted_on", { mode: "string" }).notNull(),
    decisionRef: text("decision_ref"),
    document: json("document").notNull(),
    adoptedAt: timestamp("adopted_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [unique("plan_revisions_plan_number_unique").on(t.actionPlanId, t.number)],
);

export const EVALUATION_TARGET_TYPES = ["area", "measure"] as const;

export const evaluations = pgTable(
  "evaluations",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    year: integer("year").notNull(),
    targetType: text("target_type", { enum: EVALUATION_TARGET_TYPES }).notNull(),
    targetKey: text("target_key").notNull(),
    judgement: text("judgement").notNull(),
    text: text("text").notNull(),
    recommendation: text("recommendation"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    unique("evaluations_target_unique").on(t.actionPlanId, t.year, t.targetType, t.targetKey),
    index("evaluations_plan_year_idx").on(t.actionPlanId, t.year),
    oneOf("evaluations_target_type_check", t.targetType, EVALUATION_TARGET_TYPES),
  ],
);

export type PlanRevisionRow = typeof planRevisions.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
