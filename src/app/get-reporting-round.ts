import { dateInNorway } from "../domain/format.js";
import type { PeriodKey, PlanDocument, ReportingPeriod } from "../domain/plan-schema.js";
import { currentReportingPeriod, reportingPeriods } from "../domain/reporting-periods.js";
import { type ReportingRound, reportingRound, unitToDo } from "../domain/reporting-round.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { getPlan } from "./get-plan.js";

export async function listReportingPeriods(ctx: AppContext, planKey: string): Promise<ReportingPeriod[]> {
  return reportingPeriods(await getPlan(ctx, planKey));
}

/**
 * The period a view of the plan is for: the one asked for, which must lie in the plan period, or
 * the reporting period of today.
 */
export function periodToShow(plan: PlanDocument, period: PeriodKey | undefined, today?: string): PeriodKey {
  const chosen = period ?? currentReportingPeriod(reportingPeriods(plan), today ?? dateInNorway(new Date()))?.period;
  if (chosen === undefined) throw new AppError("bad_request", "The plan has no reporting periods");
  const year = Number(chosen.slice(0, 4));
  if (year < plan.actionPlan.firstYear || year > plan.actionPlan.lastYear) {
    throw new AppError("bad_request", `Query parameter "period": ${chosen} lies outside the plan period`);
  }
  return chosen;
}

/**
 * Who has reported for a period (default: the period of today), for every unit or for one unit
 * (its to-do list).
 */
export async function getReportingRound(
  ctx: AppContext,
  planKey: string,
  options: { period?: PeriodKey; unit?: string; today?: string },
): Promise<ReportingRound> {
  const plan = await getPlan(ctx, planKey);
  const period = periodToShow(plan, options.period, options.today);
  const round = reportingRound(plan, period);
  if (options.unit === undefined) return round;
  const unit = unitToDo(plan, period, options.unit);
  if (unit === null) throw notFound("actor", options.unit);
  return {
    ...round,
    units: [unit],
    unassigned: [],
    reportedCount: unit.reportedCount,
    missingCount: unit.missingCount,
  };
}
