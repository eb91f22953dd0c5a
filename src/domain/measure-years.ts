/**
 * When a measure is «at work»: the years of the plan period in which it runs, read from its start
 * (or its activities' starts) and ended by its status reports. Shared by coverage and other views.
 */
import type { Measure, PlanDocument, Start } from "./plan-schema.js";

/** Every year of the plan period, first to last. */
export function planYears(plan: PlanDocument): number[] {
  const years: number[] = [];
  for (let year = plan.actionPlan.firstYear; year <= plan.actionPlan.lastYear; year++) years.push(year);
  return years;
}

/** The rank of a start when the earliest of several is sought: running starts come first, conditions last. */
function startRank(start: Start): number {
  if (start.kind === "ongoing" || start.kind === "continuous") return Number.NEGATIVE_INFINITY;
  if (start.kind === "condition" || start.year === null) return Number.POSITIVE_INFINITY;
  return start.year * 2 + (start.half === 2 ? 1 : 0);
}

/**
 * The start that places a measure in time: its own, or when it has none the earliest start of its
 * activities («Pågår»/«Fortløpende» before any year, a year before a condition); null when neither
 * the measure nor any activity has one.
 */
export function effectiveStart(measure: Measure): Start | null {
  if (measure.start !== null) return measure.start;
  let earliest: Start | null = null;
  for (const activity of measure.activities) {
    if (activity.start !== null && (earliest === null || startRank(activity.start) < startRank(earliest))) {
      earliest = activity.start;
    }
  }
  return earliest;
}

/**
 * The first year a measure no longer runs because of its own reports (those without an activity):
 * the year of a «cancelled» report, or the year after a «completed» one; null when none ends it.
 */
function endYear(plan: PlanDocument, measure: Measure): number | null {
  let end: number | null = null;
  for (const report of plan.statusReports) {
    if (report.measureKey !== measure.key || report.activityKey !== null) continue;
    const year = Number(report.period.slice(0, 4));
    const stop = report.status === "cancelled" ? year : report.status === "completed" ? year + 1 : null;
    if (stop !== null && (end === null || stop < end)) end = stop;
  }
  return end;
}

/**
 * The years of the plan period in which a measure is at work, or null when it is not placed in
 * time (a condition, or no start at all). A year or half-year start runs from its year on;
 * «Pågår» and «Fortløpende» run every year; a cancelled report stops it from its year on, a
 * completed report after its year.
 */
export function measureYears(plan: PlanDocument, measure: Measure): number[] | null {
  const start = effectiveStart(measure);
  if (start === null || start.kind === "condition") return null;
  const from = start.kind === "year" || start.kind === "half_year" ? (start.year ?? Number.POSITIVE_INFINITY) : null;
  const end = endYear(plan, measure);
  return planYears(plan).filter((year) => (from === null || year >= from) && (end === null || year < end));
}
