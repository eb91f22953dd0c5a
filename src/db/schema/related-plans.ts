/** The related plans and their links to focus areas, with each link's sub-goals and strategies. */
import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { focusAreas, strategies, subGoals } from "./areas.js";
import { id, position } from "./columns.js";
import { actionPlanId } from "./plans.js";

export const relatedPlans = pgTable(
  "related_plans",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    responsibilityText: text("responsibility_text"),
    position: position(),
  },
  (t) => [uniqueIndex("related_plans_plan_key_idx").on(t.actionPlanId, t.key)],
);

export const relatedPlanLinks = pgTable(
  "related_plan_links",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    relatedPlanId: integer("related_plan_id")
      .notNull()
      .references(() => relatedPlans.id, { onDelete: "cascade" }),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
    text: text("text"),
    position: position(),
  },
  (t) => [
    index("related_plan_links_plan_idx").on(t.actionPlanId),
    index("related_plan_links_related_plan_idx").on(t.relatedPlanId),
    index("related_plan_links_focus_area_idx").on(t.focusAreaId),
  ],
);

/** A link's sub-goals; a null sub-goal is the plan's «?». */
export const relatedPlanLinkSubGoals = pgTable(
  "related_plan_link_sub_goals",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    linkId: integer("link_id")
      .notNull()
      .references(() => relatedPlanLinks.id, { onDelete: "cascade" }),
    subGoalId: integer("sub_goal_id").references(() => subGoals.id, { onDelete: "cascade" }),
    position: position(),
  },
  (t) => [
    index("related_plan_link_sub_goals_plan_idx").on(t.actionPlanId),
    index("related_plan_link_sub_goals_link_idx").on(t.linkId),
    index("related_plan_link_sub_goals_sub_goal_idx").on(t.subGoalId),
  ],
);

/** A link's strategies; a null strategy is the plan's «Strategi ?». */
export const relatedPlanLinkStrategies = pgTable(
  "related_plan_link_strategies",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    linkId: integer("link_id")
      .notNull()
      .references(() => relatedPlanLinks.id, { onDelete: "cascade" }),
    strategyId: integer("strategy_id").references(() => strategies.id, { onDelete: "cascade" }),
    position: position(),
  },
  (t) => [
    index("related_plan_link_strategies_plan_idx").on(t.actionPlanId),
    index("related_plan_link_strategies_link_idx").on(t.linkId),
    index("related_plan_link_strategies_strategy_idx").on(t.strategyId),
  ],
);

export type RelatedPlanRow = typeof relatedPlans.$inferSelect;
export type RelatedPlanLinkRow = typeof relatedPlanLinks.$inferSelect;
export type RelatedPlanLinkSubGoalRow = typeof relatedPlanLinkSubGoals.$inferSelect;
export type RelatedPlanLinkStrategyRow = typeof relatedPlanLinkStrategies.$inferSelect;
