import { type PlanBudget, planBudget } from "../domain/budget.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";

/** What the plan asks of the budget, year by year, with shared money counted once. */
export async function getBudget(ctx: AppContext, planKey: string): Promise<PlanBudget> {
  return planBudget(await getPlan(ctx, planKey));
}
