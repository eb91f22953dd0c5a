/**
 * The SQL of revisions and evaluations: the frozen copies of adopted revisions (`plan_revisions`,
 * written once, never changed) and the yearly evaluations the roll reads (`evaluations`).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { EvaluationTarget } from "../domain/revision-model.js";
import type { Database, DatabaseTransaction } from "./connection.js";
import * as t from "./schema/index.js";

type Executor = DatabaseTransaction | Database["db"];

export type FrozenRevision = Omit<t.PlanRevisionRow, "document" | "id" | "actionPlanId"> & { document: PlanDocument };

/** The id of revision `number`'s frozen copy, or null when it was not adopted here. */
export async function frozenRevisionId(tx: Executor, actionPlanId: number, number: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: t.planRevisions.id })
    .from(t.planRevisions)
    .where(and(eq(t.planRevisions.actionPlanId, actionPlanId), eq(t.planRevisions.number, number)));
  return row?.id ?? null;
}

/** Freezes a revision's document as adopted; the document must carry its adoption date. */
export async function insertFrozenRevision(
  tx: DatabaseTransaction,
  actionPlanId: number,
  document: PlanDocument,
): Promise<void> {
  const { number, adoptedOn, decisionRef } = document.actionPlan.revision;
  if (adoptedOn === null) throw new Error(`Revision ${number} has no adoption date and cannot be frozen`);
  await tx.insert(t.planRevisions).values({ actionPlanId, number, adoptedOn, decisionRef, document });
}

/** The plan's id by its key, or null. */
export async function actionPlanIdOf(database: Database, planKey: string): Promise<number | null> {
  const [plan] = await database.db
    .select({ id: t.actionPlans.id })
    .from(t.actionPlans)
    .where(eq(t.actionPlans.key, planKey));
  return plan?.id ?? null;
}

/** The plan's frozen revisions (or only `number`), oldest first; null for an unknown plan. */
export async function frozenRevisions(
  database: Database,
  planKey: string,
  number?: number,
): Promise<FrozenRevision[] | null> {
  const actionPlanId = await actionPlanIdOf(database, planKey);
  if (actionPlanId === null) return null;
  const rows = await database.db
    .select({
      number: t.planRevisions.number,
      adoptedOn: t.planRevisions.adoptedOn,
      decisionRef: t.planRevisions.decisionRef,
      adoptedAt: t.planRevisions.adoptedAt,
      document: t.planRevisions.document,
    })
    .from(t.planRevisions)
    .where(
      and(
        eq(t.planRevisions.actionPlanId, actionPlanId),
        number === undefined ? undefined : eq(t.planRevisions.number, number),
      ),
    )
    .orderBy(asc(t.planRevisions.number));
  // The document was validated when it was adopted and is never changed afterwards.
  return rows.map((r) => ({ ...r, document: r.document as PlanDocument }));
}

/** The evaluations of one year, by target. */
export async function evaluationRows(
  executor: Executor,
  actionPlanId: number,
  year: number,
): Promise<t.EvaluationRow[]> {
  return executor
    .select()
    .from(t.evaluations)
    .where(and(eq(t.evaluations.actionPlanId, actionPlanId), eq(t.evaluations.year, year)))
    .orderBy(asc(t.evaluations.targetType), asc(t.evaluations.targetKey));
}

export type EvaluationValues = {
  judgement: string;
  text: string;
  recommendation: string | null;
  updatedBy: string | null;
};

/** Puts one evaluation (last write wins) and gives back the row it replaced, if any. */
export async function upsertEvaluation(
  tx: DatabaseTransaction,
  actionPlanId: number,
  year: number,
  target: EvaluationTarget,
  values: EvaluationValues,
): Promise<t.EvaluationRow | undefined> {
  const [old] = await tx
    .select()
    .from(t.evaluations)
    .where(
      and(
        eq(t.evaluations.actionPlanId, actionPlanId),
        eq(t.evaluations.year, year),
        eq(t.evaluations.targetType, target.type),
        eq(t.evaluations.targetKey, target.key),
      ),
    );
  const set = { ...values, updatedAt: sql`now()` };
  await tx
    .insert(t.evaluations)
    .values({ actionPlanId, year, targetType: target.type, targetKey: target.key, ...set })
    .onConflictDoUpdate({
      target: [t.evaluations.actionPlanId, t.evaluations.year, t.evaluations.targetType, t.evaluations.targetKey],
      set,
    });
  return old;
}
