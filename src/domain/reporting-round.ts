/**
 * A reporting round: for one period, which of the organization's units have reported on the
 * measures (and activities) they are responsible for, and which have not. Only internal units are
 * chased; partners, external partners and political bodies are not. Pure; types only from
 * plan-schema.ts, so the web needs no zod.
 */
import type { Actor, PeriodKey, PlanDocument, Responsibility, StatusReport } from "./plan-schema.js";
import { reportingPeriods } from "./reporting-periods.js";

/** One thing to report on: a measure, or an activity with responsible units of its own. */
export type RoundItem = {
  measureKey: string;
  measureTitle: string;
  areaKey: string;
  activityKey: string | null;
  activityTitle: string | null;
  /** The report for the period, or null while it is missing. */
  report: StatusReport | null;
};

/** One unit's share of the round. */
export type UnitRound = { actor: Actor; items: RoundItem[]; reportedCount: number; missingCount: number };

/** Who has reported for one period. The counts are of distinct items, each counted once. */
export type ReportingRound = {
  period: PeriodKey;
  /** The period's deadline in the plan's calendar; null when the period is not in it. */
  deadline: string | null;
  /** Every internal unit with something to report on, by name. */
  units: UnitRound[];
  /** Measures that no internal unit is responsible for. */
  unassigned: RoundItem[];
  reportedCount: number;
  missingCount: number;
};

type AssignedItem = { item: RoundItem; unitKeys: string[] };

function counts(items: readonly RoundItem[]): { reportedCount: number; missingCount: number } {
  const reportedCount = items.filter((i) => i.report !== null).length;
  return { reportedCount, missingCount: items.length - reportedCount };
}

/** The items of the round in plan order, each with the internal units responsible for it. */
function roundItems(plan: PlanDocument, period: PeriodKey): AssignedItem[] {
  const internal = new Set(plan.actors.filter((a) => a.kind === "internal_unit").map((a) => a.key));
  const unitsOf = (r: Responsibility | null): string[] => [
    ...new Set((r?.responsibleActorKeys ?? []).filter((k) => internal.has(k))),
  ];
  // The latest report when several were given for the same item and period.
  const reports = new Map<string, StatusReport>();
  for (const report of plan.statusReports) {
    if (report.period !== period) continue;
    const id = `${report.measureKey}/${report.activityKey ?? ""}`;
    const previous = reports.get(id);
    if (previous === undefined || Date.parse(report.reportedAt) >= Date.parse(previous.reportedAt)) {
      reports.set(id, report);
    }
  }
  const items: AssignedItem[] = [];
  for (const area of plan.focusAreas) {
    for (const measure of area.measures) {
      const base = { measureKey: measure.key, measureTitle: measure.title, areaKey: area.key };
      items.push({
        item: { ...base, activityKey: null, activityTitle: null, report: reports.get(`${measure.key}/`) ?? null },
        unitKeys: unitsOf(measure.responsibility),
      });
      for (const activity of measure.activities) {
        const unitKeys = unitsOf(activity.responsibility);
        if (unitKeys.length === 0) continue;
        const report = reports.get(`${measure.key}/${activity.key}`) ?? null;
        items.push({ item: { ...base, activityKey: activity.key, activityTitle: activity.title, report }, unitKeys });
      }
    }
  }
  return items;
}

/**
 * Who has reported for `period`: one item per measure for each internal unit responsible for it
 * (measures without one are `unassigned`), plus one per activity for the internal units
 * responsible for that activity alone. Units by name, items in plan order.
 */
export function reportingRound(plan: PlanDocument, period: PeriodKey): ReportingRound {
  const assigned = roundItems(plan, period);
  const units: UnitRound[] = [];
  for (const actor of plan.actors) {
    if (actor.kind !== "internal_unit") continue;
    const items = assigned.filter((a) => a.unitKeys.includes(actor.key)).map((a) => a.item);
    if (items.length > 0) units.push({ actor, items, ...counts(items) });
  }
  units.sort((a, b) => a.actor.name.localeCompare(b.actor.name, "nb"));
  return {
    period,
    deadline: reportingPeriods(plan).find((p) => p.period === period)?.deadline ?? null,
    units,
    unassigned: assigned.filter((a) => a.unitKeys.length === 0).map((a) => a.item),
    ...counts(assigned.map((a) => a.item)),
  };
}

/**
 * One unit's part of the round for `period`, missing items first, then the reported ones, each in
 * plan order; empty when it is responsible for nothing. Null when the plan has no such actor.
 */
export function unitToDo(plan: PlanDocument, period: PeriodKey, actorKey: string): UnitRound | null {
  const actor = plan.actors.find((a) => a.key === actorKey);
  if (actor === undefined) return null;
  const items =
    actor.kind === "internal_unit"
      ? roundItems(plan, period)
          .filter((a) => a.unitKeys.includes(actorKey))
          .map((a) => a.item)
      : [];
  const ordered = [...items.filter((i) => i.report === null), ...items.filter((i) => i.report !== null)];
  return { actor, items: ordered, ...counts(ordered) };
}
