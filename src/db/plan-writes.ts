/**
 * Changing a stored plan: every write runs in one transaction that first locks the plan's row,
 * so that writes to one plan happen one after the other and each sees the one before it. A plan
 * edit writes the plan's contents anew; a status report is written on its own, so that reporting
 * stays cheap however large the plan.
 */
import { and, eq, inArray, isNull, max, sql } from "drizzle-orm";
import type { PlanDocument, StatusReport } from "../domain/plan-schema.js";
import type { Database, DatabaseTransaction } from "./connection.js";
import { lookup } from "./insert-helpers.js";
import { loadPlanDocumentIn } from "./load-plan.js";
import * as t from "./schema/index.js";

export { replacePlanContents } from "./save-plan.js";

export type LockedPlan = { tx: DatabaseTransaction; actionPlanId: number; plan: PlanDocument };

/**
 * Runs `work` in a transaction holding the plan's row lock, with the plan as it is now.
 * Returns null when no plan has the key. Whatever `work` throws rolls the whole write back.
 */
export async function withLockedPlan<T>(
  database: Database,
  key: string,
  work: (locked: LockedPlan) => Promise<T>,
): Promise<{ value: T } | null> {
  const locked = await withLockedPlanRow(database, key, async ({ tx, actionPlanId }) => {
    const plan = await loadPlanDocumentIn(tx, key);
    return plan === null ? null : { value: await work({ tx, actionPlanId, plan }) };
  });
  return locked?.value ?? null;
}

/**
 * Stores one status report, replacing the one for the same measure (or activity) and period:
 * the old row goes with its values (ON DELETE CASCADE) and the new one keeps its place.
 */
export async function writeStatusReport(
  tx: DatabaseTransaction,
  actionPlanId: number,
  report: StatusReport,
): Promise<void> {
  const [measure] = await tx
    .select({ id: t.measures.id })
    .from(t.measures)
    .where(and(eq(t.measures.actionPlanId, actionPlanId), eq(t.measures.key, report.measureKey)));
  if (measure === undefined) throw new Error(`The measure «${report.measureKey}» is not stored`);
  let activityId: number | null = null;
  if (report.activityKey !== null) {
    const [activity] = await tx
      .select({ id: t.activities.id })
      .from(t.activities)
      .where(and(eq(t.activities.actionPlanId, actionPlanId), eq(t.activities.key, report.activityKey)));
    if (activity === undefined) throw new Error(`The activity «${report.activityKey}» is not stored`);
    activityId = activity.id;
  }
  const same = and(
    eq(t.statusReports.actionPlanId, actionPlanId),
    eq(t.statusReports.measureId, measure.id),
    activityId === null ? isNull(t.statusReports.activityId) : eq(t.statusReports.activityId, activityId),
    eq(t.statusReports.period, report.period),
  );
  const [old] = await tx.delete(t.statusReports).where(same).returning({ position: t.statusReports.position });
  let position = old?.position;
  if (position === undefined) {
    const [last] = await tx
      .select({ position: max(t.statusReports.position) })
      .from(t.statusReports)
      .where(eq(t.statusReports.actionPlanId, actionPlanId));
    position = (last?.position ?? -1) + 1;
  }
  const { measureKey: _m, activityKey: _a, indicatorValues, ...fields } = report;
  const [inserted] = await tx
    .insert(t.statusReports)
    .values({
      ...fields,
      actionPlanId,
      measureId: measure.id,
      activityId,
      reportedAt: new Date(report.reportedAt),
      reportedAtText: report.reportedAt,
      position,
    })
    .returning({ id: t.statusReports.id });
  if (inserted === undefined || indicatorValues.length === 0) return;
  const indicators = await tx
    .select({ id: t.indicators.id, key: t.indicators.key })
    .from(t.indicators)
    .where(
      and(
        eq(t.indicators.actionPlanId, actionPlanId),
        inArray(
          t.indicators.key,
          indicatorValues.map((v) => v.indicatorKey),
        ),
      ),
    );
  const ids = new Map(indicators.map((i) => [i.key, i.id]));
  await tx.insert(t.indicatorValues).values(
    indicatorValues.map(({ indicatorKey, value }, i) => ({
      actionPlanId,
      statusReportId: inserted.id,
      indicatorId: lookup(ids, indicatorKey, "indicator"),
      valueNumber: typeof value === "number" ? value : null,
      valueBoolean: typeof value === "boolean" ? value : null,
      valueText: typeof value === "string" ? value : null,
      position: i,
    })),
  );
}

/** Marks the plan as changed (its version and time), for writes that do not rewrite its row; the new version. */
export async function touchPlan(tx: DatabaseTransaction, actionPlanId: number): Promise<number> {
  const [row] = await tx
    .update(t.actionPlans)
    .set({ updatedAt: sql`now()`, version: sql`${t.actionPlans.version} + 1` })
    .where(eq(t.actionPlans.id, actionPlanId))
    .returning({ version: t.actionPlans.version });
  if (row === undefined) throw new Error(`No plan has the id ${actionPlanId}`);
  return row.version;
}

/**
 * Runs `work` in a transaction holding the plan's row lock, with the row's id and version but
 * without loading the plan: for writes that can take the plan from a cache when the version
 * shows it current. Null when no plan has the key.
 */
export async function withLockedPlanRow<T>(
  database: Database,
  key: string,
  work: (locked: { tx: DatabaseTransaction; actionPlanId: number; version: number }) => Promise<T>,
): Promise<{ value: T } | null> {
  return database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: t.actionPlans.id, version: t.actionPlans.version })
      .from(t.actionPlans)
      .where(eq(t.actionPlans.key, key))
      .for("update");
    if (row === undefined) return null;
    return { value: await work({ tx, actionPlanId: row.id, version: row.version }) };
  });
}
