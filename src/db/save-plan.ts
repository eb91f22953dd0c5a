/**
 * Writing a whole plan document in one transaction: the organization and strategic plan are
 * upserted by key, the plan row is created or (with `replace`) kept and emptied, and then its
 * contents are inserted afresh (`insert-plan-contents.ts`).
 */
import { eq, sql } from "drizzle-orm";
import type { PlanDocument, StrategicPlan } from "../domain/plan-schema.js";
import type { Database, DatabaseTransaction as Transaction } from "./connection.js";
import { insertPlanContents } from "./insert-plan-contents.js";
import { PlanExistsError } from "./plan-errors.js";
import * as t from "./schema/index.js";
import { rebuildSearchEntries } from "./search-entries.js";

export async function savePlanDocument(
  database: Database,
  plan: PlanDocument,
  options: {
    replace: boolean;
    /** Runs in the same transaction once the plan is written (to record it in the history). */
    afterSave?: (tx: Transaction, outcome: "created" | "replaced") => Promise<void>;
  },
): Promise<"created" | "replaced"> {
  return database.db.transaction(async (tx) => {
    const outcome = await writePlan(tx, plan, options);
    await options.afterSave?.(tx, outcome);
    return outcome;
  });
}

async function writePlan(
  tx: Transaction,
  plan: PlanDocument,
  options: { replace: boolean },
): Promise<"created" | "replaced"> {
  const organizationId = await upsertOrganization(tx, plan);
  const strategicPlanId =
    plan.strategicPlan === null ? null : await upsertStrategicPlan(tx, organizationId, plan.strategicPlan);
  const fields = actionPlanFields(plan, organizationId, strategicPlanId);
  // ON CONFLICT DO NOTHING rather than a prior SELECT, so that two concurrent creates of one key
  // give one plan and one PlanExistsError instead of a unique violation.
  const [created] = await tx
    .insert(t.actionPlans)
    .values(fields)
    .onConflictDoNothing({ target: t.actionPlans.key })
    .returning({ id: t.actionPlans.id });
  if (created !== undefined) {
    await writeContents(tx, created.id, plan);
    return "created";
  }
  if (!options.replace) throw new PlanExistsError(plan.actionPlan.key);
  // The plan row stays (its id, created_at and version carry over); only its contents are new.
  const [existing] = await tx
    .update(t.actionPlans)
    .set({ ...fields, updatedAt: sql`now()`, version: sql`${t.actionPlans.version} + 1` })
    .where(eq(t.actionPlans.key, plan.actionPlan.key))
    .returning({ id: t.actionPlans.id });
  if (existing === undefined) throw new PlanExistsError(plan.actionPlan.key);
  await deleteContents(tx, existing.id);
  await writeContents(tx, existing.id, plan);
  return "replaced";
}

/**
 * Writes an edited plan over its stored contents inside the caller's transaction (which holds the
 * plan's lock): the plan row keeps its id and gets the new settings; everything below is new.
 */
export async function replacePlanContents(tx: Transaction, actionPlanId: number, plan: PlanDocument): Promise<void> {
  const { organizationId: _o, strategicPlanId: _s, ...fields } = actionPlanFields(plan, 0, null);
  await tx
    .update(t.actionPlans)
    .set({ ...fields, updatedAt: sql`now()`, version: sql`${t.actionPlans.version} + 1` })
    .where(eq(t.actionPlans.id, actionPlanId));
  await deleteContents(tx, actionPlanId);
  await writeContents(tx, actionPlanId, plan);
}

/** The plan's rows and, derived from the same document, its search entries: every write path comes here. */
async function writeContents(tx: Transaction, actionPlanId: number, plan: PlanDocument): Promise<void> {
  await insertPlanContents(tx, actionPlanId, plan);
  await rebuildSearchEntries(tx, actionPlanId, plan);
}

async function upsertOrganization(tx: Transaction, plan: PlanDocument): Promise<number> {
  const { key, name, kind, officialNumber } = plan.organization;
  const [row] = await tx
    .insert(t.organizations)
    .values({ key, name, kind, officialNumber })
    .onConflictDoUpdate({ target: t.organizations.key, set: { name, kind, officialNumber } })
    .returning({ id: t.organizations.id });
  if (row === undefined) throw new Error(`The organization «${key}» could not be saved`);
  return row.id;
}

async function upsertStrategicPlan(tx: Transaction, organizationId: number, plan: StrategicPlan): Promise<number> {
  const { key, title, firstYear, lastYear } = plan;
  const [row] = await tx
    .insert(t.strategicPlans)
    .values({ organizationId, key, title, firstYear, lastYear })
    .onConflictDoUpdate({
      target: [t.strategicPlans.organizationId, t.strategicPlans.key],
      set: { title, firstYear, lastYear },
    })
    .returning({ id: t.strategicPlans.id });
  if (row === undefined) throw new Error(`The strategic plan «${key}» could not be saved`);
  return row.id;
}

function actionPlanFields(plan: PlanDocument, organizationId: number, strategicPlanId: number | null) {
  const a = plan.actionPlan;
  return {
    key: a.key,
    organizationId,
    strategicPlanId,
    title: a.title,
    firstYear: a.firstYear,
    lastYear: a.lastYear,
    introduction: a.introduction,
    flagshipIntroduction: a.flagshipIntroduction,
    relatedPlansIntroduction: a.relatedPlansIntroduction,
    revisionNumber: a.revision.number,
    adoptedOn: a.revision.adoptedOn,
    decisionRef: a.revision.decisionRef,
    levelNames: a.levelNames,
    reporting: a.reporting,
  } satisfies typeof t.actionPlans.$inferInsert;
}

/**
 * Deleting the top-level rows cascades to everything beneath them; the order matters only for
 * funding sources and actors, which rows elsewhere reference without cascading from them.
 */
async function deleteContents(tx: Transaction, actionPlanId: number): Promise<void> {
  for (const table of [t.statusReports, t.relatedPlans, t.focusAreas, t.itemKeys, t.flagships]) {
    await tx.delete(table).where(eq(table.actionPlanId, actionPlanId));
  }
  await tx.delete(t.fundingSources).where(eq(t.fundingSources.actionPlanId, actionPlanId));
  await tx.delete(t.actors).where(eq(t.actors.actionPlanId, actionPlanId));
}
