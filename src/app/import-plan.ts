import { appendAuditEvents } from "../db/audit-store.js";
import { PlanExistsError, savePlanDocument } from "../db/plan-store.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";

export type ImportResult = { key: string; title: string; outcome: "created" | "replaced" };

/**
 * Validates a plan document and stores it in one transaction. Nothing is written when any part is
 * invalid; a plan whose key exists is replaced only when asked.
 */
export async function importPlan(
  ctx: AppContext,
  input: unknown,
  options: { replace: boolean; actor?: string | null },
): Promise<ImportResult> {
  const parsed = parsePlanDocument(input);
  if (!parsed.ok) {
    const n = parsed.problems.length;
    throw new AppError("invalid_plan", `The plan has ${n} problem${n === 1 ? "" : "s"}`, parsed.problems);
  }
  return storePlan(ctx, parsed.plan, options);
}

async function storePlan(
  ctx: AppContext,
  plan: PlanDocument,
  options: { replace: boolean; actor?: string | null },
): Promise<ImportResult> {
  const key = plan.actionPlan.key;
  try {
    // The history keeps the whole document as imported; a replaced plan's earlier state is in the
    // events before it (and in the import before that).
    const outcome = await savePlanDocument(ctx.database, plan, {
      replace: options.replace,
      afterSave: (tx, done) =>
        appendAuditEvents(tx, [
          {
            actor: options.actor ?? null,
            action: done === "created" ? "imported" : "replaced",
            planKey: key,
            entityType: "plan",
            entityKey: key,
            measureKey: null,
            before: null,
            after: plan,
          },
        ]),
    });
    return { key, title: plan.actionPlan.title, outcome };
  } catch (error) {
    if (error instanceof PlanExistsError) {
      throw new AppError("plan_exists", `A plan with the key "${key}" exists already; use --replace to replace it`);
    }
    throw error;
  } finally {
    ctx.plans.invalidate(key);
  }
}
