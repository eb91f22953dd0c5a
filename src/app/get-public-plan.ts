/**
 * A published plan as the public sees it (its page `/p/{orgKey}/{planKey}`): without the comments
 * its members marked internal. Not found unless the plan is published and belongs to that
 * organization, so an address tells nothing about a plan that is not public. Serialized once per
 * version of the plan, with its ETag.
 */
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import { getCachedPlan, planBody } from "./get-plan.js";
import type { SerializedBody } from "./plan-cache.js";
import { planAccessInfo } from "./publication.js";

export async function getPublicPlan(
  ctx: AppContext,
  organizationKey: string,
  planKey: string,
): Promise<SerializedBody> {
  const access = await planAccessInfo(ctx, planKey);
  if (access === null || !access.published || access.organizationKey !== organizationKey) {
    throw notFound("plan", planKey);
  }
  return planBody(await getCachedPlan(ctx, planKey), false);
}
