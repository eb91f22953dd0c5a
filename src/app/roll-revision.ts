/**
 * Rolling the plan: the next revision is made from the adopted current one and that year's
 * stored evaluations (`domain/roll-plan.ts`) and becomes the live plan, a draft. The adopted
 * revision stays as it was in `plan_revisions`. A draft cannot be rolled (`revision_not_adopted`):
 * the previous revision would be lost without the council's decision.
 */
import { appendAuditEvents, type NewAuditEvent } from "../db/audit-store.js";
import { replacePlanContents, withLockedPlan } from "../db/plan-writes.js";
import { frozenRevisionId, insertFrozenRevision } from "../db/revision-store.js";
import type { RollResult } from "../domain/revision-model.js";
import { rollPlan } from "../domain/roll-plan.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { versionOf } from "../domain/versions.js";
import { checkPlanVersion } from "./adopt-revision.js";
import type { AppContext } from "./context.js";
import type { Writer } from "./edit-plan.js";
import { AppError, notFound } from "./errors.js";
import { evaluationsOf } from "./evaluate.js";

export type RollOutcome = RollResult & { version: string };

export async function rollRevision(
  ctx: AppContext,
  planKey: string,
  input: { version: string; year: number },
  writer: Writer,
): Promise<RollOutcome> {
  try {
    const outcome = await withLockedPlan(ctx.database, planKey, async ({ tx, actionPlanId, plan }) => {
      checkPlanVersion(plan, input.version);
      const current = plan.actionPlan.revision;
      if (current.adoptedOn === null) {
        throw new AppError(
          "revision_not_adopted",
          `Revision ${current.number} is a draft; adopt it before rolling it into the next one`,
        );
      }
      if ((await frozenRevisionId(tx, actionPlanId, current.number)) === null) {
        // Adopted outside this flow (a plan imported or seeded as adopted): freeze it now, so the
        // previous revision is not lost when the live tables take the next one.
        await insertFrozenRevision(tx, actionPlanId, plan);
      }
      const result = rollPlan(plan, await evaluationsOf(tx, actionPlanId, input.year), { year: input.year });
      const parsed = parsePlanDocument(result.plan);
      if (!parsed.ok) throw new AppError("invalid_input", "The rolled plan is not valid", parsed.problems);
      await replacePlanContents(tx, actionPlanId, parsed.plan);
      await appendAuditEvents(tx, auditEvents(planKey, result, plan, writer));
      return { ...result, plan: parsed.plan, version: versionOf(parsed.plan) };
    });
    if (outcome === null) throw notFound("plan", planKey);
    return outcome.value;
  } finally {
    ctx.plans.invalidate(planKey);
  }
}

/**
 * One row for the roll itself and one per measure it closed, with the measure as it was and its
 * status reports: reports given after the adoption are not in the frozen copy (it stays as it
 * was adopted), so the history is where a closed measure's last reports are kept.
 */
function auditEvents(planKey: string, result: RollResult, before: RollResult["plan"], writer: Writer): NewAuditEvent[] {
  const measures = new Map(before.focusAreas.flatMap((a) => a.measures.map((m) => [m.key, m] as const)));
  return [
    {
      actor: writer.name,
      action: "rolled",
      planKey,
      entityType: "revision",
      entityKey: String(result.plan.actionPlan.revision.number),
      measureKey: null,
      before: before.actionPlan.revision,
      after: { revision: result.plan.actionPlan.revision, closed: result.closed, toEdit: result.toEdit },
    },
    ...result.closed.map((key) => ({
      actor: writer.name,
      action: "closed",
      planKey,
      entityType: "measure",
      entityKey: key,
      measureKey: key,
      before: {
        measure: measures.get(key) ?? null,
        statusReports: before.statusReports.filter((r) => r.measureKey === key),
      },
      after: null,
    })),
  ];
}
