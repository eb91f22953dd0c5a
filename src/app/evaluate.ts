/**
 * The yearly evaluations of a plan's measures and areas, which the roll reads. An evaluation is
 * put whole, last write wins: it is one person's judgement written in one form, seldom edited by
 * two at once, and every write leaves a history row with what was there before, so nothing is
 * lost without trace. Evaluating is allowed on an adopted revision — that is when it happens.
 */
import { appendAuditEvents } from "../db/audit-store.js";
import type { Database, DatabaseTransaction } from "../db/connection.js";
import { withLockedPlan } from "../db/plan-writes.js";
import { actionPlanIdOf, evaluationRows, upsertEvaluation } from "../db/revision-store.js";
import type * as t from "../db/schema/index.js";
import { Evaluation, type EvaluationTarget } from "../domain/revision-model.js";
import type { AppContext } from "./context.js";
import type { Writer } from "./edit-plan.js";
import { AppError, notFound } from "./errors.js";

export type EvaluationInput = { judgement: string; text: string; recommendation: string | null };

function toEvaluation(row: t.EvaluationRow): Evaluation {
  return Evaluation.parse({
    year: row.year,
    target: { type: row.targetType, key: row.targetKey },
    judgement: row.judgement,
    text: row.text,
    recommendation: row.recommendation,
  });
}

/** The evaluations of one year, by the plan's id; used by the roll inside its transaction. */
export async function evaluationsOf(
  executor: DatabaseTransaction | Database["db"],
  actionPlanId: number,
  year: number,
): Promise<Evaluation[]> {
  return (await evaluationRows(executor, actionPlanId, year)).map(toEvaluation);
}

export async function listEvaluations(ctx: AppContext, planKey: string, year: number): Promise<Evaluation[]> {
  const actionPlanId = await actionPlanIdOf(ctx.database, planKey);
  if (actionPlanId === null) throw notFound("plan", planKey);
  return evaluationsOf(ctx.database.db, actionPlanId, year);
}

/** Puts one evaluation of an area or measure of the plan's current revision. */
export async function putEvaluation(
  ctx: AppContext,
  planKey: string,
  year: number,
  target: EvaluationTarget,
  input: EvaluationInput,
  writer: Writer,
): Promise<Evaluation> {
  const parsed = Evaluation.safeParse({ year, target, ...input });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "$", message: i.message }));
    throw new AppError("invalid_input", "The evaluation is not valid", problems);
  }
  const evaluation = parsed.data;
  const outcome = await withLockedPlan(ctx.database, planKey, async ({ tx, actionPlanId, plan }) => {
    const known =
      target.type === "area"
        ? plan.focusAreas.some((a) => a.key === target.key)
        : plan.focusAreas.some((a) => a.measures.some((m) => m.key === target.key));
    if (!known) throw notFound(target.type, target.key);
    const old = await upsertEvaluation(tx, actionPlanId, year, target, {
      judgement: evaluation.judgement,
      text: evaluation.text,
      recommendation: evaluation.recommendation,
      updatedBy: writer.name,
    });
    await appendAuditEvents(tx, [
      {
        actor: writer.name,
        action: old === undefined ? "created" : "updated",
        planKey,
        entityType: "evaluation",
        entityKey: `${year}:${target.type}:${target.key}`,
        measureKey: target.type === "measure" ? target.key : null,
        before: old === undefined ? null : toEvaluation(old),
        after: evaluation,
      },
    ]);
    return evaluation;
  });
  if (outcome === null) throw notFound("plan", planKey);
  return outcome.value;
}
