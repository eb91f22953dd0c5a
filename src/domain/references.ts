/**
 * What in a plan points at what: measures cite strategies, actors, funding sources and flagships;
 * related plans cite areas, sub-goals and strategies; status reports cite measures, activities
 * and indicators. Before something goes, the system lists what points to it and asks; once the
 * person agrees, `withoutReferences` drops those pointers (a strategy number from a measure, a
 * link from a related plan, a report of a deleted measure) so that the plan stays whole.
 */
import type {
  FundingLine,
  NumberRef,
  PlanDocument,
  RelatedPlanLink,
  Responsibility,
  StatusReport,
} from "./plan-schema.js";

/** Something a reference can point at. */
export type ReferenceTarget =
  | { type: "actor"; key: string }
  | { type: "fundingSource"; key: string }
  | { type: "flagship"; key: string }
  | { type: "area"; key: string }
  | { type: "subGoal"; areaKey: string; number: number }
  | { type: "strategy"; areaKey: string; number: number }
  | { type: "measure"; key: string }
  | { type: "activity"; measureKey: string; key: string }
  | { type: "indicator"; measureKey: string; activityKey: string | null; key: string };

/** The thing that holds a reference, named so a person can find it. */
export type Referrer = {
  entityType: "measure" | "activity" | "relatedPlan" | "flagship" | "statusReport";
  key: string;
  /** The title, or for a report its period. */
  label: string;
  /** The measure it belongs to (for activities and reports). */
  measureKey: string | null;
};

export type Reference = { from: Referrer; to: ReferenceTarget };

/** One string per target, for sets and maps. */
export function targetId(target: ReferenceTarget): string {
  switch (target.type) {
    case "subGoal":
    case "strategy":
      return `${target.type}:${target.areaKey}:${target.number}`;
    case "activity":
      return `activity:${target.measureKey}:${target.key}`;
    case "indicator":
      return `indicator:${target.measureKey}:${target.activityKey ?? ""}:${target.key}`;
    default:
      return `${target.type}:${target.key}`;
  }
}

/** Every target the plan holds. */
export function listTargets(plan: PlanDocument): Set<string> {
  const ids = new Set<string>();
  const add = (target: ReferenceTarget) => ids.add(targetId(target));
  for (const a of plan.actors) add({ type: "actor", key: a.key });
  for (const s of plan.fundingSources) add({ type: "fundingSource", key: s.key });
  for (const f of plan.flagships) add({ type: "flagship", key: f.key });
  for (const area of plan.focusAreas) {
    add({ type: "area", key: area.key });
    for (const g of area.subGoals) add({ type: "subGoal", areaKey: area.key, number: g.number });
    for (const s of area.strategies) add({ type: "strategy", areaKey: area.key, number: s.number });
    for (const m of area.measures) {
      add({ type: "measure", key: m.key });
      for (const i of m.indicators) add({ type: "indicator", measureKey: m.key, activityKey: null, key: i.key });
      for (const x of m.activities) {
        add({ type: "activity", measureKey: m.key, key: x.key });
        for (const i of x.indicators) add({ type: "indicator", measureKey: m.key, activityKey: x.key, key: i.key });
      }
    }
  }
  return ids;
}

const numbers = (refs: NumberRef[]): number[] => refs.filter((r): r is number => r !== "unknown");

function responsibilityTargets(r: Responsibility | null): ReferenceTarget[] {
  if (r === null) return [];
  return [...r.responsibleActorKeys, ...r.partnerActorKeys].map((key) => ({ type: "actor", key }));
}

function fundingTargets(lines: FundingLine[]): ReferenceTarget[] {
  return lines.flatMap((l) =>
    l.fundingSourceKey === null ? [] : [{ type: "fundingSource", key: l.fundingSourceKey }],
  );
}

function linkTargets(link: RelatedPlanLink): ReferenceTarget[] {
  const areaKey = link.focusAreaKey;
  return [
    { type: "area", key: areaKey },
    ...numbers(link.subGoalNumbers).map((number) => ({ type: "subGoal" as const, areaKey, number })),
    ...numbers(link.strategyNumbers).map((number) => ({ type: "strategy" as const, areaKey, number })),
  ];
}

function reportKey(report: StatusReport): string {
  return [report.measureKey, report.activityKey, report.period].filter((p) => p !== null).join("/");
}

function reportTargets(report: StatusReport): ReferenceTarget[] {
  const { measureKey, activityKey } = report;
  return [
    { type: "measure", key: measureKey },
    ...(activityKey === null ? [] : [{ type: "activity" as const, measureKey, key: activityKey }]),
    ...report.indicatorValues.map((v) => ({
      type: "indicator" as const,
      measureKey,
      activityKey,
      key: v.indicatorKey,
    })),
  ];
}

/** Every reference in the plan, from the thing that holds it to what it points at. */
export function listReferences(plan: PlanDocument): Reference[] {
  const refs: Reference[] = [];
  const add = (from: Referrer, targets: ReferenceTarget[]) => {
    for (const to of targets) refs.push({ from, to });
  };
  for (const f of plan.flagships) {
    const from: Referrer = { entityType: "flagship", key: f.key, label: f.title, measureKey: null };
    if (f.focusAreaKey !== null) add(from, [{ type: "area", key: f.focusAreaKey }]);
  }
  for (const area of plan.focusAreas) {
    for (const m of area.measures) {
      const from: Referrer = { entityType: "measure", key: m.key, label: m.title, measureKey: m.key };
      add(from, [
        ...numbers(m.strategyNumbers).map((number) => ({ type: "strategy" as const, areaKey: area.key, number })),
        ...(m.flagshipKey === null ? [] : [{ type: "flagship" as const, key: m.flagshipKey }]),
        ...responsibilityTargets(m.responsibility),
        ...fundingTargets(m.funding),
      ]);
      for (const x of m.activities) {
        const fromActivity: Referrer = { entityType: "activity", key: x.key, label: x.title, measureKey: m.key };
        add(fromActivity, [...responsibilityTargets(x.responsibility), ...fundingTargets(x.funding)]);
      }
    }
  }
  for (const r of plan.relatedPlans) {
    const from: Referrer = { entityType: "relatedPlan", key: r.key, label: r.title, measureKey: null };
    add(from, [
      ...r.links.flatMap(linkTargets),
      ...responsibilityTargets(r.responsibility),
      ...fundingTargets(r.funding),
    ]);
  }
  for (const report of plan.statusReports) {
    const from: Referrer = {
      entityType: "statusReport",
      key: reportKey(report),
      label: report.period,
      measureKey: report.measureKey,
    };
    add(from, reportTargets(report));
  }
  return refs;
}

/**
 * The references an edit would leave pointing at nothing: references in `after` whose target
 * existed in `before` and is gone. (A reference to something that never existed is not lost but
 * wrong, and the plan's validation reports it.)
 */
export function lostReferences(before: PlanDocument, after: PlanDocument): Reference[] {
  const had = listTargets(before);
  const has = listTargets(after);
  return listReferences(after).filter((ref) => {
    const id = targetId(ref.to);
    return had.has(id) && !has.has(id);
  });
}

/**
 * The plan without the references to the given targets: numbers and keys dropped from lists,
 * single references set to null (shared funding whose source goes becomes «to be clarified»),
 * links to a gone area and reports of a gone measure or activity removed.
 */
export function withoutReferences(plan: PlanDocument, targets: ReadonlySet<string>): PlanDocument {
  if (targets.size === 0) return plan;
  const gone = (target: ReferenceTarget) => targets.has(targetId(target));
  const keepActor = (key: string) => !gone({ type: "actor", key });
  const responsibility = (r: Responsibility | null): Responsibility | null =>
    r === null
      ? null
      : {
          ...r,
          responsibleActorKeys: r.responsibleActorKeys.filter(keepActor),
          partnerActorKeys: r.partnerActorKeys.filter(keepActor),
        };
  const funding = (lines: FundingLine[]): FundingLine[] =>
    lines.map((l) =>
      l.fundingSourceKey !== null && gone({ type: "fundingSource", key: l.fundingSourceKey })
        ? { ...l, fundingSourceKey: null, kind: l.kind === "shared_source" ? "to_be_clarified" : l.kind }
        : l,
    );
  const keepNumber = (type: "subGoal" | "strategy", areaKey: string) => (ref: NumberRef) =>
    ref === "unknown" || !gone({ type, areaKey, number: ref });

  return {
    ...plan,
    flagships: plan.flagships.map((f) =>
      f.focusAreaKey !== null && gone({ type: "area", key: f.focusAreaKey }) ? { ...f, focusAreaKey: null } : f,
    ),
    focusAreas: plan.focusAreas.map((area) => ({
      ...area,
      measures: area.measures.map((m) => ({
        ...m,
        strategyNumbers: m.strategyNumbers.filter(keepNumber("strategy", area.key)),
        flagshipKey: m.flagshipKey !== null && gone({ type: "flagship", key: m.flagshipKey }) ? null : m.flagshipKey,
        responsibility: responsibility(m.responsibility),
        funding: funding(m.funding),
        activities: m.activities.map((x) => ({
          ...x,
          responsibility: responsibility(x.responsibility),
          funding: funding(x.funding),
        })),
      })),
    })),
    relatedPlans: plan.relatedPlans.map((r) => ({
      ...r,
      links: r.links
        .filter((l) => !gone({ type: "area", key: l.focusAreaKey }))
        .map((l) => ({
          ...l,
          subGoalNumbers: l.subGoalNumbers.filter(keepNumber("subGoal", l.focusAreaKey)),
          strategyNumbers: l.strategyNumbers.filter(keepNumber("strategy", l.focusAreaKey)),
        })),
      responsibility: responsibility(r.responsibility),
      funding: funding(r.funding),
    })),
    statusReports: plan.statusReports
      .filter(
        (report) =>
          !gone({ type: "measure", key: report.measureKey }) &&
          (report.activityKey === null ||
            !gone({ type: "activity", measureKey: report.measureKey, key: report.activityKey })),
      )
      .map((report) => ({
        ...report,
        indicatorValues: report.indicatorValues.filter(
          (v) =>
            !gone({
              type: "indicator",
              measureKey: report.measureKey,
              activityKey: report.activityKey,
              key: v.indicatorKey,
            }),
        ),
      })),
  };
}
