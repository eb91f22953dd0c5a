import type { AppContext } from "./context.js";
import { getCachedPlan } from "./get-plan.js";
import { listPlans } from "./list-plans.js";

/** Fills the plan cache, so that the first reader after a start does not wait for the assembly. */
export async function preloadPlans(ctx: AppContext): Promise<void> {
  for (const plan of await listPlans(ctx)) await getCachedPlan(ctx, plan.key);
}
