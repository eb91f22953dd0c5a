/**
 * A plan narrowed to one area, for documents of one area: the area itself, the related plans
 * that link to it (with their other links dropped), and the status reports of its measures.
 * Everything else the area's measures refer to (actors, funding sources, flagships) stays, so the
 * narrowed plan is valid on its own.
 */
import type { PlanDocument } from "./plan-schema.js";

/** The plan with only the area `areaKey`, or null when the plan has no such area. */
export function planOfArea(plan: PlanDocument, areaKey: string): PlanDocument | null {
  const area = plan.focusAreas.find((a) => a.key === areaKey);
  if (area === undefined) return null;
  const measureKeys = new Set(area.measures.map((m) => m.key));
  const relatedPlans = plan.relatedPlans
    .map((related) => ({ ...related, links: related.links.filter((link) => link.focusAreaKey === areaKey) }))
    .filter((related) => related.links.length > 0);
  return {
    ...plan,
    focusAreas: [area],
    relatedPlans,
    statusReports: plan.statusReports.filter((report) => measureKeys.has(report.measureKey)),
  };
}
