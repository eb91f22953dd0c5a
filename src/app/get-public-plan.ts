/**
 * A published plan as the public sees it (its page `/p/{orgKey}/{planKey}`): without the comments
 * its members marked internal. Not found unless the plan is published and belongs to that
 * organization, so an address tells nothing about a plan that is not public.
 */
import type { PlanDocument } from "../domain/plan-schema.js";
import { withoutInternalComments } from "../domain/public-plan.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import { getCachedPlan } from "./get-plan.js";
import { planAccessInfo } from "./publication.js";

export async function getPublicPlan(ctx: AppContext, organizationKey: string, planKey: string): Promise<PlanDocument> {
  const access = await planAccessInfo(ctx, planKey);
  if (access === null || !access.published || access.organizationKey !== organizationKey) {
    throw notFound("plan", planKey);
  }
  return withoutInternalComments((await getCachedPlan(ctx, planKey)).plan);
}
