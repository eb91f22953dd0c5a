/**
 * Every change to a plan as a value (`PlanEdit`) and one pure function that applies it.
 * The server and the web share these: the web to show what a change would do (and what points to
 * something before it goes), the server to do it. Applying an edit checks only what the edit
 * itself needs (the thing exists, a new key is free, an order lists every key once); the whole
 * plan is then validated with `parsePlanDocument`, and lost references are found with
 * `lostReferences`.
 */
import type {
  ActionPlan,
  Actor,
  Flagship,
  FocusArea,
  FundingSource,
  Measure,
  PlanDocument,
  RelatedPlan,
  StatusReport,
} from "./plan-schema.js";
import { versionOf } from "./versions.js";

/** The plan's own settings: everything of the action plan but its key and revision. */
export type PlanSettings = Omit<ActionPlan, "key" | "revision">;
/** An area without its measures, which are edited one by one. */
export type AreaFields = Omit<FocusArea, "measures">;

export type SimpleCollection = "actors" | "fundingSources" | "flagships" | "relatedPlans";
export type Collection = "areas" | "measures" | SimpleCollection;
type SimpleItem = { actors: Actor; fundingSources: FundingSource; flagships: Flagship; relatedPlans: RelatedPlan };

export type EntityType =
  | "plan"
  | "settings"
  | "area"
  | "measure"
  | "actor"
  | "fundingSource"
  | "flagship"
  | "relatedPlan"
  | "statusReport"
  | "order";

export const ENTITY_TYPE: Record<Collection, EntityType> = {
  areas: "area",
  measures: "measure",
  actors: "actor",
  fundingSources: "fundingSource",
  flagships: "flagship",
  relatedPlans: "relatedPlan",
};

type SimpleCreate = {
  [C in SimpleCollection]: { op: "create"; collection: C; data: SimpleItem[C]; position?: number };
};
type SimpleUpdate = { [C in SimpleCollection]: { op: "update"; collection: C; key: string; data: SimpleItem[C] } };

export type PlanEdit =
  | { op: "updateSettings"; data: PlanSettings }
  | { op: "create"; collection: "areas"; data: AreaFields; position?: number }
  | { op: "create"; collection: "measures"; areaKey: string; data: Measure; position?: number }
  | SimpleCreate[SimpleCollection]
  | { op: "update"; collection: "areas"; key: string; data: AreaFields }
  /** `areaKey` moves the measure to another area (to its end). */
  | { op: "update"; collection: "measures"; key: string; data: Measure; areaKey?: string }
  | SimpleUpdate[SimpleCollection]
  | { [C in Collection]: { op: "delete"; collection: C; key: string } }[Collection]
  /** The new order of a collection (of one area's measures when `areaKey` is given); every key once. */
  | { op: "reorder"; collection: Collection; areaKey?: string; keys: string[] }
  /** A status report for a measure or activity and period, new or replacing the one there. */
  | { op: "report"; report: StatusReport };

/** What an edit changes, as the history names it. */
export type EditTarget = { entityType: EntityType; key: string; measureKey: string | null };

export type EditResult = {
  plan: PlanDocument;
  target: EditTarget;
  /** The target before and after the edit; null where it did not or no longer exists. */
  before: unknown;
  after: unknown;
  /** Where the target sits in the new plan, to name fields in errors (`["focusAreas", 2]`). */
  path: Array<string | number>;
};

export type PlanEditErrorCode = "not_found" | "key_taken" | "key_mismatch" | "bad_order";

export class PlanEditError extends Error {
  override readonly name = "PlanEditError";
  constructor(
    readonly code: PlanEditErrorCode,
    message: string,
    /** The field at fault, relative to the edit's data. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export function settingsOf(plan: PlanDocument): PlanSettings {
  const { key: _key, revision: _revision, ...settings } = plan.actionPlan;
  return settings;
}

export function areaFieldsOf(area: FocusArea): AreaFields {
  const { measures: _measures, ...fields } = area;
  return fields;
}

/** The key of a status report in the history: measure, activity (if any) and period. */
export function statusReportKey(report: Pick<StatusReport, "measureKey" | "activityKey" | "period">): string {
  return [report.measureKey, report.activityKey, report.period].filter((p) => p !== null).join("/");
}

const sameReport = (a: StatusReport, b: StatusReport) =>
  a.measureKey === b.measureKey && a.activityKey === b.activityKey && a.period === b.period;

function findMeasure(plan: PlanDocument, key: string): { areaIndex: number; index: number } | null {
  for (const [areaIndex, area] of plan.focusAreas.entries()) {
    const index = area.measures.findIndex((m) => m.key === key);
    if (index >= 0) return { areaIndex, index };
  }
  return null;
}

function keysOf(plan: PlanDocument, collection: Collection, areaKey?: string): string[] {
  if (collection === "measures") {
    if (areaKey === undefined)
      throw new PlanEditError("bad_order", "Measures are ordered within one area: name it", "areaKey");
    const area = plan.focusAreas.find((a) => a.key === areaKey);
    if (area === undefined) throw new PlanEditError("not_found", `No area has the key "${areaKey}"`);
    return area.measures.map((m) => m.key);
  }
  const list = collection === "areas" ? plan.focusAreas : plan[collection];
  return list.map((item) => item.key);
}

/** The edit's target as it is now (null when it does not exist); its version is `versionOf` this. */
export function currentValue(plan: PlanDocument, edit: PlanEdit): unknown {
  switch (edit.op) {
    case "updateSettings":
      return settingsOf(plan);
    case "report":
      return plan.statusReports.find((r) => sameReport(r, edit.report)) ?? null;
    case "reorder":
      return keysOf(plan, edit.collection, edit.areaKey);
    case "create":
      return null;
    default: {
      if (edit.collection === "measures") {
        const at = findMeasure(plan, edit.key);
        return at === null ? null : plan.focusAreas[at.areaIndex]?.measures[at.index];
      }
      if (edit.collection === "areas") {
        const area = plan.focusAreas.find((a) => a.key === edit.key);
        return area === undefined ? null : areaFieldsOf(area);
      }
      return (plan[edit.collection] as Array<{ key: string }>).find((item) => item.key === edit.key) ?? null;
    }
  }
}

/** The version a write must carry: that of the target as it is now; null when it does not exist. */
export function currentVersion(plan: PlanDocument, edit: PlanEdit): string | null {
  const value = currentValue(plan, edit);
  return value === null || value === undefined ? null : versionOf(value);
}

export function editTarget(edit: PlanEdit): EditTarget {
  switch (edit.op) {
    case "updateSettings":
      return { entityType: "settings", key: "settings", measureKey: null };
    case "report":
      return { entityType: "statusReport", key: statusReportKey(edit.report), measureKey: edit.report.measureKey };
    case "reorder":
      return {
        entityType: "order",
        key: edit.areaKey === undefined ? edit.collection : `${edit.collection}:${edit.areaKey}`,
        measureKey: null,
      };
    default: {
      const key = edit.op === "create" ? edit.data.key : edit.key;
      return { entityType: ENTITY_TYPE[edit.collection], key, measureKey: edit.collection === "measures" ? key : null };
    }
  }
}

function insertAt<T>(list: T[], item: T, position: number | undefined): T[] {
  const at = position === undefined ? list.length : Math.max(0, Math.min(list.length, position));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function reordered<T extends { key: string }>(list: T[], keys: string[]): T[] {
  const byKey = new Map(list.map((item) => [item.key, item]));
  if (keys.length !== list.length || new Set(keys).size !== keys.length || keys.some((k) => !byKey.has(k))) {
    throw new PlanEditError("bad_order", "The new order must list every key of the collection exactly once", "$");
  }
  return keys.map((k) => byKey.get(k) as T);
}

/** Applies one edit; throws `PlanEditError` when the edit cannot apply to this plan. */
export function applyEdit(plan: PlanDocument, edit: PlanEdit): EditResult {
  const target = editTarget(edit);
  const before = currentValue(plan, edit) ?? null;
  const result = (next: PlanDocument, after: unknown, path: Array<string | number>): EditResult => ({
    plan: next,
    target,
    before,
    after,
    path,
  });

  if (edit.op === "updateSettings") {
    const actionPlan = { ...edit.data, key: plan.actionPlan.key, revision: plan.actionPlan.revision };
    return result({ ...plan, actionPlan }, settingsOf({ ...plan, actionPlan }), ["actionPlan"]);
  }
  if (edit.op === "report") {
    const { measureKey, activityKey } = edit.report;
    const at = findMeasure(plan, measureKey);
    if (at === null) throw new PlanEditError("not_found", `No measure has the key "${measureKey}"`);
    const measure = plan.focusAreas[at.areaIndex]?.measures[at.index];
    if (activityKey !== null && !measure?.activities.some((x) => x.key === activityKey)) {
      throw new PlanEditError("not_found", `The measure "${measureKey}" has no activity "${activityKey}"`);
    }
    const index = plan.statusReports.findIndex((r) => sameReport(r, edit.report));
    const statusReports =
      index < 0
        ? [...plan.statusReports, edit.report]
        : plan.statusReports.map((r, i) => (i === index ? edit.report : r));
    return result({ ...plan, statusReports }, edit.report, [
      "statusReports",
      index < 0 ? plan.statusReports.length : index,
    ]);
  }
  if (edit.op === "reorder") return applyReorder(plan, edit, result);
  if (edit.op !== "create" && before === null) {
    throw new PlanEditError("not_found", `No ${target.entityType} has the key "${edit.key}"`);
  }
  if (edit.op === "update" && edit.data.key !== edit.key) {
    throw new PlanEditError("key_mismatch", `A key cannot change: "${edit.key}" stays "${edit.key}"`, "key");
  }
  if (edit.op === "create" && currentValue(plan, { op: "delete", collection: edit.collection, key: edit.data.key })) {
    throw new PlanEditError("key_taken", `The key "${edit.data.key}" is already in use`, "key");
  }

  switch (edit.collection) {
    case "areas":
      return applyAreaEdit(plan, edit, result);
    case "measures":
      return applyMeasureEdit(plan, edit, result);
    default:
      return applySimpleEdit(plan, edit, result);
  }
}

type ItemEdit<C extends Collection> = Extract<PlanEdit, { op: "create" | "update" | "delete"; collection: C }>;
type Result = (next: PlanDocument, after: unknown, path: Array<string | number>) => EditResult;

function applyReorder(plan: PlanDocument, edit: Extract<PlanEdit, { op: "reorder" }>, result: Result): EditResult {
  keysOf(plan, edit.collection, edit.areaKey);
  if (edit.collection === "measures") {
    const focusAreas = plan.focusAreas.map((a) =>
      a.key === edit.areaKey ? { ...a, measures: reordered(a.measures, edit.keys) } : a,
    );
    return result({ ...plan, focusAreas }, edit.keys, ["focusAreas"]);
  }
  if (edit.collection === "areas") {
    return result({ ...plan, focusAreas: reordered(plan.focusAreas, edit.keys) }, edit.keys, ["focusAreas"]);
  }
  const list = reordered<{ key: string }>(plan[edit.collection], edit.keys);
  return result({ ...plan, [edit.collection]: list }, edit.keys, [edit.collection]);
}

function applyAreaEdit(plan: PlanDocument, edit: ItemEdit<"areas">, result: Result) {
  if (edit.op === "create") {
    const focusAreas = insertAt(plan.focusAreas, { ...edit.data, measures: [] }, edit.position);
    return result({ ...plan, focusAreas }, edit.data, [
      "focusAreas",
      focusAreas.findIndex((a) => a.key === edit.data.key),
    ]);
  }
  if (edit.op === "delete") {
    return result({ ...plan, focusAreas: plan.focusAreas.filter((a) => a.key !== edit.key) }, null, []);
  }
  if (edit.op !== "update") throw new PlanEditError("not_found", "Unknown edit");
  const data = edit.data;
  const index = plan.focusAreas.findIndex((a) => a.key === edit.key);
  const focusAreas = plan.focusAreas.map((a, i) => (i === index ? { ...data, measures: a.measures } : a));
  return result({ ...plan, focusAreas }, data, ["focusAreas", index]);
}

function applyMeasureEdit(plan: PlanDocument, edit: ItemEdit<"measures">, result: Result) {
  const areaIndexOf = (key: string) => {
    const i = plan.focusAreas.findIndex((a) => a.key === key);
    if (i < 0) throw new PlanEditError("not_found", `No area has the key "${key}"`, "areaKey");
    return i;
  };
  const withMeasures = (areaIndex: number, measures: (list: Measure[]) => Measure[]) =>
    plan.focusAreas.map((a, i) => (i === areaIndex ? { ...a, measures: measures(a.measures) } : a));

  if (edit.op === "create") {
    const areaIndex = areaIndexOf(edit.areaKey);
    const focusAreas = withMeasures(areaIndex, (list) => insertAt(list, edit.data, edit.position));
    const index = focusAreas[areaIndex]?.measures.findIndex((m) => m.key === edit.data.key) ?? -1;
    return result({ ...plan, focusAreas }, edit.data, ["focusAreas", areaIndex, "measures", index]);
  }
  const at = findMeasure(plan, edit.key);
  if (at === null) throw new PlanEditError("not_found", `No measure has the key "${edit.key}"`);
  if (edit.op === "delete") {
    const focusAreas = withMeasures(at.areaIndex, (list) => list.filter((m) => m.key !== edit.key));
    return result({ ...plan, focusAreas }, null, []);
  }
  if (edit.op !== "update") throw new PlanEditError("not_found", "Unknown edit");
  const data = edit.data;
  const toArea = edit.areaKey === undefined ? at.areaIndex : areaIndexOf(edit.areaKey);
  if (toArea === at.areaIndex) {
    const focusAreas = withMeasures(at.areaIndex, (list) => list.map((m, i) => (i === at.index ? data : m)));
    return result({ ...plan, focusAreas }, data, ["focusAreas", at.areaIndex, "measures", at.index]);
  }
  const focusAreas = plan.focusAreas.map((a, i) => {
    if (i === at.areaIndex) return { ...a, measures: a.measures.filter((m) => m.key !== edit.key) };
    if (i === toArea) return { ...a, measures: [...a.measures, data] };
    return a;
  });
  const index = (focusAreas[toArea]?.measures.length ?? 0) - 1;
  return result({ ...plan, focusAreas }, data, ["focusAreas", toArea, "measures", index]);
}

function applySimpleEdit(plan: PlanDocument, edit: ItemEdit<SimpleCollection>, result: Result) {
  const name = edit.collection;
  const list: Array<{ key: string }> = plan[name];
  if (edit.op === "create") {
    const next = insertAt(list, edit.data, edit.position);
    return result({ ...plan, [name]: next }, edit.data, [name, next.findIndex((x) => x.key === edit.data.key)]);
  }
  if (edit.op === "delete") return result({ ...plan, [name]: list.filter((x) => x.key !== edit.key) }, null, []);
  if (edit.op !== "update") throw new PlanEditError("not_found", "Unknown edit");
  const data = edit.data;
  const index = list.findIndex((x) => x.key === edit.key);
  return result({ ...plan, [name]: list.map((x, i) => (i === index ? data : x)) }, data, [name, index]);
}
