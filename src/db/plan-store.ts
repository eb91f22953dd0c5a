/**
 * The plan store: whole plan documents in and out of the database, and the list of plans.
 * Saving and loading live in their own files; this module is the one to import.
 */
import { asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "./connection.js";
import { type PlanScope, planScopeCondition } from "./publication-store.js";
import * as t from "./schema/index.js";

export { loadPlanDocument } from "./load-plan.js";
export { PlanExistsError, PlanReferenceError } from "./plan-errors.js";
export { savePlanDocument } from "./save-plan.js";

export type PlanSummary = {
  key: string;
  title: string;
  organization: { key: string; name: string };
  firstYear: number;
  lastYear: number;
  revisionNumber: number;
  focusAreaCount: number;
  measureCount: number;
};

/**
 * The action plans, by organization and then by first year and title, with their sizes; only
 * those in `scope` when given (the sizes are counted for the plans listed, not for all).
 */
export async function listPlans(database: Database, scope?: PlanScope): Promise<PlanSummary[]> {
  const where = scope === undefined ? undefined : planScopeCondition(scope);
  if (scope !== undefined && where === undefined) return [];
  // Counted in subqueries rather than a join over both tables, which would multiply the counts.
  const focusAreaCount = sql<number>`(select count(*) from ${t.focusAreas} where ${t.focusAreas.actionPlanId} = ${t.actionPlans.id})::int`;
  const measureCount = sql<number>`(select count(*) from ${t.measures} where ${t.measures.actionPlanId} = ${t.actionPlans.id})::int`;
  const rows = await database.db
    .select({
      key: t.actionPlans.key,
      title: t.actionPlans.title,
      organizationKey: t.organizations.key,
      organizationName: t.organizations.name,
      firstYear: t.actionPlans.firstYear,
      lastYear: t.actionPlans.lastYear,
      revisionNumber: t.actionPlans.revisionNumber,
      focusAreaCount,
      measureCount,
    })
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId))
    .where(where)
    .orderBy(asc(t.organizations.name), asc(t.actionPlans.firstYear), asc(t.actionPlans.title), asc(t.actionPlans.key));
  return rows.map(({ organizationKey, organizationName, ...plan }) => ({
    key: plan.key,
    title: plan.title,
    organization: { key: organizationKey, name: organizationName },
    firstYear: plan.firstYear,
    lastYear: plan.lastYear,
    revisionNumber: plan.revisionNumber,
    focusAreaCount: Number(plan.focusAreaCount),
    measureCount: Number(plan.measureCount),
  }));
}

export async function countPlans(database: Database): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(t.actionPlans);
  return row?.n ?? 0;
}

/** Deletes the plan and everything in it (the organization and strategic plan stay). */
export async function deletePlan(database: Database, key: string): Promise<boolean> {
  const deleted = await database.db
    .delete(t.actionPlans)
    .where(eq(t.actionPlans.key, key))
    .returning({ id: t.actionPlans.id });
  return deleted.length > 0;
}
