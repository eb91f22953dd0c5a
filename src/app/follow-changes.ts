/**
 * Keeps this instance's caches true to a database other instances write too: on a change to a
 * plan (told by the database's change feed when the write commits) the plan's cached document and
 * access are forgotten; while the feed is lost, nothing is cached.
 */

import { followPlanChanges } from "../db/change-feed.js";
import type { Listener } from "../db/connection.js";
import type { AppContext } from "./context.js";
import { forgetPlanAccess } from "./publication.js";

export async function followChanges(ctx: AppContext, onLost?: () => void): Promise<Listener | null> {
  return followPlanChanges(ctx.database, {
    onChange(change) {
      if (change.kind === "all") {
        ctx.plans.clear();
        forgetPlanAccess(ctx);
        return;
      }
      ctx.plans.invalidate(change.key);
      forgetPlanAccess(ctx, change.key);
    },
    onState(live) {
      ctx.plans.setLive(live);
      forgetPlanAccess(ctx);
      if (!live) onLost?.();
    },
  });
}
