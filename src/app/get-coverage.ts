import { type PlanCoverage, planCoverage } from "../domain/coverage.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";

/** Which areas, sub-goals and strategies have something at work in each year of the plan period. */
export async function getCoverage(ctx: AppContext, planKey: string): Promise<PlanCoverage> {
  return planCoverage(await getPlan(ctx, planKey));
}
