/**
 * Read models derived from a plan document: measures with their area, resolved strategies and
 * everyone involved, filtering the measures list, and area summaries. Pure functions, shared by
 * the API and the web; their shapes are in read-models.ts.
 */
import type { Activity, FocusArea, Measure, PlanDocument, Responsibility, Start } from "./plan-schema.js";
import type { AreaRef, AreaSummary, FlagshipView, MeasureFilter, MeasureView } from "./read-models.js";

// The shapes travel with the functions; as types only, they cost the web no zod.
export type {
  AreaRef,
  AreaSummary,
  FlagshipView,
  MeasureFilter,
  MeasureView,
  ResolvedStrategy,
} from "./read-models.js";

export function areaRef(area: FocusArea): AreaRef {
  return { key: area.key, kind: area.kind, number: area.number, title: area.title };
}

export function summarizeArea(area: FocusArea): AreaSummary {
  return {
    ...areaRef(area),
    mainGoal: area.mainGoal,
    subGoalCount: area.subGoals.length,
    strategyCount: area.strategies.length,
    measureCount: area.measures.length,
    activityCount: area.measures.reduce((n, m) => n + m.activities.length, 0),
  };
}

function responsibilityActors(r: Responsibility | null): string[] {
  return r === null ? [] : [...r.responsibleActorKeys, ...r.partnerActorKeys];
}

function startYear(start: Start | null): number[] {
  return start?.year != null && (start.kind === "year" || start.kind === "half_year") ? [start.year] : [];
}

const uniqueSorted = <T extends string | number>(values: T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function toMeasureView(area: FocusArea, measure: Measure): MeasureView {
  const strategyText = new Map(area.strategies.map((s) => [s.number, s.text]));
  const parts: Array<Measure | Activity> = [measure, ...measure.activities];
  return {
    ...measure,
    area: areaRef(area),
    strategies: measure.strategyNumbers.map((number) => ({
      number,
      text: number === "unknown" ? null : (strategyText.get(number) ?? null),
    })),
    actorKeys: uniqueSorted(parts.flatMap((p) => responsibilityActors(p.responsibility))),
    startYears: uniqueSorted(parts.flatMap((p) => startYear(p.start))),
  };
}

/** Every measure of the plan, in the plan's order (areas of each kind in turn). */
export function listMeasureViews(plan: PlanDocument): MeasureView[] {
  return plan.focusAreas.flatMap((area) => area.measures.map((m) => toMeasureView(area, m)));
}

export function findMeasureView(plan: PlanDocument, key: string): MeasureView | undefined {
  for (const area of plan.focusAreas) {
    const measure = area.measures.find((m) => m.key === key);
    if (measure !== undefined) return toMeasureView(area, measure);
  }
  return undefined;
}

/** Lower-case and strip accents (é → e) but keep æ, ø and å, which are letters of their own. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase("nb-NO")
    .normalize("NFD")
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, "")
    .normalize("NFC");
}

/** All the words of a measure that free-text search looks in. */
export function measureSearchText(measure: MeasureView): string {
  const parts: string[] = [measure.title, measure.description ?? "", measure.area.title];
  const addOwn = (p: Measure | Activity) => {
    parts.push(p.title, p.description ?? "");
    for (const i of p.indicators) parts.push(i.text);
    for (const f of p.funding) parts.push(f.text);
    if (p.responsibility !== null) parts.push(p.responsibility.text);
    if (p.start !== null) parts.push(p.start.text);
  };
  addOwn(measure);
  measure.activities.forEach(addOwn);
  for (const s of measure.strategies) parts.push(s.text ?? "");
  return foldText(parts.join("\n"));
}

export function filterMeasures(measures: MeasureView[], filter: MeasureFilter): MeasureView[] {
  const words = filter.q === undefined ? [] : foldText(filter.q).split(/\s+/).filter(Boolean);
  return measures.filter((m) => {
    if (filter.area !== undefined && m.area.key !== filter.area) return false;
    if (filter.strategy !== undefined && !m.strategyNumbers.includes(filter.strategy)) return false;
    if (filter.actor !== undefined && !m.actorKeys.includes(filter.actor)) return false;
    if (filter.startYear !== undefined && !m.startYears.includes(filter.startYear)) return false;
    if (filter.flagship !== undefined && m.flagshipKey !== filter.flagship) return false;
    if (words.length > 0) {
      const haystack = measureSearchText(m);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

/** Measures that belong to a flagship project. */
export function flagshipMeasures(plan: PlanDocument, flagshipKey: string): MeasureView[] {
  return listMeasureViews(plan).filter((m) => m.flagshipKey === flagshipKey);
}

/** The plan's flagship projects, each with the keys of its measures. */
export function listFlagshipViews(plan: PlanDocument): FlagshipView[] {
  const measures = plan.focusAreas.flatMap((a) => a.measures);
  return plan.flagships.map((flagship) => ({
    ...flagship,
    measureKeys: measures.filter((m) => m.flagshipKey === flagship.key).map((m) => m.key),
  }));
}
