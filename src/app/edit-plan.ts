/**
 * Every change to a plan goes through here: lock the plan, check the version the writer read,
 * apply the edit (pure, `domain/plan-edits.ts`), stop at references the edit would leave hanging
 * unless the writer confirmed, validate the whole plan, store it, and write the history — all in
 * one transaction, so a refused or failed write changes nothing.
 */
import { appendAuditEvents, type NewAuditEvent } from "../db/audit-store.js";
import { loadPlanDocumentIn } from "../db/load-plan.js";
import {
  replacePlanContents,
  touchPlan,
  withLockedPlan,
  withLockedPlanRow,
  writeStatusReport,
} from "../db/plan-writes.js";
import {
  applyEdit,
  currentValue,
  currentVersion,
  type EditResult,
  type PlanEdit,
  PlanEditError,
  statusReportKey,
} from "../domain/plan-edits.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { lostReferences, type Reference, targetId, withoutReferences } from "../domain/references.js";
import { checkStatusReport, formatJsonPath, type PlanProblem, parsePlanDocument } from "../domain/validate-plan.js";
import { versionOf } from "../domain/versions.js";
import { refuseAdopted } from "./adopt-revision.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";

/** Who is writing, for the history. Until accounts exist, the name the request gives. */
export type Writer = { name: string | null };

export type WriteOptions = {
  /** The version the writer read; null for a create or a first report. */
  version: string | null;
  /** Go ahead even though references to what is removed will be dropped. */
  confirm?: boolean;
};

export type WriteResult = { version: string | null; data: unknown };

const ACTION: Record<PlanEdit["op"], string> = {
  updateSettings: "updated",
  create: "created",
  update: "updated",
  delete: "deleted",
  reorder: "reordered",
  report: "reported",
};

export async function editPlan(
  ctx: AppContext,
  planKey: string,
  edit: PlanEdit,
  options: WriteOptions,
  writer: Writer,
): Promise<WriteResult> {
  if (edit.op === "report") return report(ctx, planKey, edit, options, writer);
  try {
    const outcome = await withLockedPlan(ctx.database, planKey, async ({ tx, actionPlanId, plan }) => {
      await refuseAdopted(tx, actionPlanId, plan);
      const result = asAppError(() => {
        checkVersion(plan, edit, options.version);
        return applyEdit(plan, edit);
      });
      const lost = lostReferences(plan, result.plan);
      if (lost.length > 0 && options.confirm !== true) throw referencesError(lost);
      const next = withoutReferences(result.plan, new Set(lost.map((r) => targetId(r.to))));
      const parsed = parsePlanDocument(next);
      if (!parsed.ok) throw invalidInput(parsed.problems, result.path);

      await replacePlanContents(tx, actionPlanId, parsed.plan);
      const events = [
        event(planKey, edit, result, writer),
        ...referrerEvents(planKey, result.plan, next, lost, writer),
      ];
      await appendAuditEvents(tx, events);
      return { version: result.after === null ? null : versionOf(result.after), data: result.after };
    });
    if (outcome === null) throw notFound("plan", planKey);
    return outcome.value;
  } finally {
    ctx.plans.invalidate(planKey);
  }
}

/**
 * A status report, written on its own: reports come in many at a time at the end of a period, and
 * must not cost the whole plan's validation and rewrite. Under the plan's lock, the plan is taken
 * from the cache when its version shows it current (else loaded), the version the reporter read is
 * checked, the report alone is checked against the plan, and only its rows are written (reports
 * are on the plan, not its content: they stay open on an adopted revision). The plan
 * as written then replaces the cached one, so the next read needs no load either.
 */
async function report(
  ctx: AppContext,
  planKey: string,
  edit: Extract<PlanEdit, { op: "report" }>,
  options: WriteOptions,
  writer: Writer,
): Promise<WriteResult> {
  let written: { plan: PlanDocument; version: number } | null = null;
  try {
    const outcome = await withLockedPlanRow(ctx.database, planKey, async ({ tx, actionPlanId, version }) => {
      const cached = ctx.plans.peek(planKey);
      const plan = cached?.version === version ? cached.plan : await loadPlanDocumentIn(tx, planKey);
      if (plan === null) throw notFound("plan", planKey);
      const result = asAppError(() => {
        checkVersion(plan, edit, options.version);
        return applyEdit(plan, edit);
      });
      const checked = checkStatusReport(plan, edit.report);
      if (!checked.ok) throw new AppError("invalid_input", problemsMessage(checked.problems), checked.problems);
      await writeStatusReport(tx, actionPlanId, checked.report);
      const newVersion = await touchPlan(tx, actionPlanId);
      await appendAuditEvents(tx, [event(planKey, edit, result, writer)]);
      written = { plan: result.plan, version: newVersion };
      return { version: result.after === null ? null : versionOf(result.after), data: result.after };
    });
    if (outcome === null) throw notFound("plan", planKey);
    return outcome.value;
  } finally {
    // After the commit (or the rollback): keep the plan as written, or forget what may be stale.
    if (written !== null) ctx.plans.put(planKey, written);
    else ctx.plans.invalidate(planKey);
  }
}

function checkVersion(plan: PlanDocument, edit: PlanEdit, version: string | null): void {
  if (edit.op === "create") return;
  const current = currentVersion(plan, edit);
  if (current === null && edit.op !== "report") {
    const what = edit.op === "updateSettings" || edit.op === "reorder" ? edit.op : edit.key;
    throw new AppError("not_found", `Nothing has the key "${what}"`);
  }
  if (current !== version) {
    throw new AppError(
      "version_conflict",
      "Someone else has changed this since you read it; here is what is there now",
      [],
      { current: current === null ? null : { version: current, data: currentValue(plan, edit) } },
    );
  }
}

/** Runs a step of the edit, turning what the domain refuses into the use cases' errors. */
function asAppError<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof PlanEditError)) throw error;
    const problems = error.field === null ? [] : [{ path: error.field, message: error.message, code: error.code }];
    if (error.code === "not_found") throw new AppError("not_found", error.message);
    if (error.code === "key_taken") throw new AppError("key_taken", error.message, problems);
    throw new AppError("invalid_input", error.message, problems);
  }
}

function referencesError(lost: Reference[]): AppError {
  const n = lost.length;
  return new AppError(
    "has_references",
    `${n} reference${n === 1 ? "" : "s"} would point at nothing; send "confirm": true to remove them as well`,
    [],
    { references: lost },
  );
}

/**
 * The problems with paths made relative to the edited thing where they lie inside it
 * (`$.focusAreas[2].title` → `title`), so that a form can show each beside its field.
 */
function invalidInput(problems: PlanProblem[], at: Array<string | number>): AppError {
  const prefix = formatJsonPath(at);
  const relative = problems.map((p) => {
    if (at.length > 0 && p.path.startsWith(prefix)) {
      const rest = p.path.slice(prefix.length).replace(/^\./, "");
      return { ...p, path: rest === "" ? "$" : rest };
    }
    return p;
  });
  return new AppError("invalid_input", problemsMessage(problems), relative);
}

function problemsMessage(problems: readonly PlanProblem[]): string {
  const n = problems.length;
  return `The data has ${n} problem${n === 1 ? "" : "s"}`;
}

function event(planKey: string, edit: PlanEdit, result: EditResult, writer: Writer): NewAuditEvent {
  return {
    actor: writer.name,
    action: ACTION[edit.op],
    planKey,
    entityType: result.target.entityType,
    entityKey: result.target.key,
    measureKey: result.target.measureKey,
    before: result.before,
    after: result.after,
  };
}

/** One history row for each other thing changed by dropping references to what went. */
function referrerEvents(
  planKey: string,
  before: PlanDocument,
  after: PlanDocument,
  lost: Reference[],
  writer: Writer,
): NewAuditEvent[] {
  const seen = new Map<string, Reference["from"]>();
  for (const { from } of lost) seen.set(`${from.entityType}:${from.key}`, from);
  return [...seen.values()].map((from) => {
    const lookup = (plan: PlanDocument): unknown => {
      switch (from.entityType) {
        case "statusReport":
          return plan.statusReports.find((r) => statusReportKey(r) === from.key) ?? null;
        case "relatedPlan":
          return plan.relatedPlans.find((r) => r.key === from.key) ?? null;
        case "flagship":
          return plan.flagships.find((f) => f.key === from.key) ?? null;
        default:
          return currentValue(plan, { op: "delete", collection: "measures", key: from.measureKey ?? from.key });
      }
    };
    const isActivity = from.entityType === "activity";
    const afterValue = lookup(after) ?? null;
    return {
      actor: writer.name,
      action: afterValue === null ? "deleted" : "updated",
      planKey,
      entityType: isActivity ? "measure" : from.entityType,
      entityKey: isActivity ? (from.measureKey ?? from.key) : from.key,
      measureKey: from.measureKey,
      before: lookup(before) ?? null,
      after: afterValue,
    };
  });
}
