/**
 * What a published plan shows to those outside its organization: everything but the comments its
 * members marked internal (`statusReports[].commentInternal`). Pure, so the public route, the
 * public page and the tests remove the same thing the same way.
 */
import type { PlanDocument } from "./plan-schema.js";

/**
 * The plan without its internal comments: each report marked internal keeps its status, values
 * and the rest, but its comment becomes null (and the mark false, as nothing internal is left).
 * Nothing else changes; a plan without internal comments comes back as the same object.
 */
export function withoutInternalComments(plan: PlanDocument): PlanDocument {
  if (!plan.statusReports.some((r) => r.commentInternal)) return plan;
  return {
    ...plan,
    statusReports: plan.statusReports.map((r) =>
      r.commentInternal ? { ...r, comment: null, commentInternal: false } : r,
    ),
  };
}
