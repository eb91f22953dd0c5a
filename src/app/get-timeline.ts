import type { PlanDocument } from "../domain/plan-schema.js";
import { type PlanTimeline, planTimeline, type TimelineFilter } from "../domain/timeline.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";
import { getPlan } from "./get-plan.js";

/**
 * A unit or flagship the plan does not have is a mistake worth saying, not an empty timeline: each
 * is named by its query parameter, so a form can show the problem beside its field.
 */
function checkFilterKeys(plan: PlanDocument, filter: TimelineFilter): void {
  const problems = [];
  if (filter.unit && !plan.actors.some((a) => a.key === filter.unit)) {
    problems.push({ path: "unit", message: `The plan has no actor "${filter.unit}"`, code: "unknown_key" });
  }
  if (filter.flagship && !plan.flagships.some((f) => f.key === filter.flagship)) {
    problems.push({ path: "flagship", message: `The plan has no flagship "${filter.flagship}"`, code: "unknown_key" });
  }
  if (problems.length > 0) {
    throw new AppError(
      "invalid_input",
      problems.map((p) => `Query parameter "${p.path}": ${p.message}`).join("; "),
      problems,
    );
  }
}

/** Every measure and activity of a plan on the period's time axis, by area, filtered by unit and flagship. */
export async function getTimeline(
  ctx: AppContext,
  planKey: string,
  filter: TimelineFilter = {},
): Promise<PlanTimeline> {
  const plan = await getPlan(ctx, planKey);
  checkFilterKeys(plan, filter);
  return planTimeline(plan, filter);
}
