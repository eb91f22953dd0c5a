/**
 * What of the plans a viewer may see (docs/ACCESS.md): their organizations' plans, and the
 * published ones. The lists that answer anyone (`filtered` routes: the plans, search, history)
 * are cut to these, so that an unpublished plan does not exist for those outside its organization.
 */
import type { AuditFilter } from "../db/audit-store.js";
import { listPlans } from "../db/plan-store.js";
import { listPlanAccessRows } from "../db/publication-store.js";
import { decide, roleIn, type Viewer } from "../domain/access.js";
import type { PlanSummary } from "../domain/plan-summary.js";
import type { AppContext } from "./context.js";
import { listPlanAccess } from "./publication.js";

/** A plan in the list, with whether (and since when) anyone may read it. */
export type VisiblePlan = PlanSummary & { published: boolean; publishedAt: string | null };

/** The plans the viewer may read, by key: their organizations' and the published ones. */
export async function readablePlanKeys(ctx: AppContext, viewer: Viewer): Promise<Set<string>> {
  return planKeysWhere(ctx, viewer, true);
}

/** The plans of the viewer's organizations (an installation admin's: all), by key. */
export async function memberPlanKeys(ctx: AppContext, viewer: Viewer): Promise<Set<string>> {
  return planKeysWhere(ctx, viewer, false);
}

async function planKeysWhere(ctx: AppContext, viewer: Viewer, withPublished: boolean): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const [planKey, target] of await listPlanAccess(ctx)) {
    if (decide(viewer, "read", target, withPublished).allowed) keys.add(planKey);
  }
  return keys;
}

/** The action plans the viewer may read, in the list's order, each with its publication. */
export async function listVisiblePlans(ctx: AppContext, viewer: Viewer): Promise<VisiblePlan[]> {
  const [plans, rows] = await Promise.all([listPlans(ctx.database), listPlanAccessRows(ctx.database.db)]);
  const access = new Map(rows.map((row) => [row.planKey, row]));
  const visible: VisiblePlan[] = [];
  for (const plan of plans) {
    const row = access.get(plan.key);
    if (row === undefined) continue;
    const published = row.publishedAt !== null;
    if (!decide(viewer, "read", { organizationKey: row.organizationKey, published }, true).allowed) continue;
    visible.push({ ...plan, published, publishedAt: row.publishedAt?.toISOString() ?? null });
  }
  return visible;
}

/**
 * What of the history the viewer may read: the events of their organizations' plans, and the
 * account events (no plan) of the organizations they administer; undefined (all of it) for an
 * installation admin, nothing for nobody signed in.
 */
export async function auditScope(ctx: AppContext, viewer: Viewer): Promise<AuditFilter["scope"]> {
  if (viewer.kind === "user" && viewer.installationAdmin) return undefined;
  const organizations = viewer.kind === "anonymous" ? [] : viewer.memberships.map((m) => m.organizationKey);
  return {
    planKeys: [...(await memberPlanKeys(ctx, viewer))],
    organizationKeys: organizations.filter((key) => roleIn(viewer, key) === "admin"),
  };
}
