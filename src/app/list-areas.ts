import { summarizeArea } from "../domain/measure-views.js";
import type { FocusArea } from "../domain/plan-schema.js";
import type { AreaSummary } from "../domain/read-models.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import { getPlan } from "./get-plan.js";

/** The plan's areas of both kinds, in the plan's order, with counts. */
export async function listAreas(ctx: AppContext, planKey: string): Promise<AreaSummary[]> {
  const plan = await getPlan(ctx, planKey);
  return plan.focusAreas.map(summarizeArea);
}

/** One area with its goals, strategies and measures. */
export async function getArea(ctx: AppContext, planKey: string, areaKey: string): Promise<FocusArea> {
  const plan = await getPlan(ctx, planKey);
  const area = plan.focusAreas.find((a) => a.key === areaKey);
  if (area === undefined) throw notFound("area", areaKey);
  return area;
}
