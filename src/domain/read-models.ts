/**
 * The shapes of the read models the API serves beside the plan document (measures with their
 * area, area summaries, flagships with their measures) and the measures list's filters, as zod
 * schemas for validation and OpenAPI. Kept apart from the functions in measure-views.ts so that
 * the web's plan pages can use those without loading zod.
 */
import { z } from "zod";
import {
  Actor,
  Flagship,
  FocusAreaKind,
  IsoDate,
  Key,
  Measure,
  NumberRef,
  PeriodKey,
  StatusReport,
} from "./plan-schema.js";

export const AreaRef = z
  .object({ key: Key, kind: FocusAreaKind, number: z.number().int(), title: z.string() })
  .meta({ id: "AreaRef" });
export type AreaRef = z.infer<typeof AreaRef>;

export const ResolvedStrategy = z.object({
  number: NumberRef,
  /** Null for «unknown» or for a number the area lacks. */
  text: z.string().nullable(),
});
export type ResolvedStrategy = z.infer<typeof ResolvedStrategy>;

export const MeasureView = Measure.extend({
  area: AreaRef,
  /** The cited strategies with their text. */
  strategies: z.array(ResolvedStrategy),
  /** Every actor responsible for or partner in the measure or one of its activities. */
  actorKeys: z.array(Key),
  /** The years in which the measure or one of its activities starts. */
  startYears: z.array(z.number().int()),
}).meta({ id: "MeasureView", description: "A measure with its area, its strategies' texts and everyone involved." });
export type MeasureView = z.infer<typeof MeasureView>;

export const AreaSummary = AreaRef.extend({
  mainGoal: z.string(),
  subGoalCount: z.number().int(),
  strategyCount: z.number().int(),
  measureCount: z.number().int(),
  activityCount: z.number().int(),
}).meta({ id: "AreaSummary" });
export type AreaSummary = z.infer<typeof AreaSummary>;

export const FlagshipView = Flagship.extend({ measureKeys: z.array(Key) }).meta({ id: "FlagshipView" });
export type FlagshipView = z.infer<typeof FlagshipView>;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * The filters of the measures list, as query parameters (strings in, typed values out).
 * The same schema validates the API's query and the web's URL.
 */
export const MeasureFilter = z.object({
  area: z.preprocess(emptyToUndefined, Key.optional()).meta({ description: "Area key." }),
  strategy: z
    .preprocess(emptyToUndefined, z.union([z.literal("unknown"), z.coerce.number().int().positive()]).optional())
    .meta({ description: "Strategy number (with `area`, that area's strategy), or `unknown`." }),
  actor: z.preprocess(emptyToUndefined, Key.optional()).meta({
    description: "Actor key: responsible for or partner in the measure or one of its activities.",
  }),
  startYear: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(1900).max(2200).optional())
    .meta({ description: "Year in which the measure or one of its activities starts." }),
  flagship: z.preprocess(emptyToUndefined, Key.optional()).meta({ description: "Flagship project key." }),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .meta({ description: "Free text: every word must occur somewhere in the measure." }),
});
export type MeasureFilter = z.infer<typeof MeasureFilter>;

export const RoundItem = z
  .object({
    measureKey: Key,
    measureTitle: z.string(),
    areaKey: Key,
    activityKey: Key.nullable(),
    activityTitle: z.string().nullable(),
    report: StatusReport.nullable().meta({ description: "The report for the period; null while it is missing." }),
  })
  .meta({ id: "RoundItem" });

export const UnitRound = z
  .object({ actor: Actor, items: z.array(RoundItem), reportedCount: z.number().int(), missingCount: z.number().int() })
  .meta({ id: "UnitRound" });

export const ReportingRoundView = z
  .object({
    period: PeriodKey,
    deadline: IsoDate.nullable(),
    units: z.array(UnitRound),
    unassigned: z.array(RoundItem),
    reportedCount: z.number().int(),
    missingCount: z.number().int(),
  })
  .meta({ id: "ReportingRound", description: "Who has reported for one period, by responsible unit." });
