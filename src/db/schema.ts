/**
 * The database schema: one table per concept of the plan document (`planspor/1`).
 *
 * Every table below `action_plans` carries `action_plan_id` (ON DELETE CASCADE), so that a whole
 * plan loads with one query per table and deletes with one statement. Lists keep their order in a
 * `position` column (0-based, the index in the document). Enumerations are text with a CHECK,
 * which is cheaper to extend than a PostgreSQL enum type. Only PostgreSQL 15 features are used.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  ActorKind,
  Assessment,
  FocusAreaKind,
  FundingKind,
  IndicatorKind,
  MeasureStatus,
  OrganizationKind,
  Recurrence,
  StartKind,
} from "../domain/plan-schema.js";

/** `CHECK (column IN ('a', 'b'))` for a closed set of values. */
function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = sql.raw(values.map((v) => `'${v}'`).join(", "));
  return check(name, sql`${column} IN (${list})`);
}

const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();
const position = () => integer("position").notNull();
const actionPlanId = () =>
  integer("action_plan_id")
    .notNull()
    .references(() => actionPlans.id, { onDelete: "cascade" });

/** Drizzle wants a non-empty tuple for a typed text column; zod's `options` is an array. */
function nonEmpty<T extends string>(values: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error("An enumeration needs at least one value");
  return [first, ...rest];
}

// The enumerations come from the domain model, so the CHECK constraints follow it.
const OrganizationKindValues = nonEmpty(OrganizationKind.options);
const ActorKindValues = nonEmpty(ActorKind.options);
const FocusAreaKindValues = nonEmpty(FocusAreaKind.options);
const IndicatorKindValues = nonEmpty(IndicatorKind.options);
const RecurrenceValues = nonEmpty(Recurrence.options);
const FundingKindValues = nonEmpty(FundingKind.options);
const StartKindValues = nonEmpty(StartKind.options);
const MeasureStatusValues = nonEmpty(MeasureStatus.options);
const AssessmentValues = nonEmpty(Assessment.options);

/** Values that only the database knows: who a responsibility names, and what owns a key. */
export const RESPONSIBILITY_ROLES = ["responsible", "partner"] as const;
export const ITEM_KINDS = ["measure", "activity"] as const;

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    key: text("key").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: OrganizationKindValues }).notNull(),
    officialNumber: text("official_number"),
  },
  (t) => [oneOf("organizations_kind_check", t.kind, OrganizationKindValues)],
);

/** A strategic plan belongs to an organization; its key is unique within that organization. */
export const strategicPlans = pgTable(
  "strategic_plans",
  {
    id: id(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    title: text("title").notNull(),
    firstYear: integer("first_year"),
    lastYear: integer("last_year"),
  },
  (t) => [unique("strategic_plans_organization_key_unique").on(t.organizationId, t.key)],
);

export const actionPlans = pgTable(
  "action_plans",
  {
    id: id(),
    key: text("key").notNull().unique(),
    // An organization with plans cannot be deleted by accident: delete its plans first.
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    strategicPlanId: integer("strategic_plan_id").references(() => strategicPlans.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    firstYear: integer("first_year").notNull(),
    lastYear: integer("last_year").notNull(),
    introduction: text("introduction").array().notNull().default(sql`'{}'::text[]`),
    flagshipIntroduction: text("flagship_introduction"),
    relatedPlansIntroduction: text("related_plans_introduction"),
    revisionNumber: integer("revision_number").notNull(),
    adoptedOn: date("adopted_on", { mode: "string" }),
    decisionRef: text("decision_ref"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Bumped on every write of the plan, for optimistic locking. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("action_plans_organization_id_idx").on(t.organizationId),
    index("action_plans_strategic_plan_id_idx").on(t.strategicPlanId),
    check("action_plans_years_check", sql`${t.lastYear} >= ${t.firstYear}`),
    check("action_plans_revision_number_check", sql`${t.revisionNumber} > 0`),
  ],
);

export const actors = pgTable(
  "actors",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ActorKindValues }).notNull(),
    position: position(),
  },
  (t) => [
    uniqueIndex("actors_plan_key_idx").on(t.actionPlanId, t.key),
    oneOf("actors_kind_check", t.kind, ActorKindValues),
  ],
);

export const fundingSources = pgTable(
  "funding_sources",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    annualContributionNok: bigint("annual_contribution_nok", { mode: "number" }),
    annualBudgetIncreaseNok: bigint("annual_budget_increase_nok", { mode: "number" }),
    position: position(),
  },
  (t) => [uniqueIndex("funding_sources_plan_key_idx").on(t.actionPlanId, t.key)],
);

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

/** The start columns shared by measures and activities; all null when the plan gives no start. */
const startColumns = () => ({
  startKind: text("start_kind", { enum: StartKindValues }),
  startYear: integer("start_year"),
  startHalf: integer("start_half").$type<1 | 2>(),
  startText: text("start_text"),
});

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

/** The rules of `Start` that SQL can state: kind and text come together, a half only for half-years. */
function startChecks(
  table: string,
  t: { startKind: AnyPgColumn; startYear: AnyPgColumn; startHalf: AnyPgColumn; startText: AnyPgColumn },
) {
  return [
    oneOf(`${table}_start_kind_check`, t.startKind, StartKindValues),
    check(`${table}_start_text_check`, sql`(${t.startKind} IS NULL) = (${t.startText} IS NULL)`),
    check(
      `${table}_start_half_check`,
      sql`(${t.startHalf} IS NULL) = (${t.startKind} IS DISTINCT FROM 'half_year') AND (${t.startHalf} IS NULL OR ${t.startHalf} IN (1, 2))`,
    ),
  ];
}

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

export const statusReports = pgTable(
  "status_reports",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    status: text("status", { enum: MeasureStatusValues }).notNull(),
    assessment: text("assessment", { enum: AssessmentValues }),
    progressPercent: integer("progress_percent"),
    comment: text("comment"),
    /** The instant, for sorting and filtering by time. */
    reportedAt: timestamp("reported_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The timestamp exactly as given (with its offset), which `timestamptz` does not keep. */
    reportedAtText: text("reported_at_text").notNull(),
    reportedBy: text("reported_by"),
    position: position(),
  },
  (t) => [
    index("status_reports_plan_idx").on(t.actionPlanId),
    index("status_reports_measure_idx").on(t.measureId),
    index("status_reports_activity_idx").on(t.activityId),
    check("status_reports_period_check", sql`${t.period} ~ '^[0-9]{4}(-T[1-3])?$'`),
    check("status_reports_progress_check", sql`${t.progressPercent} IS NULL OR ${t.progressPercent} BETWEEN 0 AND 100`),
    oneOf("status_reports_status_check", t.status, MeasureStatusValues),
    oneOf("status_reports_assessment_check", t.assessment, AssessmentValues),
  ],
);

/** One reported value; exactly one of the three value columns is set, by the value's JSON type. */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    statusReportId: integer("status_report_id")
      .notNull()
      .references(() => statusReports.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    valueNumber: doublePrecision("value_number"),
    valueBoolean: boolean("value_boolean"),
    valueText: text("value_text"),
    position: position(),
  },
  (t) => [
    index("indicator_values_plan_idx").on(t.actionPlanId),
    index("indicator_values_status_report_idx").on(t.statusReportId),
    index("indicator_values_indicator_idx").on(t.indicatorId),
    check(
      "indicator_values_one_value_check",
      sql`num_nonnulls(${t.valueNumber}, ${t.valueBoolean}, ${t.valueText}) = 1`,
    ),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
export type StrategicPlanRow = typeof strategicPlans.$inferSelect;
export type ActionPlanRow = typeof actionPlans.$inferSelect;
export type ActorRow = typeof actors.$inferSelect;
export type FundingSourceRow = typeof fundingSources.$inferSelect;
export type FocusAreaRow = typeof focusAreas.$inferSelect;
export type SubGoalRow = typeof subGoals.$inferSelect;
export type StrategyRow = typeof strategies.$inferSelect;
export type FlagshipRow = typeof flagships.$inferSelect;
export type ItemKeyRow = typeof itemKeys.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type MeasureStrategyRow = typeof measureStrategies.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type RelatedPlanRow = typeof relatedPlans.$inferSelect;
export type FundingLineRow = typeof fundingLines.$inferSelect;
export type ResponsibilityActorRow = typeof responsibilityActors.$inferSelect;
export type RelatedPlanLinkRow = typeof relatedPlanLinks.$inferSelect;
export type RelatedPlanLinkSubGoalRow = typeof relatedPlanLinkSubGoals.$inferSelect;
export type RelatedPlanLinkStrategyRow = typeof relatedPlanLinkStrategies.$inferSelect;
export type StatusReportRow = typeof statusReports.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
