/**
 * Measures and their activities with the key registry they share, the strategies a measure
 * serves, and the indicators.
 */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { flagships, focusAreas, strategies } from "./areas.js";
import {
  IndicatorKindValues,
  ITEM_KINDS,
  id,
  oneOf,
  position,
  RecurrenceValues,
  startChecks,
  startColumns,
} from "./columns.js";
import { actionPlanId } from "./plans.js";

/**
 * Measures and activities share one key space within a plan. Each key is registered here once
 * with the kind that owns it; a measure's (plan, key, 'measure') and an activity's
 * (plan, key, 'activity') must match a row, so the same key cannot name both or two of either.
 */
export const itemKeys = pgTable(
  "item_keys",
  {
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    kind: text("kind", { enum: ITEM_KINDS }).notNull(),
  },
  (t) => [
    primaryKey({ name: "item_keys_pkey", columns: [t.actionPlanId, t.key] }),
    unique("item_keys_plan_key_kind_unique").on(t.actionPlanId, t.key, t.kind),
    oneOf("item_keys_kind_check", t.kind, ITEM_KINDS),
  ],
);

export const measures = pgTable(
  "measures",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    focusAreaId: integer("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** Always 'measure': the half of the foreign key into `item_keys` that says what owns the key. */
    itemKind: text("item_kind").notNull().default("measure"),
    title: text("title").notNull(),
    description: text("description"),
    /** The responsibility as the plan writes it; null when the measure has no responsibility. */
    responsibilityText: text("responsibility_text"),
    ...startColumns(),
    flagshipId: integer("flagship_id").references(() => flagships.id, { onDelete: "set null" }),
    position: position(),
  },
  (t) => [
    uniqueIndex("measures_plan_key_idx").on(t.actionPlanId, t.key),
    index("measures_focus_area_idx").on(t.focusAreaId),
    index("measures_flagship_idx").on(t.flagshipId),
    foreignKey({
      name: "measures_item_key_fk",
      columns: [t.actionPlanId, t.key, t.itemKind],
      foreignColumns: [itemKeys.actionPlanId, itemKeys.key, itemKeys.kind],
    }).onDelete("cascade"),
    check("measures_item_kind_check", sql`${t.itemKind} = 'measure'`),
    ...startChecks("measures", t),
  ],
);

export const activities = pgTable(
  "activities",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** Always 'activity': see `measures.itemKind`. */
    itemKind: text("item_kind").notNull().default("activity"),
    title: text("title").notNull(),
    description: text("description"),
    responsibilityText: text("responsibility_text"),
    ...startColumns(),
    position: position(),
  },
  (t) => [
    uniqueIndex("activities_plan_key_idx").on(t.actionPlanId, t.key),
    index("activities_measure_idx").on(t.measureId),
    foreignKey({
      name: "activities_item_key_fk",
      columns: [t.actionPlanId, t.key, t.itemKind],
      foreignColumns: [itemKeys.actionPlanId, itemKeys.key, itemKeys.kind],
    }).onDelete("cascade"),
    check("activities_item_kind_check", sql`${t.itemKind} = 'activity'`),
    ...startChecks("activities", t),
  ],
);

/** The strategies a measure serves, in the plan's order; a null strategy is the plan's «?». */
export const measureStrategies = pgTable(
  "measure_strategies",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    strategyId: integer("strategy_id").references(() => strategies.id, { onDelete: "cascade" }),
    position: position(),
  },
  (t) => [
    index("measure_strategies_plan_idx").on(t.actionPlanId),
    index("measure_strategies_measure_idx").on(t.measureId),
    index("measure_strategies_strategy_idx").on(t.strategyId),
  ],
);

export const indicators = pgTable(
  "indicators",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id").references(() => measures.id, { onDelete: "cascade" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    text: text("text").notNull(),
    kind: text("kind", { enum: IndicatorKindValues }).notNull(),
    target: doublePrecision("target"),
    baseline: doublePrecision("baseline"),
    unit: text("unit"),
    recurrence: text("recurrence", { enum: RecurrenceValues }).notNull(),
    deadline: date("deadline", { mode: "string" }),
    position: position(),
  },
  (t) => [
    uniqueIndex("indicators_plan_key_idx").on(t.actionPlanId, t.key),
    index("indicators_measure_idx").on(t.measureId),
    index("indicators_activity_idx").on(t.activityId),
    check("indicators_owner_check", sql`num_nonnulls(${t.measureId}, ${t.activityId}) = 1`),
    oneOf("indicators_kind_check", t.kind, IndicatorKindValues),
    oneOf("indicators_recurrence_check", t.recurrence, RecurrenceValues),
  ],
);

export type ItemKeyRow = typeof itemKeys.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type MeasureStrategyRow = typeof measureStrategies.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
