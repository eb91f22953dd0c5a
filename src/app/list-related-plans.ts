import type { RelatedPlan } from "../domain/plan-schema.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";

/** Other plans' measures that serve this plan's areas, sub-goals and strategies. */
export async function listRelatedPlans(ctx: AppContext, planKey: string): Promise<RelatedPlan[]> {
  return (await getPlan(ctx, planKey)).relatedPlans;
}
