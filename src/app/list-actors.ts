import type { Actor } from "../domain/plan-schema.js";
import type { AppContext } from "./context.js";
import { getPlan } from "./get-plan.js";

/** The units, political bodies and partners the plan names. */
export async function listActors(ctx: AppContext, planKey: string): Promise<Actor[]> {
  return (await getPlan(ctx, planKey)).actors;
}
