/** The focus areas and what is numbered within them: sub-goals and strategies; and the flagships. */
import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { FocusAreaKindValues, id, oneOf, position } from "./columns.js";
import { actionPlanId } from "./plans.js";

export const focusAreas = pgTable(
  "focus_areas",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    kind: text("kind", { enum: FocusAreaKindValues }).notNull(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    mainGoal: text("main_goal").notNull(),
    position: position(),
  },
  (t) => [
    uniqueIndex("focus_areas_plan_key_idx").on(t.actionPlanId, t.key),
    oneOf("focus_areas_kind_check", t.kind, FocusAreaKindValues),
  ],
);

/** Sub-goals and strategies are numbered within their area; the number is what measures cite. */
export const subGoals = pgTable(
  "sub_goals",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    text: text("text").notNull(),
    position: position(),
  },
  (t) => [
    index("sub_goals_plan_idx").on(t.actionPlanId),
    uniqueIndex("sub_goals_area_number_idx").on(t.focusAreaId, t.number),
  ],
);

export const strategies = pgTable(
  "strategies",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    text: text("text").notNull(),
    position: position(),
  },
  (t) => [
    index("strategies_plan_idx").on(t.actionPlanId),
    uniqueIndex("strategies_area_number_idx").on(t.focusAreaId, t.number),
  ],
);

export const flagships = pgTable(
  "flagships",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    focusAreaId: integer("focus_area_id").references(() => focusAreas.id, { onDelete: "set null" }),
    position: position(),
  },
  (t) => [
    uniqueIndex("flagships_plan_key_idx").on(t.actionPlanId, t.key),
    index("flagships_focus_area_idx").on(t.focusAreaId),
  ],
);

export type FocusAreaRow = typeof focusAreas.$inferSelect;
export type SubGoalRow = typeof subGoals.$inferSelect;
export type StrategyRow = typeof strategies.$inferSelect;
export type FlagshipRow = typeof flagships.$inferSelect;
