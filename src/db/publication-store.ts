/**
 * The SQL of publication: whether a plan is published (`action_plans.published_at`) and whose it
 * is, which every guarded request asks. Publication is not part of the plan document, so saving
 * or replacing a plan leaves it as it was.
 */
import { eq } from "drizzle-orm";
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

/** Every plan's organization and publication. */
export async function listPlanAccessRows(executor: Executor): Promise<PlanAccessRow[]> {
  return executor
    .select(columns)
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId));
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
