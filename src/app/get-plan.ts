import { loadPlanDocument } from "../db/plan-store.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import type { CachedPlan } from "./plan-cache.js";

/** One action plan in the interchange format, with its serialized JSON. */
export async function getCachedPlan(ctx: AppContext, key: string): Promise<CachedPlan> {
  const entry = await ctx.plans.get(key, () => loadPlanDocument(ctx.database, key));
  if (entry === null) throw notFound("plan", key);
  return entry;
}

export async function getPlan(ctx: AppContext, key: string): Promise<PlanDocument> {
  return (await getCachedPlan(ctx, key)).plan;
}
