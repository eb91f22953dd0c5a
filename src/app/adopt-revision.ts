/**
 * Adopting the plan's current revision: the council's decision date and case number are set on
 * the live plan and a frozen copy of the whole document is stored in `plan_revisions`, in the same
 * locked transaction as every edit. From then on the revision is read-only (`revision_adopted`)
 * until it is rolled into the next one; status reports stay open.
 *
 * «Adopted» for the read-only rule means adopted here, with a frozen copy, not merely an
 * `adoptedOn` in the document: plans are imported and seeded with the adoption they already had
 * (the test plans among them) and have always been editable; they become read-only once adopted
 * through this flow (or rolled, which freezes them first).
 */
import { appendAuditEvents } from "../db/audit-store.js";
import type { DatabaseTransaction } from "../db/connection.js";
import { replacePlanContents, withLockedPlan } from "../db/plan-writes.js";
import { frozenRevisionId, insertFrozenRevision } from "../db/revision-store.js";
import type { PlanDocument, Revision } from "../domain/plan-schema.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { versionOf } from "../domain/versions.js";
import type { AppContext } from "./context.js";
import type { Writer } from "./edit-plan.js";
import { AppError, notFound } from "./errors.js";

export type AdoptInput = { version: string; adoptedOn: string; decisionRef: string | null };

/**
 * Refuses a write to the content of a plan whose current revision is adopted (frozen): it is the
 * council's decision and stays as it was; changes go into the next revision, made by the roll.
 * Called inside the write's locked transaction by edits and imports; status reports skip it.
 */
export async function refuseAdopted(tx: DatabaseTransaction, actionPlanId: number, plan: PlanDocument): Promise<void> {
  const { revision } = plan.actionPlan;
  if ((await frozenRevisionId(tx, actionPlanId, revision.number)) === null) return;
  throw new AppError(
    "revision_adopted",
    `Revision ${revision.number} was adopted on ${revision.adoptedOn} and is read-only; roll it to make a draft`,
  );
}

/** Refuses a plan changed since the writer read it (the whole plan's version, as imports do). */
export function checkPlanVersion(plan: PlanDocument, version: string): void {
  const current = versionOf(plan);
  if (current === version) return;
  throw new AppError("version_conflict", "Someone else has changed the plan since you read it", [], {
    current: { version: current, data: null },
  });
}

export async function adoptRevision(
  ctx: AppContext,
  planKey: string,
  input: AdoptInput,
  writer: Writer,
): Promise<{ version: string; revision: Revision }> {
  try {
    const outcome = await withLockedPlan(ctx.database, planKey, async ({ tx, actionPlanId, plan }) => {
      checkPlanVersion(plan, input.version);
      const before = plan.actionPlan.revision;
      if ((await frozenRevisionId(tx, actionPlanId, before.number)) !== null) {
        throw new AppError("revision_adopted", `Revision ${before.number} of this plan was adopted already`);
      }
      const revision = { number: before.number, adoptedOn: input.adoptedOn, decisionRef: input.decisionRef };
      const parsed = parsePlanDocument({ ...plan, actionPlan: { ...plan.actionPlan, revision } });
      if (!parsed.ok) throw new AppError("invalid_input", "The adoption is not valid", parsed.problems);
      const next = parsed.plan;
      await replacePlanContents(tx, actionPlanId, next);
      await insertFrozenRevision(tx, actionPlanId, next);
      await appendAuditEvents(tx, [
        {
          actor: writer.name,
          action: "adopted",
          planKey,
          entityType: "revision",
          entityKey: String(revision.number),
          measureKey: null,
          before,
          after: next.actionPlan.revision,
        },
      ]);
      return { version: versionOf(next), revision: next.actionPlan.revision };
    });
    if (outcome === null) throw notFound("plan", planKey);
    return outcome.value;
  } finally {
    ctx.plans.invalidate(planKey);
  }
}
