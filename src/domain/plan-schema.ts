/**
 * The interchange format `planspor/1`: one action plan with everything it holds.
 *
 * This is the one definition of the plan's shape. The database tables, the API, the web views
 * and the import/export formats are all derived from or checked against these schemas.
 * Texts «as written» keep the plan's own words and spelling; the structured fields beside them
 * (numbers, kinds, years) are what the system computes with.
 */
import { z } from "zod";

export const PLAN_FORMAT = "planspor/1" as const;

/** A stable, human-readable identifier: lower-case letters, digits and single hyphens. */
export const Key = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A key may hold only lower-case letters a–z, digits and single hyphens")
  .meta({ description: "Stable human-readable key, e.g. `industri-bedriftsbesok`." });
export type Key = z.infer<typeof Key>;

const Text = z.string().trim().min(1).max(4000);
const LongText = z.string().trim().min(1).max(20000);
const Year = z.number().int().min(1900).max(2200);
/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.iso.date().meta({ description: "A calendar date, YYYY-MM-DD." });
const Nok = z.number().int().min(0).max(1e13).meta({ description: "Whole Norwegian kroner." });
const Position = z.number().int().positive();

/** A numbered item's number, or «unknown» where the plan writes «?». */
export const NumberRef = z
  .union([Position, z.literal("unknown")])
  .meta({ description: "A sub-goal or strategy number, or `unknown` where the plan writes «?»." });
export type NumberRef = z.infer<typeof NumberRef>;

export const OrganizationKind = z.enum(["municipality", "county", "region", "other"]);
export const Organization = z
  .object({
    key: Key,
    name: Text,
    kind: OrganizationKind,
    /** Statistics Norway's four-digit municipality or two-digit county number. */
    officialNumber: z
      .string()
      .regex(/^\d{2}(\d{2})?$/)
      .nullable()
      .default(null),
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof Organization>;

export const StrategicPlan = z
  .object({
    key: Key,
    title: Text,
    firstYear: Year.nullable().default(null),
    lastYear: Year.nullable().default(null),
  })
  .meta({ id: "StrategicPlan" });
export type StrategicPlan = z.infer<typeof StrategicPlan>;

export const Revision = z
  .object({
    number: Position,
    /** Date of the council's decision; null while the revision is a draft or the date is unknown. */
    adoptedOn: IsoDate.nullable().default(null),
    /** The council's case number or decision reference. */
    decisionRef: z.string().trim().max(200).nullable().default(null),
  })
  .meta({ id: "Revision" });
export type Revision = z.infer<typeof Revision>;

/** A reporting period: a year («2025») or a tertial («2025-T1»). */
export const PeriodKey = z
  .string()
  .regex(/^\d{4}(-T[1-3])?$/, "A period is written as 2025 or 2025-T1")
  .meta({ description: "A reporting period: a year (`2025`) or a tertial (`2025-T1`)." });
export type PeriodKey = z.infer<typeof PeriodKey>;

export const ReportingFrequency = z.enum(["tertial", "yearly"]);
export type ReportingFrequency = z.infer<typeof ReportingFrequency>;

export const ReportingPeriod = z
  .object({ period: PeriodKey, deadline: IsoDate })
  .meta({ id: "ReportingPeriod", description: "A period to report on and the day its reports are due." });
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

export const ReportingCalendar = z
  .object({
    frequency: ReportingFrequency,
    /** Every period of the plan with its deadline, in time order. */
    periods: z.array(ReportingPeriod).max(400).default([]),
  })
  .meta({
    id: "ReportingCalendar",
    description: "When the plan is reported on: three tertials a year or once a year, each with a deadline.",
  });
export type ReportingCalendar = z.infer<typeof ReportingCalendar>;

const LevelWord = z.string().trim().min(1).max(60);
export const LevelName = z.object({ singular: LevelWord, plural: LevelWord });
export type LevelName = z.infer<typeof LevelName>;

/** The words a plan uses for its levels: Gjøvik's «satsingsområde», another's «innsatsområde». */
export const LevelNames = z
  .object({
    focusArea: LevelName,
    strategicMove: LevelName,
    mainGoal: LevelName,
    subGoal: LevelName,
    strategy: LevelName,
    measure: LevelName,
    activity: LevelName,
    indicator: LevelName,
  })
  .meta({ id: "LevelNames", description: "The plan's own names for its levels, singular and plural." });
export type LevelNames = z.infer<typeof LevelNames>;
export type Level = keyof LevelNames;

export const ActionPlan = z
  .object({
    key: Key,
    title: Text,
    firstYear: Year,
    lastYear: Year,
    /** The plan's introduction, one string per paragraph. */
    introduction: z.array(LongText).max(100).default([]),
    /** The text introducing the flagship projects. */
    flagshipIntroduction: LongText.nullable().default(null),
    /** The heading and text introducing the table of related plans. */
    relatedPlansIntroduction: LongText.nullable().default(null),
    revision: Revision,
    /** The plan's own names for its levels; null: the UI's words in the reader's language. */
    levelNames: LevelNames.nullable().default(null),
    /** The reporting calendar; null: three tertials a year with the default deadlines. */
    reporting: ReportingCalendar.nullable().default(null),
  })
  .meta({ id: "ActionPlan" });
export type ActionPlan = z.infer<typeof ActionPlan>;

export const ActorKind = z.enum(["internal_unit", "political_body", "external_partner"]);
export type ActorKind = z.infer<typeof ActorKind>;
export const Actor = z
  .object({ key: Key, name: Text, kind: ActorKind })
  .meta({ id: "Actor", description: "A unit of the organization, a political body or an external partner." });
export type Actor = z.infer<typeof Actor>;

export const FundingSource = z
  .object({
    key: Key,
    name: Text,
    description: LongText.nullable().default(null),
    /** What the organization pays into it every year. */
    annualContributionNok: Nok.nullable().default(null),
    /** The part of the yearly contribution that needs new money in the budget. */
    annualBudgetIncreaseNok: Nok.nullable().default(null),
  })
  .meta({
    id: "FundingSource",
    description: "Money shared by several measures, counted once however many measures cite it.",
  });
export type FundingSource = z.infer<typeof FundingSource>;

export const IndicatorKind = z.enum(["count", "yes_no", "percentage", "score", "milestone", "text"]);
export type IndicatorKind = z.infer<typeof IndicatorKind>;
export const Recurrence = z.enum(["once", "yearly"]);
export type Recurrence = z.infer<typeof Recurrence>;

export const Indicator = z
  .object({
    key: Key,
    /** The indicator as the plan writes it, e.g. «5 bedriftsbesøk til industribedrifter». */
    text: Text,
    kind: IndicatorKind,
    /** The value aimed for: a count, a percentage, a score; null for yes/no, milestones and free text. */
    target: z.number().finite().nullable().default(null),
    baseline: z.number().finite().nullable().default(null),
    unit: z.string().trim().max(100).nullable().default(null),
    /** Whether the target is for each year («2 årlige arrangementer») or once. */
    recurrence: Recurrence.default("once"),
    deadline: IsoDate.nullable().default(null),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof Indicator>;

export const FundingKind = z.enum([
  "within_budget",
  "budget_increase",
  "annual_contribution",
  "separate_funding",
  "project_funding",
  "already_allocated",
  "shared_source",
  "to_be_clarified",
]);
export type FundingKind = z.infer<typeof FundingKind>;

export const FundingLine = z
  .object({
    kind: FundingKind,
    /** The sum in NOK when the plan names one; null when it names none («Vil kreve økt ramme …»). */
    amountNok: Nok.nullable().default(null),
    recurrence: Recurrence.nullable().default(null),
    /** The years the line applies to; empty means the whole plan period. */
    years: z.array(Year).max(50).default([]),
    /** For `shared_source`: the funding source the money comes from (its amounts are counted once). */
    fundingSourceKey: Key.nullable().default(null),
    /** The funding as the plan writes it. */
    text: LongText,
  })
  .meta({ id: "FundingLine" });
export type FundingLine = z.infer<typeof FundingLine>;

export const StartKind = z.enum(["year", "half_year", "ongoing", "continuous", "condition"]);
export type StartKind = z.infer<typeof StartKind>;
export const Start = z
  .object({
    kind: StartKind,
    year: Year.nullable().default(null),
    /** 1 for «Første halvår», 2 for «Andre halvår». */
    half: z
      .union([z.literal(1), z.literal(2)])
      .nullable()
      .default(null),
    /** The start as the plan writes it: «Pågår», «Første halvår 2025», «Må avklares med …». */
    text: Text,
  })
  .superRefine((start, ctx) => {
    if ((start.kind === "year" || start.kind === "half_year") && start.year === null) {
      ctx.addIssue({ code: "custom", path: ["year"], message: "A year is required for this kind of start" });
    }
    if (start.kind === "half_year" && start.half === null) {
      ctx.addIssue({ code: "custom", path: ["half"], message: "The half-year (1 or 2) is required" });
    }
    if (start.kind !== "half_year" && start.half !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["half"],
        message: "A half-year is given only when the start is a half-year",
      });
    }
  })
  .meta({ id: "Start" });
export type Start = z.infer<typeof Start>;

export const Responsibility = z
  .object({
    /** The responsibility as the plan writes it, e.g. «Næring i samarbeid med NTNU, …». */
    text: LongText,
    responsibleActorKeys: z.array(Key).max(50).default([]),
    partnerActorKeys: z.array(Key).max(50).default([]),
  })
  .meta({ id: "Responsibility" });
export type Responsibility = z.infer<typeof Responsibility>;

export const Activity = z
  .object({
    key: Key,
    /** The bullet as the plan writes it. */
    title: Text,
    description: LongText.nullable().default(null),
    indicators: z.array(Indicator).max(100).default([]),
    funding: z.array(FundingLine).max(50).default([]),
    responsibility: Responsibility.nullable().default(null),
    start: Start.nullable().default(null),
  })
  .meta({
    id: "Activity",
    description: "A bullet under a measure, which may carry its own indicator, funding, owner and start.",
  });
export type Activity = z.infer<typeof Activity>;

export const Measure = z
  .object({
    key: Key,
    title: Text,
    description: LongText.nullable().default(null),
    /** The strategies of the measure's area that it serves, by number. */
    strategyNumbers: z.array(NumberRef).max(50).default([]),
    activities: z.array(Activity).max(200).default([]),
    indicators: z.array(Indicator).max(100).default([]),
    funding: z.array(FundingLine).max(50).default([]),
    responsibility: Responsibility.nullable().default(null),
    start: Start.nullable().default(null),
    flagshipKey: Key.nullable().default(null),
  })
  .meta({ id: "Measure" });
export type Measure = z.infer<typeof Measure>;

export const NumberedText = z.object({ number: Position, text: LongText });
export type NumberedText = z.infer<typeof NumberedText>;

export const FocusAreaKind = z.enum(["focus_area", "strategic_move"]);
export type FocusAreaKind = z.infer<typeof FocusAreaKind>;
export const FocusArea = z
  .object({
    key: Key,
    kind: FocusAreaKind,
    /** The area's number among the areas of its kind, from 1. */
    number: Position,
    title: Text,
    mainGoal: LongText,
    subGoals: z.array(NumberedText).max(100).default([]),
    strategies: z.array(NumberedText).max(100).default([]),
    measures: z.array(Measure).max(500).default([]),
  })
  .meta({
    id: "FocusArea",
    description: "A satsingsområde (`focus_area`) or a strategisk grep (`strategic_move`).",
  });
export type FocusArea = z.infer<typeof FocusArea>;

export const Flagship = z
  .object({
    key: Key,
    title: Text,
    description: LongText,
    /** The area under which the plan describes the flagship's measures. */
    focusAreaKey: Key.nullable().default(null),
  })
  .meta({ id: "Flagship" });
export type Flagship = z.infer<typeof Flagship>;

export const RelatedPlanLink = z
  .object({
    focusAreaKey: Key,
    subGoalNumbers: z.array(NumberRef).max(100).default([]),
    strategyNumbers: z.array(NumberRef).max(100).default([]),
    /** The sub-goals and strategies as the plan writes them, e.g. «Delmål 1 og 3 / Strategi 2 og 6». */
    text: z.string().trim().max(1000).nullable().default(null),
  })
  .meta({ id: "RelatedPlanLink" });
export type RelatedPlanLink = z.infer<typeof RelatedPlanLink>;

export const RelatedPlan = z
  .object({
    key: Key,
    title: Text,
    links: z.array(RelatedPlanLink).max(50).default([]),
    funding: z.array(FundingLine).max(50).default([]),
    responsibility: Responsibility.nullable().default(null),
  })
  .meta({ id: "RelatedPlan", description: "A measure of another plan or project that serves this plan's goals." });
export type RelatedPlan = z.infer<typeof RelatedPlan>;

export const MeasureStatus = z.enum(["not_started", "ongoing", "completed", "postponed", "cancelled"]);
export type MeasureStatus = z.infer<typeof MeasureStatus>;
export const Assessment = z.enum(["on_track", "at_risk", "off_track"]);
export type Assessment = z.infer<typeof Assessment>;

export const IndicatorValue = z.object({
  indicatorKey: Key,
  /** A number for counts, percentages and scores; true/false for yes/no; a date or text otherwise. */
  value: z.union([z.number().finite(), z.boolean(), z.string().max(4000)]),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const StatusReport = z
  .object({
    measureKey: Key,
    /** Set when the report is for one activity of the measure. */
    activityKey: Key.nullable().default(null),
    period: PeriodKey,
    status: MeasureStatus,
    assessment: Assessment.nullable().default(null),
    progressPercent: z.number().int().min(0).max(100).nullable().default(null),
    comment: z.string().trim().max(20000).nullable().default(null),
    /** The comment is for the organization only: it never reaches those who read the published plan. */
    commentInternal: z.boolean().default(false),
    indicatorValues: z.array(IndicatorValue).max(100).default([]),
    reportedAt: z.iso.datetime({ offset: true }),
    reportedBy: z.string().trim().max(200).nullable().default(null),
  })
  .meta({ id: "StatusReport" });
export type StatusReport = z.infer<typeof StatusReport>;

export const PlanDocument = z
  .object({
    format: z.literal(PLAN_FORMAT),
    organization: Organization,
    strategicPlan: StrategicPlan.nullable().default(null),
    actionPlan: ActionPlan,
    actors: z.array(Actor).max(1000).default([]),
    fundingSources: z.array(FundingSource).max(200).default([]),
    focusAreas: z.array(FocusArea).max(100).default([]),
    flagships: z.array(Flagship).max(100).default([]),
    relatedPlans: z.array(RelatedPlan).max(500).default([]),
    statusReports: z.array(StatusReport).max(100000).default([]),
  })
  .meta({
    id: "PlanDocument",
    title: "Planspor plan document (planspor/1)",
    description: "An action plan with its areas, goals, strategies, measures, funding, actors and reports.",
  });
/** A plan document as the system holds it: every default filled in. */
export type PlanDocument = z.infer<typeof PlanDocument>;
/** A plan document as a file may give it: fields with defaults may be left out. */
export type PlanDocumentInput = z.input<typeof PlanDocument>;
