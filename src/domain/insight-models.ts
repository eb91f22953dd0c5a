/**
 * The shapes of the insight views — coverage by year and what the plan asks of the budget — as zod
 * schemas, for the API's validation and OpenAPI. The functions that compute them (`coverage.ts`,
 * `budget.ts`) take their types from here with `import type`, so the web can use them without zod.
 */
import { z } from "zod";
import { FocusAreaKind, FundingKind, Key } from "./plan-schema.js";

const Year = z.number().int();
const Nok = z.number().int();

/** What covers a cell: a measure or a related plan. */
export const CoveredBy = z.object({ type: z.enum(["measure", "relatedPlan"]), key: Key, title: z.string() });
export type CoveredBy = z.infer<typeof CoveredBy>;

/** One sub-goal or strategy, year by year. */
export const CellRow = z.object({
  number: z.number().int(),
  text: z.string(),
  years: z.array(z.object({ year: Year, isCovered: z.boolean(), by: z.array(CoveredBy) })),
});
export type CellRow = z.infer<typeof CellRow>;

/** A reference to a sub-goal or strategy the plan writes as «?». */
export const UnknownRef = z.object({
  from: z.enum(["measure", "relatedPlan"]),
  key: Key,
  title: z.string(),
  level: z.enum(["strategy", "subGoal"]),
});
export type UnknownRef = z.infer<typeof UnknownRef>;

/** One area's coverage. */
export const AreaCoverage = z.object({
  areaKey: Key,
  kind: FocusAreaKind,
  number: z.number().int(),
  title: z.string(),
  coveredYears: z.array(Year),
  subGoals: z.array(CellRow),
  strategies: z.array(CellRow),
  unknownRefs: z.array(UnknownRef),
});
export type AreaCoverage = z.infer<typeof AreaCoverage>;

/** Something left uncovered in some years of the period. */
export const Gap = z.object({
  areaKey: Key,
  level: z.enum(["area", "subGoal", "strategy"]),
  number: z.number().int().nullable(),
  text: z.string(),
  /** The years uncovered. */
  years: z.array(Year),
});
export type Gap = z.infer<typeof Gap>;

/** A measure not placed in time (a condition or no start), which covers no year. */
export const UnscheduledMeasure = z.object({
  measureKey: Key,
  title: z.string(),
  areaKey: Key,
  startText: z.string().nullable(),
});
export type UnscheduledMeasure = z.infer<typeof UnscheduledMeasure>;

export const PlanCoverage = z
  .object({
    years: z.array(Year),
    areas: z.array(AreaCoverage),
    verdict: z.object({
      isEveryAreaCovered: z.boolean(),
      uncoveredAreas: z.array(z.object({ areaKey: Key, title: z.string(), kind: FocusAreaKind })),
      isEveryStrategyCovered: z.boolean(),
    }),
    gaps: z.array(Gap),
    unscheduled: z.array(UnscheduledMeasure),
  })
  .meta({ id: "PlanCoverage", description: "Which areas, sub-goals and strategies are at work in each plan year." });
export type PlanCoverage = z.infer<typeof PlanCoverage>;

/** The money of one year. */
export const YearAmounts = z.object({ year: Year, increaseNok: Nok, contributionNok: Nok, oneOffNok: Nok });
export type YearAmounts = z.infer<typeof YearAmounts>;

/** A line that needs money but names no sum, or whose funding is to be clarified. */
export const UnstatedLine = z.object({
  ownerType: z.enum(["measure", "activity", "relatedPlan"]),
  key: Key,
  /** The measure the line belongs to (an activity's measure); null for a related plan. */
  measureKey: Key.nullable(),
  title: z.string(),
  areaKey: Key.nullable(),
  kind: FundingKind,
  text: z.string(),
});
export type UnstatedLine = z.infer<typeof UnstatedLine>;

/** A funding source cited by the plan, with the keys of the measures, activities and related plans citing it. */
export const SharedSourceUse = z.object({
  sourceKey: Key,
  name: z.string(),
  annualContributionNok: Nok.nullable(),
  annualBudgetIncreaseNok: Nok.nullable(),
  citedBy: z.array(Key),
});
export type SharedSourceUse = z.infer<typeof SharedSourceUse>;

export const PlanBudget = z
  .object({
    years: z.array(YearAmounts),
    byArea: z.array(z.object({ areaKey: Key, title: z.string(), years: z.array(YearAmounts) })),
    byUnit: z.array(z.object({ actorKey: Key, name: z.string(), years: z.array(YearAmounts) })),
    /** Money by the funding source a line names (`sourceKey` null, `name` empty: none); sources adding nothing left out. */
    bySource: z.array(z.object({ sourceKey: Key.nullable(), name: z.string(), years: z.array(YearAmounts) })),
    unstated: z.array(UnstatedLine),
    sharedSources: z.array(SharedSourceUse),
  })
  .meta({
    id: "PlanBudget",
    description: "What the plan asks of the budget per year: increases, yearly contributions, one-off sums.",
  });
export type PlanBudget = z.infer<typeof PlanBudget>;
