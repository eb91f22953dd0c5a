/**
 * The plan change feed: migration 0006 makes every write to an action plan's row send the plan's
 * key (or «*» for all, after a restore) on a channel when its transaction commits. Instances that
 * keep plans in memory follow the feed to forget what another instance changed.
 */
import type { Database, Listener } from "./connection.js";

export const PLAN_CHANGES_CHANNEL = "planspor_plan_changes";

export type PlanChange = { kind: "plan"; key: string } | { kind: "all" };

export type PlanChangeHandlers = {
  onChange(change: PlanChange): void;
  /** false: the feed is lost and changes may go unseen; true: it is back (what was missed is unknown). */
  onState(live: boolean): void;
};

/** Follows the feed; null when the database serves this process alone (PGlite) and needs none. */
export async function followPlanChanges(database: Database, handlers: PlanChangeHandlers): Promise<Listener | null> {
  if (database.listen === undefined) return null;
  return database.listen(
    PLAN_CHANGES_CHANNEL,
    (payload) => handlers.onChange(payload === "*" ? { kind: "all" } : { kind: "plan", key: payload }),
    handlers.onState,
  );
}
