/**
 * Putting a plan document together from its rows: each list is grouped under its parent (rows
 * arrive in position order, so each group keeps the document's order) and ids become keys again.
 */
import {
  type Activity,
  type FundingLine,
  type Indicator,
  type IndicatorValue,
  type Measure,
  type NumberRef,
  PLAN_FORMAT,
  type PlanDocument,
  type Responsibility,
  type Start,
} from "../domain/plan-schema.js";
import type * as t from "./schema/index.js";

/** The plan's rows of every table below it, each list in position order. */
export type PlanRows = {
  actors: t.ActorRow[];
  sources: t.FundingSourceRow[];
  areas: t.FocusAreaRow[];
  subGoals: t.SubGoalRow[];
  strategies: t.StrategyRow[];
  flagships: t.FlagshipRow[];
  measures: t.MeasureRow[];
  activities: t.ActivityRow[];
  measureStrategies: t.MeasureStrategyRow[];
  indicators: t.IndicatorRow[];
  funding: t.FundingLineRow[];
  people: t.ResponsibilityActorRow[];
  related: t.RelatedPlanRow[];
  links: t.RelatedPlanLinkRow[];
  linkSubGoals: t.RelatedPlanLinkSubGoalRow[];
  linkStrategies: t.RelatedPlanLinkStrategyRow[];
  reports: t.StatusReportRow[];
  values: t.IndicatorValueRow[];
};

export type PlanHead = {
  plan: t.ActionPlanRow;
  organization: t.OrganizationRow;
  strategicPlan: t.StrategicPlanRow | null;
};

/** PlanRows grouped by a parent id; a row without a parent (null) is left out. */
function groupBy<T>(rows: readonly T[], parentOf: (row: T) => number | null): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const parent = parentOf(row);
    if (parent === null) continue;
    const group = groups.get(parent);
    if (group === undefined) groups.set(parent, [row]);
    else group.push(row);
  }
  return groups;
}

function keyOf(keys: ReadonlyMap<number, string>, id: number): string {
  const key = keys.get(id);
  if (key === undefined) throw new Error(`Row ${id} points to a row of another plan`);
  return key;
}

type Owner = { measureId: number | null; activityId: number | null; relatedPlanId: number | null };

/** Lookups from an owner (measure, activity or related plan) to what it owns. */
function ownedParts(rows: PlanRows) {
  const actorKeys = new Map(rows.actors.map((a) => [a.id, a.key]));
  const sourceKeys = new Map(rows.sources.map((s) => [s.id, s.key]));
  const by = <T extends Owner>(list: readonly T[]) => ({
    measure: groupBy(list, (r) => r.measureId),
    activity: groupBy(list, (r) => r.activityId),
    relatedPlan: groupBy(list, (r) => r.relatedPlanId),
  });
  const indicators = by(rows.indicators.map((r) => ({ ...r, relatedPlanId: null })));
  const funding = by(rows.funding);
  const people = by(rows.people);
  type Kind = "measure" | "activity" | "relatedPlan";

  return {
    indicators: (kind: Kind, id: number): Indicator[] =>
      (indicators[kind].get(id) ?? []).map((r) => ({
        key: r.key,
        text: r.text,
        kind: r.kind,
        target: r.target,
        baseline: r.baseline,
        unit: r.unit,
        recurrence: r.recurrence,
        deadline: r.deadline,
      })),
    funding: (kind: Kind, id: number): FundingLine[] =>
      (funding[kind].get(id) ?? []).map((r) => ({
        kind: r.kind,
        amountNok: r.amountNok,
        recurrence: r.recurrence,
        years: r.years,
        fundingSourceKey: r.fundingSourceId === null ? null : keyOf(sourceKeys, r.fundingSourceId),
        text: r.text,
      })),
    responsibility: (kind: Kind, id: number, text: string | null): Responsibility | null => {
      if (text === null) return null;
      const named = people[kind].get(id) ?? [];
      const keysFor = (role: "responsible" | "partner") =>
        named.filter((p) => p.role === role).map((p) => keyOf(actorKeys, p.actorId));
      return { text, responsibleActorKeys: keysFor("responsible"), partnerActorKeys: keysFor("partner") };
    },
  };
}

function toStart(row: {
  startKind: Start["kind"] | null;
  startYear: number | null;
  startHalf: 1 | 2 | null;
  startText: string | null;
}): Start | null {
  if (row.startKind === null || row.startText === null) return null;
  return { kind: row.startKind, year: row.startYear, half: row.startHalf, text: row.startText };
}

function toNumberRef(numbers: ReadonlyMap<number, number>, id: number | null): NumberRef {
  if (id === null) return "unknown";
  const number = numbers.get(id);
  if (number === undefined) throw new Error(`Row ${id} points to a sub-goal or strategy of another plan`);
  return number;
}

export function assemblePlanDocument(head: PlanHead, rows: PlanRows): PlanDocument {
  const { plan, organization, strategicPlan } = head;
  const owned = ownedParts(rows);
  const subGoalNumbers = new Map(rows.subGoals.map((g) => [g.id, g.number]));
  const strategyNumbers = new Map(rows.strategies.map((s) => [s.id, s.number]));
  const areaKeys = new Map(rows.areas.map((a) => [a.id, a.key]));
  const flagshipKeys = new Map(rows.flagships.map((f) => [f.id, f.key]));
  const subGoalsByArea = groupBy(rows.subGoals, (r) => r.focusAreaId);
  const strategiesByArea = groupBy(rows.strategies, (r) => r.focusAreaId);
  const measuresByArea = groupBy(rows.measures, (r) => r.focusAreaId);
  const activitiesByMeasure = groupBy(rows.activities, (r) => r.measureId);
  const strategiesByMeasure = groupBy(rows.measureStrategies, (r) => r.measureId);

  const toActivity = (r: t.ActivityRow): Activity => ({
    key: r.key,
    title: r.title,
    description: r.description,
    indicators: owned.indicators("activity", r.id),
    funding: owned.funding("activity", r.id),
    responsibility: owned.responsibility("activity", r.id, r.responsibilityText),
    start: toStart(r),
  });
  const toMeasure = (r: t.MeasureRow): Measure => ({
    key: r.key,
    title: r.title,
    description: r.description,
    strategyNumbers: (strategiesByMeasure.get(r.id) ?? []).map((s) => toNumberRef(strategyNumbers, s.strategyId)),
    activities: (activitiesByMeasure.get(r.id) ?? []).map(toActivity),
    indicators: owned.indicators("measure", r.id),
    funding: owned.funding("measure", r.id),
    responsibility: owned.responsibility("measure", r.id, r.responsibilityText),
    start: toStart(r),
    flagshipKey: r.flagshipId === null ? null : keyOf(flagshipKeys, r.flagshipId),
  });
  const numbered = (r: { number: number; text: string }) => ({ number: r.number, text: r.text });

  return {
    format: PLAN_FORMAT,
    organization: {
      key: organization.key,
      name: organization.name,
      kind: organization.kind,
      officialNumber: organization.officialNumber,
    },
    strategicPlan:
      strategicPlan === null
        ? null
        : {
            key: strategicPlan.key,
            title: strategicPlan.title,
            firstYear: strategicPlan.firstYear,
            lastYear: strategicPlan.lastYear,
          },
    actionPlan: {
      key: plan.key,
      title: plan.title,
      firstYear: plan.firstYear,
      lastYear: plan.lastYear,
      introduction: plan.introduction,
      flagshipIntroduction: plan.flagshipIntroduction,
      relatedPlansIntroduction: plan.relatedPlansIntroduction,
      revision: { number: plan.revisionNumber, adoptedOn: plan.adoptedOn, decisionRef: plan.decisionRef },
      levelNames: plan.levelNames,
      reporting: plan.reporting,
    },
    actors: rows.actors.map((a) => ({ key: a.key, name: a.name, kind: a.kind })),
    fundingSources: rows.sources.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      annualContributionNok: s.annualContributionNok,
      annualBudgetIncreaseNok: s.annualBudgetIncreaseNok,
    })),
    focusAreas: rows.areas.map((a) => ({
      key: a.key,
      kind: a.kind,
      number: a.number,
      title: a.title,
      mainGoal: a.mainGoal,
      subGoals: (subGoalsByArea.get(a.id) ?? []).map(numbered),
      strategies: (strategiesByArea.get(a.id) ?? []).map(numbered),
      measures: (measuresByArea.get(a.id) ?? []).map(toMeasure),
    })),
    flagships: rows.flagships.map((f) => ({
      key: f.key,
      title: f.title,
      description: f.description,
      focusAreaKey: f.focusAreaId === null ? null : keyOf(areaKeys, f.focusAreaId),
    })),
    relatedPlans: relatedPlans(rows, owned, { areaKeys, subGoalNumbers, strategyNumbers }),
    statusReports: statusReports(rows),
  };
}

function relatedPlans(
  rows: PlanRows,
  owned: ReturnType<typeof ownedParts>,
  maps: {
    areaKeys: ReadonlyMap<number, string>;
    subGoalNumbers: ReadonlyMap<number, number>;
    strategyNumbers: ReadonlyMap<number, number>;
  },
): PlanDocument["relatedPlans"] {
  const linksByPlan = groupBy(rows.links, (r) => r.relatedPlanId);
  const subGoalsByLink = groupBy(rows.linkSubGoals, (r) => r.linkId);
  const strategiesByLink = groupBy(rows.linkStrategies, (r) => r.linkId);
  return rows.related.map((r) => ({
    key: r.key,
    title: r.title,
    links: (linksByPlan.get(r.id) ?? []).map((l) => ({
      focusAreaKey: keyOf(maps.areaKeys, l.focusAreaId),
      subGoalNumbers: (subGoalsByLink.get(l.id) ?? []).map((g) => toNumberRef(maps.subGoalNumbers, g.subGoalId)),
      strategyNumbers: (strategiesByLink.get(l.id) ?? []).map((s) => toNumberRef(maps.strategyNumbers, s.strategyId)),
      text: l.text,
    })),
    funding: owned.funding("relatedPlan", r.id),
    responsibility: owned.responsibility("relatedPlan", r.id, r.responsibilityText),
  }));
}

function statusReports(rows: PlanRows): PlanDocument["statusReports"] {
  const measureKeys = new Map(rows.measures.map((m) => [m.id, m.key]));
  const activityKeys = new Map(rows.activities.map((a) => [a.id, a.key]));
  const indicatorKeys = new Map(rows.indicators.map((i) => [i.id, i.key]));
  const valuesByReport = groupBy(rows.values, (r) => r.statusReportId);
  const toValue = (v: t.IndicatorValueRow): IndicatorValue => ({
    indicatorKey: keyOf(indicatorKeys, v.indicatorId),
    value: v.valueNumber ?? v.valueBoolean ?? v.valueText ?? "",
  });
  return rows.reports.map((r) => ({
    measureKey: keyOf(measureKeys, r.measureId),
    activityKey: r.activityId === null ? null : keyOf(activityKeys, r.activityId),
    period: r.period,
    status: r.status,
    assessment: r.assessment,
    progressPercent: r.progressPercent,
    comment: r.comment,
    commentInternal: r.commentInternal,
    indicatorValues: (valuesByReport.get(r.id) ?? []).map(toValue),
    reportedAt: r.reportedAtText,
    reportedBy: r.reportedBy,
  }));
}
