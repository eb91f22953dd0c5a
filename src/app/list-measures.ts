import { filterMeasures, findMeasureView, listMeasureViews } from "../domain/measure-views.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { MeasureFilter, MeasureView } from "../domain/read-models.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { getPlan } from "./get-plan.js";

/** A filter naming an area, actor or flagship the plan lacks is a mistake worth saying, not an empty list. */
function checkFilterKeys(plan: PlanDocument, filter: MeasureFilter): void {
  const unknown = (parameter: string, value: string) =>
    new AppError("bad_request", `Query parameter "${parameter}": the plan has no ${parameter} "${value}"`);
  if (filter.area !== undefined && !plan.focusAreas.some((a) => a.key === filter.area)) {
    throw unknown("area", filter.area);
  }
  if (filter.actor !== undefined && !plan.actors.some((a) => a.key === filter.actor)) {
    throw unknown("actor", filter.actor);
  }
  if (filter.flagship !== undefined && !plan.flagships.some((f) => f.key === filter.flagship)) {
    throw unknown("flagship", filter.flagship);
  }
}

/** The measures of a plan that match every given filter, in the plan's order. */
export async function listMeasures(ctx: AppContext, planKey: string, filter: MeasureFilter): Promise<MeasureView[]> {
  const plan = await getPlan(ctx, planKey);
  checkFilterKeys(plan, filter);
  return filterMeasures(listMeasureViews(plan), filter);
}

export async function getMeasure(ctx: AppContext, planKey: string, measureKey: string): Promise<MeasureView> {
  const plan = await getPlan(ctx, planKey);
  const measure = findMeasureView(plan, measureKey);
  if (measure === undefined) throw notFound("measure", measureKey);
  return measure;
}
