/**
 * A plan at a glance for one reporting period: each area's measures by status and assessment,
 * where the indicators stand, who has not reported, and the money per year.
 *
 * - A measure's status and assessment are those of its latest own report (not an activity's) for
 *   the period or an earlier one; a measure never reported counts as «not_reported», one reported
 *   without an assessment as «none».
 * - An indicator (of a measure or an activity) is judged by the latest value reported for it up to
 *   the period, against its target at the period's end (`indicatorAttainment`): «met» when a
 *   number reaches its target or a yes/milestone is done, «on_the_way» when a number has not yet,
 *   «not_met» for a no or a milestone not reached, «no_target» when there is nothing to measure
 *   against (free text, a number without a target), «not_reported» when no value was ever given.
 * - Missing reports are the reporting round's (`reportingRound`) for the period.
 * - Money is the budget's totals per year (`planBudget`).
 * Pure; types only from the model files, so the web computes the same dashboard from the plan.
 */
import { planBudget } from "./budget.js";
import type {
  AreaState,
  DashboardAssessment,
  DashboardStatus,
  IndicatorBucket,
  IndicatorState,
  PlanDashboard,
} from "./dashboard-model.js";
import { type Attainment, indicatorAttainment } from "./indicator-attainment.js";
import type { Indicator, IndicatorValue, PeriodKey, PlanDocument, StatusReport } from "./plan-schema.js";
import { comparePeriods, periodEnd } from "./reporting-periods.js";
import { reportingRound } from "./reporting-round.js";

export type { AreaState, DashboardAssessment, DashboardStatus, IndicatorBucket, IndicatorState, PlanDashboard };

export const DASHBOARD_STATUSES: readonly DashboardStatus[] = [
  "ongoing",
  "completed",
  "not_started",
  "postponed",
  "cancelled",
  "not_reported",
];
export const DASHBOARD_ASSESSMENTS: readonly DashboardAssessment[] = ["on_track", "at_risk", "off_track", "none"];
export const INDICATOR_BUCKETS: readonly IndicatorBucket[] = [
  "met",
  "on_the_way",
  "not_met",
  "no_target",
  "not_reported",
];

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Reports up to and including `period`, latest period first (the latest given when a period has several). */
function reportsUpTo(plan: PlanDocument, period: PeriodKey): StatusReport[] {
  return plan.statusReports
    .filter((report) => comparePeriods(report.period, period) <= 0)
    .sort((a, b) => comparePeriods(b.period, a.period) || Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

function bucketOf(attainment: Attainment): { bucket: IndicatorBucket; percent: number | null } {
  switch (attainment.state) {
    case "measured":
      return { bucket: attainment.isMet ? "met" : "on_the_way", percent: attainment.percent };
    case "done":
      return { bucket: "met", percent: null };
    case "not_done":
      return { bucket: "not_met", percent: null };
    case "none":
      return { bucket: "no_target", percent: null };
    case "not_reported":
      return { bucket: "not_reported", percent: null };
  }
}

/** Where one indicator stands at the end of `period`, by the latest value reported for it. */
function indicatorState(
  reports: StatusReport[],
  period: PeriodKey,
  owner: { measureKey: string; activityKey: string | null; areaKey: string },
  indicator: Indicator,
): IndicatorState {
  let latest: { value: IndicatorValue["value"]; period: PeriodKey } | null = null;
  for (const report of reports) {
    if (report.measureKey !== owner.measureKey || report.activityKey !== owner.activityKey) continue;
    const found = report.indicatorValues.find((v) => v.indicatorKey === indicator.key);
    if (found !== undefined) {
      latest = { value: found.value, period: report.period };
      break;
    }
  }
  const base = { ...owner, indicatorKey: indicator.key, text: indicator.text };
  if (latest === null) return { ...base, bucket: "not_reported", percent: null, value: null, period: null };
  const { bucket, percent } = bucketOf(indicatorAttainment(indicator, latest.value, { today: periodEnd(period) }));
  return { ...base, bucket, percent, value: latest.value, period: latest.period };
}

/** The dashboard of `plan` for the reporting period `period` (see the file's header for the rules). */
export function planDashboard(plan: PlanDocument, period: PeriodKey): PlanDashboard {
  const reports = reportsUpTo(plan, period);
  const statuses = zeros(DASHBOARD_STATUSES);
  const assessments = zeros(DASHBOARD_ASSESSMENTS);
  const counts = zeros(INDICATOR_BUCKETS);
  const items: IndicatorState[] = [];
  const areas: AreaState[] = plan.focusAreas.map((area) => {
    const state: AreaState = {
      areaKey: area.key,
      kind: area.kind,
      number: area.number,
      title: area.title,
      measureCount: area.measures.length,
      statuses: zeros(DASHBOARD_STATUSES),
      assessments: zeros(DASHBOARD_ASSESSMENTS),
    };
    for (const measure of area.measures) {
      const own = reports.find((r) => r.measureKey === measure.key && r.activityKey === null);
      const status: DashboardStatus = own?.status ?? "not_reported";
      const assessment: DashboardAssessment = own?.assessment ?? "none";
      state.statuses[status] += 1;
      state.assessments[assessment] += 1;
      statuses[status] += 1;
      assessments[assessment] += 1;
      const owner = { measureKey: measure.key, activityKey: null, areaKey: area.key };
      for (const indicator of measure.indicators) items.push(indicatorState(reports, period, owner, indicator));
      for (const activity of measure.activities) {
        const activityOwner = { ...owner, activityKey: activity.key };
        for (const indicator of activity.indicators) {
          items.push(indicatorState(reports, period, activityOwner, indicator));
        }
      }
    }
    return state;
  });
  for (const item of items) counts[item.bucket] += 1;

  const round = reportingRound(plan, period);
  return {
    period,
    deadline: round.deadline,
    measureCount: areas.reduce((sum, area) => sum + area.measureCount, 0),
    statuses,
    assessments,
    areas,
    indicators: { counts, items },
    reporting: {
      reportedCount: round.reportedCount,
      missingCount: round.missingCount,
      units: round.units.map((unit) => ({
        actorKey: unit.actor.key,
        name: unit.actor.name,
        reportedCount: unit.reportedCount,
        missingCount: unit.missingCount,
      })),
      unassignedMissingCount: round.unassigned.filter((item) => item.report === null).length,
    },
    money: planBudget(plan).years,
  };
}
