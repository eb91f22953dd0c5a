import { listPlans as listPlanRows } from "../db/plan-store.js";
import type { PlanSummary } from "../domain/plan-summary.js";
import type { AppContext } from "./context.js";

/** The action plans held, with their keys. */
export function listPlans(ctx: AppContext): Promise<PlanSummary[]> {
  return listPlanRows(ctx.database);
}
