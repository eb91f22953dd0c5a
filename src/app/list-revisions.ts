/**
 * The plan's revisions on a line (the history view): every adopted revision from its frozen copy,
 * then the current one if it is still a draft, each with what changed against the one before.
 */
import { frozenRevisions } from "../db/revision-store.js";
import { compareRevisions } from "../domain/compare-revisions.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { RevisionSummary } from "../domain/revision-model.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import { getPlan } from "./get-plan.js";

export async function listRevisions(ctx: AppContext, planKey: string): Promise<RevisionSummary[]> {
  const frozen = await frozenRevisions(ctx.database, planKey);
  if (frozen === null) throw notFound("plan", planKey);
  const live = await getPlan(ctx, planKey);
  const line: Array<{ summary: Omit<RevisionSummary, "changes">; document: PlanDocument }> = frozen.map((r) => ({
    summary: {
      number: r.number,
      status: "adopted",
      adoptedOn: r.adoptedOn,
      decisionRef: r.decisionRef,
      adoptedAt: r.adoptedAt.toISOString(),
    },
    document: r.document,
  }));
  const current = live.actionPlan.revision;
  if (!frozen.some((r) => r.number === current.number)) {
    // The live revision not frozen is a draft, and editable, even when the file it came from gave an
    // adoption date (imported or seeded): it is read-only, and «adopted» here, only once adopted in Planspor.
    line.push({
      summary: {
        number: current.number,
        status: "draft",
        adoptedOn: current.adoptedOn,
        decisionRef: current.decisionRef,
        adoptedAt: null,
      },
      document: live,
    });
  }
  return line.map(({ summary, document }, i) => {
    const previous = line[i - 1];
    return {
      ...summary,
      changes: previous === undefined ? null : compareRevisions(previous.document, document).counts,
    };
  });
}
