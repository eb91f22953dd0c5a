/**
 * What changed between two revisions of an action plan, for the council's document: per area,
 * measure and activity (matched by key, as keys stay across revisions) added, closed, or changed
 * with each changed field's value before and after. Pure.
 *
 * The rules:
 * - Fields are compared as canonical JSON (`canonicalJson`), so key order inside values does not
 *   count. A list field (`indicators`, `funding`, `strategyNumbers`, …) is one field, given whole
 *   before and after; activities are compared as entries of their own, not as a field.
 * - A measure moved to another area is `changed` with the field `areaKey`, listed under its new area,
 *   not closed and added. A new order of an area's measures or a measure's activities (the kept
 *   ones) is the field `measureOrder` or `activityOrder`, with the keys before and after.
 * - The measures of an added or closed area are listed as added or closed with it, and the
 *   activities of an added or closed measure likewise (and counted).
 * - Plan-level changes: the action plan's own fields except `revision` (which always differs and is
 *   given as `before`/`after`), then `organization`, `strategicPlan`, `actors`, `fundingSources`,
 *   `flagships` and `relatedPlans` as whole fields.
 * - Status reports are not plan content but what was reported on it: they are left out.
 * - Only what differs is listed; comparing a revision with itself gives no entries and zero counts.
 */
import type { Activity, FocusArea, Measure, PlanDocument } from "./plan-schema.js";
import type {
  ActivityComparison,
  AreaComparison,
  FieldChange,
  MeasureComparison,
  RevisionComparison,
  RevisionCounts,
} from "./revision-model.js";
import { canonicalJson } from "./versions.js";

type Json = FieldChange["before"];
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
// Plan values are JSON already (zod-parsed data); the copy keeps the comparison apart from the plans.
const json = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

/** The fields of two versions of a thing that differ, in the order of their keys, `except` left out. */
function fieldChanges(before: object, after: object, except: readonly string[]): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !except.includes(k));
  return keys
    .filter((k) => !same(b[k], a[k]))
    .map((field) => ({ field, before: json(b[field]), after: json(a[field]) }));
}

/** The kept keys' order, as a field change when it differs. */
function orderChange(field: string, before: Array<{ key: string }>, after: Array<{ key: string }>): FieldChange[] {
  const inAfter = new Set(after.map((x) => x.key));
  const inBefore = new Set(before.map((x) => x.key));
  const b = before.map((x) => x.key).filter((k) => inAfter.has(k));
  const a = after.map((x) => x.key).filter((k) => inBefore.has(k));
  return same(b, a) ? [] : [{ field, before: b, after: a }];
}

function compareActivities(before: Activity[], after: Activity[]): ActivityComparison[] {
  const old = new Map(before.map((x) => [x.key, x]));
  const kept = new Set(after.map((x) => x.key));
  const out: ActivityComparison[] = [];
  for (const a of after) {
    const b = old.get(a.key);
    if (b === undefined) out.push({ key: a.key, title: a.title, change: "added", fields: [] });
    else {
      const fields = fieldChanges(b, a, ["key"]);
      if (fields.length > 0) out.push({ key: a.key, title: a.title, change: "changed", fields });
    }
  }
  for (const b of before) if (!kept.has(b.key)) out.push({ key: b.key, title: b.title, change: "closed", fields: [] });
  return out;
}

const wholeMeasure = (m: Measure, change: "added" | "closed"): MeasureComparison => ({
  key: m.key,
  title: m.title,
  change,
  fields: [],
  activities: m.activities.map((x) => ({ key: x.key, title: x.title, change, fields: [] })),
});

type Located = { measure: Measure; areaKey: string };

function measuresByKey(plan: PlanDocument): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const area of plan.focusAreas)
    for (const measure of area.measures) out.set(measure.key, { measure, areaKey: area.key });
  return out;
}

/** One measure in both revisions: null when nothing differs. */
function compareMeasure(before: Located, after: Located): MeasureComparison | null {
  const fields = [
    ...fieldChanges(before.measure, after.measure, ["key", "activities"]),
    ...(before.areaKey === after.areaKey ? [] : [{ field: "areaKey", before: before.areaKey, after: after.areaKey }]),
    ...orderChange("activityOrder", before.measure.activities, after.measure.activities),
  ];
  const activities = compareActivities(before.measure.activities, after.measure.activities);
  if (fields.length === 0 && activities.length === 0) return null;
  return { key: after.measure.key, title: after.measure.title, change: "changed", fields, activities };
}

/** The plan's own fields and the other parts of the plan, as field changes. */
function planChanges(before: PlanDocument, after: PlanDocument): FieldChange[] {
  const parts = (p: PlanDocument) => ({
    organization: p.organization,
    strategicPlan: p.strategicPlan,
    actors: p.actors,
    fundingSources: p.fundingSources,
    flagships: p.flagships,
    relatedPlans: p.relatedPlans,
  });
  return [
    ...fieldChanges(before.actionPlan, after.actionPlan, ["revision"]),
    ...fieldChanges(parts(before), parts(after), []),
  ];
}

export function compareRevisions(before: PlanDocument, after: PlanDocument): RevisionComparison {
  const oldMeasures = measuresByKey(before);
  const newMeasures = measuresByKey(after);
  const oldAreas = new Map(before.focusAreas.map((a) => [a.key, a]));
  const newAreaKeys = new Set(after.focusAreas.map((a) => a.key));

  const areaEntry = (area: FocusArea, change: AreaComparison["change"], fields: FieldChange[]) => ({
    key: area.key,
    number: area.number,
    title: area.title,
    change,
    fields,
    measures: [] as MeasureComparison[],
  });
  const areas: AreaComparison[] = [];
  for (const area of after.focusAreas) {
    const old = oldAreas.get(area.key);
    const fields =
      old === undefined
        ? []
        : [
            ...fieldChanges(old, area, ["key", "measures"]),
            ...orderChange("measureOrder", old.measures, area.measures),
          ];
    const entry = areaEntry(area, old === undefined ? "added" : fields.length > 0 ? "changed" : "unchanged", fields);
    for (const m of area.measures) {
      const was = oldMeasures.get(m.key);
      if (was === undefined) entry.measures.push(wholeMeasure(m, "added"));
      else {
        const change = compareMeasure(was, { measure: m, areaKey: area.key });
        if (change !== null) entry.measures.push(change);
      }
    }
    // Closed measures are listed under the area they were in, when it is still there.
    for (const m of old?.measures ?? []) if (!newMeasures.has(m.key)) entry.measures.push(wholeMeasure(m, "closed"));
    if (entry.change !== "unchanged" || entry.measures.length > 0) areas.push(entry);
  }
  for (const area of before.focusAreas) {
    if (newAreaKeys.has(area.key)) continue;
    const entry = areaEntry(area, "closed", []);
    // A measure of a closed area that lives on in another area is listed there as moved.
    for (const m of area.measures) if (!newMeasures.has(m.key)) entry.measures.push(wholeMeasure(m, "closed"));
    areas.push(entry);
  }

  const zero = (): RevisionCounts => ({ added: 0, closed: 0, changed: 0 });
  const plan = planChanges(before, after);
  const counts = { planFields: plan.length, areas: zero(), measures: zero(), activities: zero() };
  for (const area of areas) {
    if (area.change !== "unchanged") counts.areas[area.change]++;
    for (const m of area.measures) {
      counts.measures[m.change]++;
      for (const x of m.activities) counts.activities[x.change]++;
    }
  }
  return { before: before.actionPlan.revision, after: after.actionPlan.revision, plan, areas, counts };
}
