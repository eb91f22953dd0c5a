/**
 * Keeping search current: a plan's search entries are derived from its document and rewritten,
 * in the transaction that writes the plan's contents, by every path that does (import, seed,
 * `--replace`, an edit through `app/edit-plan.ts`). Status reports change no entry.
 */
import { eq } from "drizzle-orm";
import type { Activity, FocusArea, Indicator, Measure, PlanDocument } from "../domain/plan-schema.js";
import type { DatabaseTransaction } from "./connection.js";
import { insertChunks } from "./insert-helpers.js";
import * as t from "./schema/index.js";

type Entry = Omit<t.NewSearchEntry, "actionPlanId" | "ordinal">;

/** Every searchable thing of the plan, in document order. */
export function searchEntriesOf(plan: PlanDocument): Entry[] {
  return plan.focusAreas.flatMap(areaEntries);
}

function areaEntries(area: FocusArea): Entry[] {
  const base = {
    areaKey: area.key,
    areaKind: area.kind,
    measureKey: null,
    activityKey: null,
    number: null,
    body: null,
  };
  return [
    { ...base, entityType: "area", title: area.title },
    { ...base, entityType: "mainGoal", title: area.mainGoal },
    ...area.subGoals.map((g): Entry => ({ ...base, entityType: "subGoal", number: g.number, title: g.text })),
    ...area.strategies.map((s): Entry => ({ ...base, entityType: "strategy", number: s.number, title: s.text })),
    ...area.measures.flatMap((m) => measureEntries(base, m)),
  ];
}

function measureEntries(area: Pick<Entry, "areaKey" | "areaKind">, measure: Measure): Entry[] {
  const base = { ...area, measureKey: measure.key, activityKey: null, number: null };
  return [
    { ...base, entityType: "measure", title: measure.title, body: measure.description },
    ...measure.indicators.map((i) => indicatorEntry(base, i)),
    ...measure.activities.flatMap((a) => activityEntries(base, a)),
  ];
}

function activityEntries(measure: Omit<Entry, "entityType" | "title" | "body">, activity: Activity): Entry[] {
  const base = { ...measure, activityKey: activity.key };
  return [
    { ...base, entityType: "activity", title: activity.title, body: activity.description },
    ...activity.indicators.map((i) => indicatorEntry(base, i)),
  ];
}

function indicatorEntry(owner: Omit<Entry, "entityType" | "title" | "body">, indicator: Indicator): Entry {
  return { ...owner, entityType: "indicator", title: indicator.text, body: null };
}

/**
 * Replaces the plan's entries: one delete and one multi-row insert (Gjøvik's plan: a few hundred
 * rows), in chunks only for a plan too large for one statement's parameters.
 */
export async function rebuildSearchEntries(
  tx: DatabaseTransaction,
  actionPlanId: number,
  plan: PlanDocument,
): Promise<void> {
  await tx.delete(t.searchEntries).where(eq(t.searchEntries.actionPlanId, actionPlanId));
  const rows = searchEntriesOf(plan).map((entry, ordinal) => ({ ...entry, actionPlanId, ordinal }));
  await insertChunks(rows, (part) => tx.insert(t.searchEntries).values(part));
}
