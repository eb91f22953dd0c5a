import { listFlagshipViews } from "../domain/measure-views.js";
import type { FlagshipView } from "../domain/read-models.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";

/** The plan's flagship projects, each with the keys of its measures. */
export async function listFlagships(ctx: AppContext, planKey: string): Promise<FlagshipView[]> {
  return listFlagshipViews(await getPlan(ctx, planKey));
}
