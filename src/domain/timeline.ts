/**
 * The timeline: every measure and activity of the plan on a time axis from its start to its end,
 * grouped by area, optionally filtered by a responsible unit and a flagship. Pure: no clock, no zod
 * at runtime (the shapes are in `timeline-model.ts`, imported as types only).
 *
 * Rules:
 * - The axis is the plan period, from `${firstYear}-01-01` to `${lastYear}-12-31`.
 * - An item is a measure or one of its activities. An activity without a start, responsibility or
 *   indicators of its own takes its measure's (the measure's own start, never a sibling's); it has
 *   its measure's flagship. A measure without a start of its own takes its activities' earliest
 *   (`effectiveStart`, as coverage does), so a measure whose bullets carry the starts is placed.
 * - Start: a year → 1 January of it; «Første halvår» → 1 January, «Andre halvår» → 1 July;
 *   «Pågår» (`ongoing`) and «Fortløpende» (`continuous`) → the period's first day, flagged
 *   `isBeforePeriod` (running from before and throughout). A start before the period is moved to its
 *   first day (also flagged), one after it to its last. A condition, or no start at all, is not placed
 *   on the axis: the item is listed apart in its area's `unscheduled`, with its start text. The
 *   plan's own start text is kept for display. Items are split one by one, so an activity with a
 *   date of its own stays on the axis even when its measure is listed apart.
 * - End: the latest `deadline` of the item's indicators (an activity without indicators: its
 *   measure's), else the period's last day (`periodEnd`; also when the deadline lies after the
 *   period). A `completed` or `cancelled` report for the item (a measure's reports have no
 *   `activityKey`, an activity's name it) ends it on the last day of that report's period
 *   (tertial 1 = Jan–Apr, 2 = May–Aug, 3 = Sep–Dec, a year = the year) when that is earlier; the
 *   earliest such report wins. The end is clamped to the period, and an end before the start
 *   becomes the start (the item is never dropped).
 * - Status: that of the item's latest report by period order (ties: the later `reportedAt`), or null.
 * - Filters: `flagship` keeps the measures with that flagship and their activities. `unit` keeps
 *   the items whose responsible actor keys (after the fallback) include it; a measure that does not
 *   match but has a matching activity stays as context (`isContext`), so the activity is shown under
 *   it. Both filters together must both hold. Every area is listed, in plan order, even when the
 *   filters empty it (`isEmptiedByFilter`); items keep plan order (a measure, then its activities).
 * - Counts: `itemCount` and `unscheduledCount` count the items that match (not context measures);
 *   `totalCount` is every measure and activity of the plan.
 */
import { effectiveStart, planYears } from "./measure-years.js";
import type { Activity, FocusArea, Indicator, Measure, PlanDocument, Start, StatusReport } from "./plan-schema.js";
import { comparePeriods, periodEnd } from "./reporting-periods.js";
import type {
  PlanTimeline,
  TimelineArea,
  TimelineEnd,
  TimelineItem,
  TimelineStart,
  TimelineStartSource,
} from "./timeline-model.js";

export type { PlanTimeline, TimelineArea, TimelineEnd, TimelineItem, TimelineStart, TimelineStartSource };

export type TimelineFilter = { unit?: string | null; flagship?: string | null };

/** The plan period as ISO dates. */
type Period = { from: string; to: string };

const clamp = (date: string, { from, to }: Period) => (date < from ? from : date > to ? to : date);

/** Where a start places an item; see the file's header for the rules. */
export function timelineStart(start: Start | null, source: TimelineStartSource, period: Period): TimelineStart {
  if (start === null) return { kind: null, text: null, date: null, isBeforePeriod: false, source: "none" };
  const { kind, text } = start;
  if (kind === "condition" || ((kind === "year" || kind === "half_year") && start.year === null)) {
    return { kind, text, date: null, isBeforePeriod: false, source };
  }
  if (kind === "ongoing" || kind === "continuous") {
    return { kind, text, date: period.from, isBeforePeriod: true, source };
  }
  const day = kind === "half_year" && start.half === 2 ? "07-01" : "01-01";
  const wanted = `${String(start.year).padStart(4, "0")}-${day}`;
  return { kind, text, date: clamp(wanted, period), isBeforePeriod: wanted < period.from, source };
}

/** The latest deadline among indicators, or null when none has one. */
function latestDeadline(indicators: readonly Indicator[]): string | null {
  let latest: string | null = null;
  for (const { deadline } of indicators)
    if (deadline !== null && (latest === null || deadline > latest)) latest = deadline;
  return latest;
}

/** When an item ends: its indicators' deadline or the period's end, cut short by a completion or cancellation. */
export function timelineEnd(
  indicators: readonly Indicator[],
  reports: readonly StatusReport[],
  startDate: string | null,
  period: Period,
): TimelineEnd {
  const deadline = latestDeadline(indicators);
  let end: TimelineEnd =
    deadline === null || deadline > period.to
      ? { date: period.to, source: "periodEnd" }
      : { date: deadline, source: "indicatorDeadline" };
  for (const report of reports) {
    if (report.status !== "completed" && report.status !== "cancelled") continue;
    const last = periodEnd(report.period);
    if (last < end.date) end = { date: last, source: report.status };
  }
  const date = clamp(end.date, period);
  return { date: startDate !== null && date < startDate ? startDate : date, source: end.source };
}

/** The status of the latest report, by period order and then by when it was made. */
function latestStatus(reports: readonly StatusReport[]): StatusReport["status"] | null {
  let latest: StatusReport | null = null;
  for (const report of reports) {
    const order = latest === null ? 1 : comparePeriods(report.period, latest.period);
    if (latest === null || order > 0 || (order === 0 && report.reportedAt >= latest.reportedAt)) latest = report;
  }
  return latest?.status ?? null;
}

type ItemParts = {
  type: TimelineItem["type"];
  key: string;
  title: string;
  start: TimelineStart;
  indicators: readonly Indicator[];
  reports: readonly StatusReport[];
  responsibleActorKeys: string[];
};

function item(area: FocusArea, measure: Measure, parts: ItemParts, period: Period): TimelineItem {
  const { type, key, title, start, indicators, reports, responsibleActorKeys } = parts;
  return {
    type,
    key,
    measureKey: measure.key,
    title,
    areaKey: area.key,
    start,
    end: timelineEnd(indicators, reports, start.date, period),
    isScheduled: start.date !== null,
    responsibleActorKeys,
    flagshipKey: measure.flagshipKey,
    status: latestStatus(reports),
    isContext: false,
  };
}

function measureItem(plan: PlanDocument, area: FocusArea, measure: Measure, period: Period): TimelineItem {
  const own = measure.start !== null;
  const start = timelineStart(effectiveStart(measure), own ? "own" : "activities", period);
  const reports = plan.statusReports.filter((r) => r.measureKey === measure.key && r.activityKey === null);
  const parts: ItemParts = {
    type: "measure",
    key: measure.key,
    title: measure.title,
    start,
    indicators: measure.indicators,
    reports,
    responsibleActorKeys: [...(measure.responsibility?.responsibleActorKeys ?? [])],
  };
  return item(area, measure, parts, period);
}

function activityItem(
  plan: PlanDocument,
  area: FocusArea,
  measure: Measure,
  activity: Activity,
  period: Period,
): TimelineItem {
  const start =
    activity.start !== null
      ? timelineStart(activity.start, "own", period)
      : timelineStart(measure.start, "measure", period);
  const reports = plan.statusReports.filter((r) => r.measureKey === measure.key && r.activityKey === activity.key);
  const responsibility = activity.responsibility ?? measure.responsibility;
  const parts: ItemParts = {
    type: "activity",
    key: activity.key,
    title: activity.title,
    start,
    indicators: activity.indicators.length > 0 ? activity.indicators : measure.indicators,
    reports,
    responsibleActorKeys: [...(responsibility?.responsibleActorKeys ?? [])],
  };
  return item(area, measure, parts, period);
}

/** A measure and its activities as the filters leave them: empty when the measure does not match. */
function filteredGroup(measure: TimelineItem, activities: TimelineItem[], filter: TimelineFilter): TimelineItem[] {
  const { unit, flagship } = filter;
  if (flagship && measure.flagshipKey !== flagship) return [];
  if (!unit) return [measure, ...activities];
  const matching = activities.filter((a) => a.responsibleActorKeys.includes(unit));
  const measureMatches = measure.responsibleActorKeys.includes(unit);
  if (!measureMatches && matching.length === 0) return [];
  return [{ ...measure, isContext: !measureMatches }, ...matching];
}

function timelineArea(plan: PlanDocument, area: FocusArea, filter: TimelineFilter, period: Period): TimelineArea {
  const shown = area.measures.flatMap((measure) => {
    const activities = measure.activities.map((activity) => activityItem(plan, area, measure, activity, period));
    return filteredGroup(measureItem(plan, area, measure, period), activities, filter);
  });
  const isFiltered = Boolean(filter.unit) || Boolean(filter.flagship);
  return {
    areaKey: area.key,
    kind: area.kind,
    number: area.number,
    title: area.title,
    items: shown.filter((i) => i.isScheduled),
    unscheduled: shown.filter((i) => !i.isScheduled),
    isEmptiedByFilter: isFiltered && area.measures.length > 0 && shown.length === 0,
  };
}

/** The plan's timeline, by area, with the filters applied (see the file's header for the rules). */
export function planTimeline(plan: PlanDocument, filter: TimelineFilter = {}): PlanTimeline {
  const { firstYear, lastYear } = plan.actionPlan;
  const period: Period = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
  const areas = plan.focusAreas.map((area) => timelineArea(plan, area, filter, period));
  const matching = (items: TimelineItem[]) => items.filter((i) => !i.isContext).length;
  const measures = plan.focusAreas.flatMap((area) => area.measures);
  return {
    ...period,
    years: planYears(plan),
    areas,
    itemCount: areas.reduce((n, a) => n + matching(a.items) + matching(a.unscheduled), 0),
    totalCount: measures.reduce((n, m) => n + 1 + m.activities.length, 0),
    unscheduledCount: areas.reduce((n, a) => n + matching(a.unscheduled), 0),
    filters: { unit: filter.unit || null, flagship: filter.flagship || null },
  };
}
