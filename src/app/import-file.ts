/**
 * Importing a file into an existing plan, in two steps with one format dispatcher: the preview
 * (parse, validate the whole plan, compare it with the stored one; nothing written) and the apply
 * (the same file again with the version of the plan the preview was made from: lock the plan,
 * refuse a stale version, parse and validate against the plan as it is now, store it and write the
 * history, in one transaction). Spreadsheets (xlsx, csv) change measures and activities; the
 * whole-plan formats (json, docx, stratml) replace the plan's contents under the same key.
 */
import { appendAuditEvents, type NewAuditEvent } from "../db/audit-store.js";
import { replacePlanContents, withLockedPlan } from "../db/plan-writes.js";
import type { ImportProblem, ParsedImport } from "../documents/import-result.js";
import type { ApplyResult, ImportFormat, ImportPreview, PreviewResult } from "../domain/import-model.js";
import { changesAnything, previewImport } from "../domain/import-preview.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { lostReferences, targetId, withoutReferences } from "../domain/references.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { versionOf } from "../domain/versions.js";
import { refuseAdopted } from "./adopt-revision.js";
import type { AppContext } from "./context.js";
import type { Writer } from "./edit-plan.js";
import { AppError, notFound } from "./errors.js";
import { getCachedPlan } from "./get-plan.js";

export { IMPORT_FORMATS, type ImportFormat } from "../domain/import-model.js";

/** The plan a file gives, checked whole, or every problem in it. Never throws for a bad file. */
export async function parseImportFile(
  format: ImportFormat,
  bytes: Uint8Array,
  current: PlanDocument,
): Promise<
  { ok: true; plan: PlanDocument; skipped: string[] } | { ok: false; problems: ImportProblem[]; skipped: string[] }
> {
  if (bytes.length === 0)
    return { ok: false, problems: [{ code: "empty_file", message: "The file is empty" }], skipped: [] };
  let parsed: ParsedImport;
  try {
    parsed = await dispatch(format, bytes, current);
  } catch (error) {
    // An importer should answer with problems; one that throws still must not take the request down.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ code: "unreadable", message: `The file could not be read: ${message}` }],
      skipped: [],
    };
  }
  if (!parsed.ok) return parsed;
  const input = format === "docx" || format === "stratml" ? withKey(parsed.plan, current.actionPlan.key) : parsed.plan;
  const checked = parsePlanDocument(input);
  if (!checked.ok) {
    const problems = checked.problems.map((p) => ({
      code: p.code ?? "invalid_value",
      message: p.message,
      path: p.path,
    }));
    return { ok: false, problems, skipped: parsed.skipped };
  }
  if (checked.plan.actionPlan.key !== current.actionPlan.key) {
    const message = `The file holds the plan «${checked.plan.actionPlan.key}», not «${current.actionPlan.key}»`;
    return {
      ok: false,
      problems: [{ code: "wrong_plan", message, path: "$.actionPlan.key" }],
      skipped: parsed.skipped,
    };
  }
  return { ok: true, plan: checked.plan, skipped: parsed.skipped };
}

async function dispatch(format: ImportFormat, bytes: Uint8Array, current: PlanDocument): Promise<ParsedImport> {
  switch (format) {
    case "xlsx":
    case "csv":
      return (await import("../documents/measures-import.js")).parseMeasuresFile(bytes, format, current);
    case "docx":
      return (await import("../documents/plan-docx-import.js")).parsePlanDocx(bytes, current);
    case "stratml":
      return (await import("../documents/stratml-import.js")).parseStratml(bytes, current);
    case "json": {
      let input: unknown;
      try {
        input = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
      } catch {
        return { ok: false, problems: [{ code: "not_json", message: "The file is not JSON" }], skipped: [] };
      }
      return { ok: true, plan: input as ParsedImport extends { plan: infer P } ? P : never, skipped: [] };
    }
  }
}

function withKey<T>(plan: T, key: string): T {
  const p = plan as { actionPlan?: { key?: string } };
  return p.actionPlan === undefined ? plan : ({ ...p, actionPlan: { ...p.actionPlan, key } } as T);
}

function invalidFile(problems: ImportProblem[], skipped: string[]): AppError {
  const n = problems.length;
  return new AppError("invalid_input", `The file has ${n} problem${n === 1 ? "" : "s"}; nothing was changed`, [], {
    problems,
    skipped,
  });
}

/** What importing the file would change; throws `invalid_input` with every problem by row and column. */
export async function previewImportFile(
  ctx: AppContext,
  planKey: string,
  format: ImportFormat,
  bytes: Uint8Array,
): Promise<PreviewResult> {
  const { plan } = await getCachedPlan(ctx, planKey);
  const parsed = await parseImportFile(format, bytes, plan);
  if (!parsed.ok) throw invalidFile(parsed.problems, parsed.skipped);
  const next = withoutLost(plan, parsed.plan);
  const preview = previewImport(plan, next);
  return { format, version: versionOf(plan), preview, changes: changesAnything(preview), skipped: parsed.skipped };
}

/** References to what the import removes (reports of a removed measure, say) go with it, as the preview showed. */
function withoutLost(before: PlanDocument, after: PlanDocument): PlanDocument {
  const lost = lostReferences(before, after);
  return withoutReferences(after, new Set(lost.map((r) => targetId(r.to))));
}

/** Applies the file to the plan if the plan is still at `version`; all or nothing. */
export async function applyImportFile(
  ctx: AppContext,
  planKey: string,
  format: ImportFormat,
  bytes: Uint8Array,
  version: string,
  writer: Writer,
): Promise<ApplyResult> {
  try {
    const outcome = await withLockedPlan(ctx.database, planKey, async ({ tx, actionPlanId, plan }) => {
      await refuseAdopted(tx, actionPlanId, plan);
      const current = versionOf(plan);
      if (current !== version) {
        throw new AppError(
          "version_conflict",
          "The plan has changed since the preview was made; make a new preview",
          [],
          { current: { version: current, data: null } },
        );
      }
      const parsed = await parseImportFile(format, bytes, plan);
      if (!parsed.ok) throw invalidFile(parsed.problems, parsed.skipped);
      const checked = parsePlanDocument(withoutLost(plan, parsed.plan));
      if (!checked.ok)
        throw invalidFile(
          checked.problems.map((p) => ({ ...p, code: p.code ?? "invalid_value" })),
          [],
        );
      const next = checked.plan;
      const preview = previewImport(plan, next);
      await replacePlanContents(tx, actionPlanId, next);
      await appendAuditEvents(tx, auditEvents(planKey, format, plan, next, preview, writer));
      return { version: versionOf(next), preview, skipped: parsed.skipped };
    });
    if (outcome === null) throw notFound("plan", planKey);
    return outcome.value;
  } finally {
    ctx.plans.invalidate(planKey);
  }
}

/** One history row per measure created, changed or deleted, and one for the import itself. */
function auditEvents(
  planKey: string,
  format: ImportFormat,
  before: PlanDocument,
  after: PlanDocument,
  preview: ImportPreview,
  writer: Writer,
): NewAuditEvent[] {
  const measures = (plan: PlanDocument) => new Map(plan.focusAreas.flatMap((a) => a.measures.map((m) => [m.key, m])));
  const old = measures(before);
  const now = measures(after);
  const events: NewAuditEvent[] = [];
  for (const area of preview.areas) {
    for (const m of area.measures) {
      const changedActivities = m.activities.some((a) => a.change !== "unchanged");
      if (m.change === "unchanged" && !changedActivities && m.fields.length === 0) continue;
      const action = m.change === "new" ? "created" : m.change === "removed" ? "deleted" : "updated";
      events.push({
        actor: writer.name,
        action,
        planKey,
        entityType: "measure",
        entityKey: m.key,
        measureKey: m.key,
        before: old.get(m.key) ?? null,
        after: now.get(m.key) ?? null,
      });
    }
  }
  events.push({
    actor: writer.name,
    action: "imported",
    planKey,
    entityType: "plan",
    entityKey: planKey,
    measureKey: null,
    before: null,
    after: format === "xlsx" || format === "csv" ? { format, counts: preview.counts } : { format, plan: after },
  });
  return events;
}
