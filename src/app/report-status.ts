import type { ReportInput } from "../domain/edit-schemas.js";
import type { PeriodKey, StatusReport } from "../domain/plan-schema.js";
import type { AppContext } from "./context.js";
import { editPlan, type WriteResult, type Writer } from "./edit-plan.js";

export type ReportAddress = { measureKey: string; activityKey: string | null; period: PeriodKey };

/**
 * Reports the status of a measure (or one of its activities) for a period: a new report, or one
 * that replaces the period's report the writer read (`version`; null when there was none).
 * The time is the server's; «reported by» is the name given, or else the writer's.
 */
export async function reportStatus(
  ctx: AppContext,
  planKey: string,
  address: ReportAddress,
  input: ReportInput,
  version: string | null,
  writer: Writer,
  now: Date = new Date(),
): Promise<WriteResult> {
  const report: StatusReport = {
    ...address,
    ...input,
    reportedBy: input.reportedBy ?? writer.name,
    reportedAt: now.toISOString(),
  };
  return editPlan(ctx, planKey, { op: "report", report }, { version }, writer);
}
