/**
 * What an import would change, for the user to see before confirming: the current plan and the
 * imported one compared per area, measure and activity (matched by key) — new, changed (with the
 * fields that differ), unchanged or removed — with counts, and which other parts of the plan
 * (settings, actors, funding sources, flagships, related plans, reports) differ. Pure.
 */
import type {
  ActivityChange,
  AreaChange,
  ChangeKind,
  Counts,
  ImportPreview,
  MeasureChange,
  OtherPart,
} from "./import-model.js";
import type { Activity, FocusArea, Measure, PlanDocument } from "./plan-schema.js";

export type { ActivityChange, AreaChange, ChangeKind, Counts, ImportPreview, MeasureChange, OtherPart };

import { canonicalJson } from "./versions.js";

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Whether the things in both lists stand in another order (additions and removals aside). */
function reordered(before: Array<{ key: string }>, after: Array<{ key: string }>): boolean {
  const inAfter = new Set(after.map((x) => x.key));
  const inBefore = new Set(before.map((x) => x.key));
  const kept = before.map((x) => x.key).filter((k) => inAfter.has(k));
  return !same(
    kept,
    after.map((x) => x.key).filter((k) => inBefore.has(k)),
  );
}

/** The fields of two versions of a thing that differ, leaving out the lists compared on their own. */
function changedFields<T extends object>(before: T, after: T, except: string[]): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !except.includes(k))
    .filter((k) => !same((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k]));
}

function compareList<T extends { key: string; title: string }, R>(
  before: T[],
  after: T[],
  make: (key: string, title: string, change: ChangeKind, fields: string[], b: T | null, a: T | null) => R,
  except: string[],
): R[] {
  const old = new Map(before.map((x) => [x.key, x]));
  const keys = new Set(after.map((x) => x.key));
  const out: R[] = after.map((a) => {
    const b = old.get(a.key) ?? null;
    if (b === null) return make(a.key, a.title, "new", [], null, a);
    const fields = changedFields(b, a, except);
    return make(a.key, a.title, fields.length === 0 ? "unchanged" : "changed", fields, b, a);
  });
  for (const b of before) if (!keys.has(b.key)) out.push(make(b.key, b.title, "removed", [], b, null));
  return out;
}

const activityChange = (key: string, title: string, change: ChangeKind, fields: string[]): ActivityChange => ({
  key,
  title,
  change,
  fields,
});

function measureChange(
  key: string,
  title: string,
  change: ChangeKind,
  fields: string[],
  before: Measure | null,
  after: Measure | null,
): MeasureChange {
  const activities = compareList<Activity, ActivityChange>(
    before?.activities ?? [],
    after?.activities ?? [],
    activityChange,
    [],
  );
  // The order of activities counts as a change of the measure.
  const order = before !== null && after !== null && reordered(before.activities, after.activities);
  return { key, title, change, fields: order ? [...fields, "activityOrder"] : fields, activities };
}

export function previewImport(current: PlanDocument, imported: PlanDocument): ImportPreview {
  const areas = compareList<FocusArea, AreaChange>(
    current.focusAreas,
    imported.focusAreas,
    (key, title, change, fields, b, a) => {
      const area = (a ?? b) as FocusArea;
      const measures = compareList<Measure, MeasureChange>(b?.measures ?? [], a?.measures ?? [], measureChange, [
        "activities",
      ]);
      const order = b !== null && a !== null && reordered(b.measures, a.measures);
      const all = order ? [...fields, "measureOrder"] : fields;
      return { key, number: area.number, kind: area.kind, title, change, fields: all, measures };
    },
    ["measures"],
  );
  // A measure moved from one area to another is «changed» (its area), not removed and new.
  const removed = new Map<string, MeasureChange>();
  const added = new Map<string, MeasureChange>();
  for (const area of areas) {
    for (const m of area.measures) {
      if (m.change === "removed") removed.set(m.key, m);
      if (m.change === "new") added.set(m.key, m);
    }
  }
  for (const area of areas) {
    area.measures = area.measures.filter((m) => !(m.change === "removed" && added.has(m.key)));
    for (const m of area.measures) {
      if (m.change === "new" && removed.has(m.key)) {
        const before = findMeasure(current, m.key);
        const after = findMeasure(imported, m.key);
        if (before !== null && after !== null)
          Object.assign(
            m,
            measureChange(
              m.key,
              m.title,
              "changed",
              [...changedFields(before, after, ["activities"]), "area"],
              before,
              after,
            ),
          );
      }
    }
  }
  const zero = (): Counts => ({ new: 0, changed: 0, unchanged: 0, removed: 0 });
  const counts = { areas: zero(), measures: zero(), activities: zero() };
  for (const area of areas) {
    counts.areas[area.change]++;
    for (const m of area.measures) {
      counts.measures[m.change]++;
      for (const a of m.activities) counts.activities[a.change]++;
    }
  }
  return { counts, areas, otherChanges: otherChanges(current, imported) };
}

function findMeasure(plan: PlanDocument, key: string): Measure | null {
  for (const area of plan.focusAreas) for (const m of area.measures) if (m.key === key) return m;
  return null;
}

function otherChanges(current: PlanDocument, imported: PlanDocument): OtherPart[] {
  const settings = (p: PlanDocument) => [p.organization, p.strategicPlan, p.actionPlan];
  const out: OtherPart[] = [];
  if (!same(settings(current), settings(imported))) out.push("settings");
  for (const part of ["actors", "fundingSources", "flagships", "relatedPlans", "statusReports"] as const) {
    if (!same(current[part], imported[part])) out.push(part);
  }
  return out;
}

/** Whether the import changes anything at all. */
export function changesAnything(preview: ImportPreview): boolean {
  const { areas, measures, activities } = preview.counts;
  const moved = preview.areas.some((a) => a.fields.length > 0 || a.measures.some((m) => m.fields.length > 0));
  return (
    moved ||
    preview.otherChanges.length > 0 ||
    [areas, measures, activities].some((c) => c.new + c.changed + c.removed > 0)
  );
}
