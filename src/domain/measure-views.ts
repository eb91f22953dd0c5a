/**
 * Read models derived from a plan document: measures with their area, resolved strategies and
 * everyone involved, the filters of the measures list, and area summaries. Pure functions, shared
 * by the API and the web.
 */
import { z } from "zod";
import {
  type Activity,
  Flagship,
  type FocusArea,
  FocusAreaKind,
  Key,
  Measure,
  NumberRef,
  type PlanDocument,
  type Responsibility,
  type Start,
} from "./plan-schema.js";

export const AreaRef = z
  .object({ key: Key, kind: FocusAreaKind, number: z.number().int(), title: z.string() })
  .meta({ id: "AreaRef" });
export type AreaRef = z.infer<typeof AreaRef>;

export const ResolvedStrategy = z.object({
  number: NumberRef,
  /** Null for «unknown» or for a number the area lacks. */
  text: z.string().nullable(),
});
export type ResolvedStrategy = z.infer<typeof ResolvedStrategy>;

export const MeasureView = Measure.extend({
  area: AreaRef,
  /** The cited strategies with their text. */
  strategies: z.array(ResolvedStrategy),
  /** Every actor responsible for or partner in the measure or one of its activities. */
  actorKeys: z.array(Key),
  /** The years in which the measure or one of its activities starts. */
  startYears: z.array(z.number().int()),
}).meta({ id: "MeasureView", description: "A measure with its area, its strategies' texts and everyone involved." });
export type MeasureView = z.infer<typeof MeasureView>;

export const AreaSummary = AreaRef.extend({
  mainGoal: z.string(),
  subGoalCount: z.number().int(),
  strategyCount: z.number().int(),
  measureCount: z.number().int(),
  activityCount: z.number().int(),
}).meta({ id: "AreaSummary" });
export type AreaSummary = z.infer<typeof AreaSummary>;

export const FlagshipView = Flagship.extend({ measureKeys: z.array(Key) }).meta({ id: "FlagshipView" });
export type FlagshipView = z.infer<typeof FlagshipView>;

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

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * The filters of the measures list, as query parameters (strings in, typed values out).
 * The same schema validates the API's query and the web's URL.
 */
export const MeasureFilter = z.object({
  area: z.preprocess(emptyToUndefined, Key.optional()).meta({ description: "Area key." }),
  strategy: z
    .preprocess(emptyToUndefined, z.union([z.literal("unknown"), z.coerce.number().int().positive()]).optional())
    .meta({ description: "Strategy number (with `area`, that area's strategy), or `unknown`." }),
  actor: z.preprocess(emptyToUndefined, Key.optional()).meta({
    description: "Actor key: responsible for or partner in the measure or one of its activities.",
  }),
  startYear: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(1900).max(2200).optional())
    .meta({ description: "Year in which the measure or one of its activities starts." }),
  flagship: z.preprocess(emptyToUndefined, Key.optional()).meta({ description: "Flagship project key." }),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .meta({ description: "Free text: every word must occur somewhere in the measure." }),
});
export type MeasureFilter = z.infer<typeof MeasureFilter>;

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
