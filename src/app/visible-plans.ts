/**
 * What of the plans a viewer may see (docs/ACCESS.md): their organizations' plans, and the
 * published ones. The lists that answer anyone (`filtered` routes: the plans, search, history)
 * are cut to these, so that an unpublished plan does not exist for those outside its organization.
 */
import type { AuditFilter } from "../db/audit-store.js";
import { listPlans } from "../db/plan-store.js";
import { listPlanAccessRows, type PlanScope } from "../db/publication-store.js";
import { decide, roleIn, type Viewer } from "../domain/access.js";
import type { PlanSummary } from "../domain/plan-summary.js";
import type { AppContext } from "./context.js";

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
  for (const row of await listPlanAccessRows(ctx.database.db, candidates(viewer, withPublished))) {
    const target = { organizationKey: row.organizationKey, published: row.publishedAt !== null };
    if (decide(viewer, "read", target, withPublished).allowed) keys.add(row.planKey);
  }
  return keys;
}

/**
 * The plans the viewer might read, for the database to narrow the list before `decide` settles
 * it: their organizations' and the published ones; undefined (all) for an installation admin.
 * Without it a member of one organization read and checked the rows of all 357.
 */
function candidates(viewer: Viewer, withPublished: boolean): PlanScope | undefined {
  if (viewer.kind === "user" && viewer.installationAdmin) return undefined;
  const organizationKeys = viewer.kind === "anonymous" ? [] : viewer.memberships.map((m) => m.organizationKey);
  return { organizationKeys, published: withPublished };
}

/** The action plans the viewer may read, in the list's order, each with its publication. */
export async function listVisiblePlans(ctx: AppContext, viewer: Viewer): Promise<VisiblePlan[]> {
  const scope = candidates(viewer, true);
  const [plans, rows] = await Promise.all([listPlans(ctx.database, scope), listPlanAccessRows(ctx.database.db, scope)]);
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
