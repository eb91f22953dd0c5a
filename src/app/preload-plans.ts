import type { AppContext } from "./context.js";
import { getCachedPlan } from "./get-plan.js";
import { listPlans } from "./list-plans.js";

/** How many plans are loaded at start: an installation of hundreds would otherwise load them all. */
export const PRELOADED_PLANS = 20;

/**
 * Fills the plan cache with the first plans, so that the first reader after a start does not wait
 * for the assembly. The others load at their first read (tens of milliseconds).
 */
export async function preloadPlans(ctx: AppContext): Promise<void> {
  for (const plan of (await listPlans(ctx)).slice(0, PRELOADED_PLANS)) await getCachedPlan(ctx, plan.key);
}
