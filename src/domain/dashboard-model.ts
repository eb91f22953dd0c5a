/**
 * The shape of a plan's dashboard as zod schemas, for the API's validation and OpenAPI. The
 * function that computes it (`dashboard.ts`) takes its types from here with `import type`, so the
 * web can use it without zod.
 */
import { z } from "zod";
import { YearAmounts } from "./insight-models.js";
import { Assessment, FocusAreaKind, IndicatorValue, Key, MeasureStatus, PeriodKey } from "./plan-schema.js";

const Count = z.number().int().min(0);

/** A measure's status as the dashboard counts it: its latest report's, or «not reported». */
export const DashboardStatus = z.enum([...MeasureStatus.options, "not_reported"]);
export type DashboardStatus = z.infer<typeof DashboardStatus>;
/** A measure's assessment: its latest report's, or «none». */
export const DashboardAssessment = z.enum([...Assessment.options, "none"]);
export type DashboardAssessment = z.infer<typeof DashboardAssessment>;
/** Where an indicator stands: its target met (or done), on the way, not done, not reported, or nothing to measure against. */
export const IndicatorBucket = z.enum(["met", "on_the_way", "not_met", "not_reported", "no_target"]);
export type IndicatorBucket = z.infer<typeof IndicatorBucket>;

const StatusCounts = z.record(DashboardStatus, Count);
const AssessmentCounts = z.record(DashboardAssessment, Count);

export const AreaState = z.object({
  areaKey: Key,
  kind: FocusAreaKind,
  number: z.number().int(),
  title: z.string(),
  measureCount: Count,
  statuses: StatusCounts,
  assessments: AssessmentCounts,
});
export type AreaState = z.infer<typeof AreaState>;

export const IndicatorState = z.object({
  measureKey: Key,
  activityKey: Key.nullable(),
  indicatorKey: Key,
  areaKey: Key,
  text: z.string(),
  bucket: IndicatorBucket,
  /** The share of the target reached, in %, for numbers measured against a target. */
  percent: z.number().int().nullable(),
  /** The latest value reported up to the period, and its period; null when none. */
  value: IndicatorValue.shape.value.nullable(),
  period: PeriodKey.nullable(),
});
export type IndicatorState = z.infer<typeof IndicatorState>;

export const UnitMissing = z.object({ actorKey: Key, name: z.string(), reportedCount: Count, missingCount: Count });
export type UnitMissing = z.infer<typeof UnitMissing>;

export const PlanDashboard = z
  .object({
    period: PeriodKey,
    /** The period's deadline in the plan's calendar; null when it has none. */
    deadline: z.string().nullable(),
    measureCount: Count,
    statuses: StatusCounts,
    assessments: AssessmentCounts,
    areas: z.array(AreaState),
    indicators: z.object({ counts: z.record(IndicatorBucket, Count), items: z.array(IndicatorState) }),
    reporting: z.object({
      reportedCount: Count,
      missingCount: Count,
      units: z.array(UnitMissing),
      unassignedMissingCount: Count,
    }),
    money: z.array(YearAmounts),
  })
  .meta({
    id: "PlanDashboard",
    description:
      "A plan at a glance for a reporting period: measures by status and assessment per area, indicator attainment, the reports missing, money per year.",
  });
export type PlanDashboard = z.infer<typeof PlanDashboard>;
