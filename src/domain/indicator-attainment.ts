/**
 * How far an indicator is reached by a reported value: a share of the target for counts,
 * percentages and scores, done or not for yes/no and milestones, and the values reported for one
 * indicator period by period. Pure; types only from plan-schema.ts, so the web needs no zod.
 */
import type { Indicator, IndicatorKind, IndicatorValue, PeriodKey, PlanDocument } from "./plan-schema.js";
import { comparePeriods, periodEnd } from "./reporting-periods.js";

/** What a reported value says about its indicator, by `state`. */
export type Attainment =
  /** Nothing to compare with: free text, a number without a target, or a target of 0 from no baseline. */
  | { state: "none" }
  /** No value has been reported. */
  | { state: "not_reported" }
  /**
   * A number against its target: `ratio` is the share of the way from the baseline (or 0) to the
   * target, never below 0 but above 1 when the target is passed; `percent` is it rounded, in %.
   */
  | { state: "measured"; ratio: number; percent: number; isMet: boolean }
  /** Yes, or a milestone reached (on `date`); `isLate` when reached after the indicator's deadline. */
  | { state: "done"; date?: string; isLate: boolean }
  /** No, or a milestone not reached; `isOverdue` when the indicator's deadline is before today. */
  | { state: "not_done"; isOverdue: boolean };

/** A reported value, or null for none. */
export type ReportedValue = IndicatorValue["value"] | null;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a calendar date YYYY-MM-DD that exists (2025-02-30 does not). */
function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a value is of the right shape for an indicator kind. */
export function isValueValidForKind(kind: IndicatorKind, value: unknown): boolean {
  switch (kind) {
    case "count":
    case "percentage":
    case "score":
      return typeof value === "number" && Number.isFinite(value);
    case "yes_no":
      return typeof value === "boolean";
    case "milestone":
      return typeof value === "string" && isCalendarDate(value);
    case "text":
      return typeof value === "string" && value.trim().length > 0 && value.length <= 4000;
  }
}

function wrongType(indicator: Indicator, expected: string, value: ReportedValue): TypeError {
  return new TypeError(
    `Indicator «${indicator.key}» (${indicator.kind}) takes ${expected}, not ${JSON.stringify(value)} (${typeof value})`,
  );
}

function measured(indicator: Indicator, value: number): Attainment {
  const { target, baseline } = indicator;
  if (target === null) return { state: "none" };
  const from = baseline !== null && baseline !== target ? baseline : 0;
  if (target === from) return { state: "none" };
  const ratio = Math.max(0, (value - from) / (target - from));
  return { state: "measured", ratio, percent: Math.round(ratio * 100), isMet: ratio >= 1 };
}

/**
 * How far `value` reaches `indicator`. Counts, percentages and scores against the target (from
 * the baseline when there is one, so a lower target works too); yes/no and milestones as done or
 * not, late or overdue against the deadline at `options.today` (never overdue without it); text as
 * «none». Null is «not_reported», except for a milestone, where no date means not reached.
 * Throws a TypeError for a value of the wrong type for the kind.
 */
export function indicatorAttainment(
  indicator: Indicator,
  value: ReportedValue,
  options: { today?: string } = {},
): Attainment {
  // Without a day to judge by, nothing is overdue: the domain reads no clock.
  const isOverdue = (): boolean =>
    indicator.deadline !== null && options.today !== undefined && indicator.deadline < options.today;
  switch (indicator.kind) {
    case "count":
    case "percentage":
    case "score":
      if (value === null) return { state: "not_reported" };
      if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType(indicator, "a finite number", value);
      return measured(indicator, value);
    case "yes_no":
      if (value === null) return { state: "not_reported" };
      if (typeof value !== "boolean") throw wrongType(indicator, "true or false", value);
      return value ? { state: "done", isLate: false } : { state: "not_done", isOverdue: isOverdue() };
    case "milestone":
      if (value === null || value === "") return { state: "not_done", isOverdue: isOverdue() };
      if (typeof value !== "string" || !isCalendarDate(value)) throw wrongType(indicator, "a date YYYY-MM-DD", value);
      return { state: "done", date: value, isLate: indicator.deadline !== null && value > indicator.deadline };
    case "text":
      if (value === null) return { state: "not_reported" };
      if (typeof value !== "string") throw wrongType(indicator, "text", value);
      return { state: "none" };
  }
}

/** One point of an indicator's series: the value reported for a period and what it attains. */
export type IndicatorSeriesPoint = {
  period: PeriodKey;
  value: IndicatorValue["value"];
  reportedAt: string;
  attainment: Attainment;
};

function findIndicator(
  plan: PlanDocument,
  measureKey: string,
  indicatorKey: string,
  activityKey: string | null,
): Indicator | undefined {
  for (const area of plan.focusAreas) {
    const measure = area.measures.find((m) => m.key === measureKey);
    if (measure === undefined) continue;
    const owner = activityKey === null ? measure : measure.activities.find((a) => a.key === activityKey);
    return owner?.indicators.find((i) => i.key === indicatorKey);
  }
  return undefined;
}

/**
 * The values reported for one indicator of a measure (or of one of its activities) over time: one
 * point per period (the latest report when there are several), in period order, each attainment
 * judged at the end of its period. Empty when the indicator does not exist.
 */
export function indicatorSeries(
  plan: PlanDocument,
  measureKey: string,
  indicatorKey: string,
  activityKey: string | null = null,
): IndicatorSeriesPoint[] {
  const indicator = findIndicator(plan, measureKey, indicatorKey, activityKey);
  if (indicator === undefined) return [];
  const latest = new Map<PeriodKey, { value: IndicatorValue["value"]; reportedAt: string }>();
  for (const report of plan.statusReports) {
    if (report.measureKey !== measureKey || report.activityKey !== activityKey) continue;
    const reported = report.indicatorValues.find((v) => v.indicatorKey === indicatorKey);
    if (reported === undefined) continue;
    const previous = latest.get(report.period);
    if (previous === undefined || Date.parse(report.reportedAt) >= Date.parse(previous.reportedAt)) {
      latest.set(report.period, { value: reported.value, reportedAt: report.reportedAt });
    }
  }
  return [...latest.entries()]
    .sort(([a], [b]) => comparePeriods(a, b))
    .map(([period, { value, reportedAt }]) => ({
      period,
      value,
      reportedAt,
      attainment: indicatorAttainment(indicator, value, { today: periodEnd(period) }),
    }));
}
