/**
 * A revision's document and the comparison of two revisions. An adopted revision is read from
 * its frozen copy in `plan_revisions`; the current revision, while a draft, is the live plan.
 */
import { frozenRevisions } from "../db/revision-store.js";
import { compareRevisions as compareDocuments } from "../domain/compare-revisions.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { RevisionComparison } from "../domain/revision-model.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { getPlan } from "./get-plan.js";

/** The document of revision `number`: its frozen copy, or the live plan while that is the draft. */
export async function getRevisionDocument(ctx: AppContext, planKey: string, number: number): Promise<PlanDocument> {
  const frozen = await frozenRevisions(ctx.database, planKey, number);
  if (frozen === null) throw notFound("plan", planKey);
  if (frozen[0] !== undefined) return frozen[0].document;
  const live = await getPlan(ctx, planKey);
  if (live.actionPlan.revision.number === number) return live;
  throw new AppError("not_found", `The plan "${planKey}" has no revision ${number}`);
}

export async function compareRevisions(
  ctx: AppContext,
  planKey: string,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  const before = await getRevisionDocument(ctx, planKey, from);
  const after = await getRevisionDocument(ctx, planKey, to);
  return compareDocuments(before, after);
}
