import { loadVersionedPlan } from "../db/load-plan.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { withoutInternalComments } from "../domain/public-plan.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import type { CachedPlan, SerializedBody } from "./plan-cache.js";

/** One action plan in the interchange format, with its serialized JSON. */
export async function getCachedPlan(ctx: AppContext, key: string): Promise<CachedPlan> {
  const entry = await ctx.plans.get(key, () => loadVersionedPlan(ctx.database, key));
  if (entry === null) throw notFound("plan", key);
  return entry;
}

export async function getPlan(ctx: AppContext, key: string): Promise<PlanDocument> {
  return (await getCachedPlan(ctx, key)).plan;
}

/**
 * The plan's JSON as the reader may see it, serialized once per plan version: whole for members of
 * its organization, without the comments marked internal for everyone else.
 */
export function planBody(cached: CachedPlan, internal: boolean): SerializedBody {
  return internal ? cached.full : cached.view("public", withoutInternalComments);
}
