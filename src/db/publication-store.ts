/**
 * The SQL of publication: whether a plan is published (`action_plans.published_at`) and whose it
 * is, which every guarded request asks. Publication is not part of the plan document, so saving
 * or replacing a plan leaves it as it was.
 */
import { eq, inArray, isNotNull, or, type SQL } from "drizzle-orm";
import type { Database, DatabaseTransaction } from "./connection.js";
import * as t from "./schema/index.js";

type Executor = DatabaseTransaction | Database["db"];

export type PlanAccessRow = { planKey: string; organizationKey: string; publishedAt: Date | null };

const columns = {
  planKey: t.actionPlans.key,
  organizationKey: t.organizations.key,
  publishedAt: t.actionPlans.publishedAt,
};

/** One plan's organization and publication; undefined when no plan has the key. */
export async function findPlanAccess(executor: Executor, planKey: string): Promise<PlanAccessRow | undefined> {
  const [row] = await executor
    .select(columns)
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId))
    .where(eq(t.actionPlans.key, planKey));
  return row;
}

/**
 * Which plans a list may hold: those of these organizations, and (with `published`) the published
 * ones. Said in SQL so that a member of one organization does not read every other's rows.
 */
export type PlanScope = { organizationKeys: readonly string[]; published: boolean };

/** The condition for a scope; undefined when it admits no plan. */
export function planScopeCondition(scope: PlanScope): SQL | undefined {
  const parts: SQL[] = [];
  if (scope.organizationKeys.length > 0) parts.push(inArray(t.organizations.key, [...scope.organizationKeys]));
  if (scope.published) parts.push(isNotNull(t.actionPlans.publishedAt));
  return or(...parts);
}

/** Every plan's organization and publication, or only those in `scope`. */
export async function listPlanAccessRows(executor: Executor, scope?: PlanScope): Promise<PlanAccessRow[]> {
  const where = scope === undefined ? undefined : planScopeCondition(scope);
  if (scope !== undefined && where === undefined) return [];
  return executor
    .select(columns)
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId))
    .where(where);
}

/**
 * Publishes the plan at `at` (keeping an earlier publication's time when it is published already)
 * or, with null, withdraws it. The row as it was before, or undefined when no plan has the key.
 */
export async function writePublication(
  tx: DatabaseTransaction,
  planKey: string,
  at: Date | null,
): Promise<{ before: PlanAccessRow; after: PlanAccessRow } | undefined> {
  const [row] = await tx
    .select({ ...columns, id: t.actionPlans.id })
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId))
    .where(eq(t.actionPlans.key, planKey))
    .for("update", { of: t.actionPlans });
  if (row === undefined) return undefined;
  const { id, ...before } = row;
  const publishedAt = at === null ? null : (before.publishedAt ?? at);
  if (publishedAt !== before.publishedAt) {
    await tx.update(t.actionPlans).set({ publishedAt }).where(eq(t.actionPlans.id, id));
  }
  return { before, after: { ...before, publishedAt } };
}
