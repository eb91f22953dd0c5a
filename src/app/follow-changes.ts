/**
 * Keeps this instance's caches true to a database other instances write too: on a change to a
 * plan (told by the database's change feed when the write commits) the plan's cached document and
 * access are forgotten, on a change to accounts the cached sessions; while the feed is lost,
 * nothing is cached.
 */
import { followChanges as followDatabaseChanges } from "../db/change-feed.js";
import type { Listener } from "../db/connection.js";
import type { AppContext } from "./context.js";
import { forgetPlanAccess } from "./publication.js";
import { forgetSessions, setSessionsLive } from "./session-cache.js";

export async function followChanges(ctx: AppContext, onLost?: () => void): Promise<Listener | null> {
  return followDatabaseChanges(ctx.database, {
    onChange(change) {
      switch (change.kind) {
        case "plan":
          // A version this instance holds already (its own write, kept at once) needs no reload.
          ctx.plans.invalidate(change.key, change.version);
          forgetPlanAccess(ctx, change.key);
          return;
        case "allPlans":
          ctx.plans.clear();
          forgetPlanAccess(ctx);
          return;
        case "account":
          forgetSessions(ctx.database);
          return;
      }
    },
    onState(live) {
      ctx.plans.setLive(live);
      setSessionsLive(ctx.database, live);
      forgetPlanAccess(ctx);
      if (!live) onLost?.();
    },
  });
}
