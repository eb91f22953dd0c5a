import { type PlanDashboard, planDashboard } from "../domain/dashboard.js";
import type { PeriodKey } from "../domain/plan-schema.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";
import { periodToShow } from "./get-reporting-round.js";

/** The plan at a glance for a reporting period (default: the period of today). */
export async function getDashboard(
  ctx: AppContext,
  planKey: string,
  options: { period?: PeriodKey; today?: string } = {},
): Promise<PlanDashboard> {
  const plan = await getPlan(ctx, planKey);
  return planDashboard(plan, periodToShow(plan, options.period, options.today));
}
