/**
 * The change feeds (migration 0006): a write to an action plan's row sends the plan's key (or «*»
 * for all, after a restore), and a change to a user, a membership or an ended session sends the
 * user's id, when the transaction commits. Instances that keep plans or sessions in memory follow
 * the feeds to forget what another instance changed.
 */
import type { Database, Listener } from "./connection.js";

export const PLAN_CHANGES_CHANNEL = "planspor_plan_changes";
export const ACCOUNT_CHANGES_CHANNEL = "planspor_account_changes";

/** `version`: the plan's version after the write; null when it did not change (or the plan went). */
export type PlanChange = { kind: "plan"; key: string; version: number | null };
export type Change = PlanChange | { kind: "allPlans" } | { kind: "account"; userId: number };

export type ChangeHandlers = {
  onChange(change: Change): void;
  /** false: the feed is lost and changes may go unseen; true: it is back (what was missed is unknown). */
  onState(live: boolean): void;
};

/** Follows the feeds; null when the database serves this process alone (PGlite) and needs none. */
export async function followChanges(database: Database, handlers: ChangeHandlers): Promise<Listener | null> {
  if (database.listen === undefined) return null;
  return database.listen(
    [PLAN_CHANGES_CHANNEL, ACCOUNT_CHANGES_CHANNEL],
    (channel, payload) => {
      if (channel === ACCOUNT_CHANGES_CHANNEL) handlers.onChange({ kind: "account", userId: Number(payload) });
      else handlers.onChange(planChange(payload));
    },
    handlers.onState,
  );
}

/** `*`, `key` or `key version`, as the trigger writes them. */
function planChange(payload: string): Change {
  if (payload === "*") return { kind: "allPlans" };
  const [key = "", version] = payload.split(" ");
  return { kind: "plan", key, version: version === undefined ? null : Number(version) };
}
