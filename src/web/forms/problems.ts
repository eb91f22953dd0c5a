/**
 * Problems with what a person typed, from three places that are shown the same way: the zod
 * schemas (the same the server uses), the plan's reference rules (`checkPlanReferences` on the
 * plan with the edit applied) and the server's 400 answer. Each has a path relative to the data
 * edited (`title`, `indicators[0].target`), or `$.…` for elsewhere in the plan.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import { applyEdit, type PlanEdit, PlanEditError } from "../../domain/plan-edits.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { lostReferences, targetId, withoutReferences } from "../../domain/references.js";
import { checkPlanReferences, formatJsonPath } from "../../domain/validate-plan.js";

export type Problem = {
  path: string;
  code: string;
  /** The message as the schema or server gave it (English); shown only when nothing better is known. */
  message: string;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
};

/** `$.indicators[0].target` → `indicators[0].target`; `$` → ``. */
function relative(path: string): string {
  return path === "$" ? "" : path.startsWith("$.") ? path.slice(2) : path;
}

function numeric(value: unknown): number | undefined {
  return typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : undefined;
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as Record<string, unknown>;
    return {
      path: relative(formatJsonPath(issue.path)),
      code: issue.code,
      message: issue.message,
      origin: typeof raw.origin === "string" ? raw.origin : undefined,
      expected: typeof raw.expected === "string" ? raw.expected : undefined,
      format: typeof raw.format === "string" ? raw.format : undefined,
      minimum: numeric(raw.minimum),
      maximum: numeric(raw.maximum),
    };
  });
}

export function serverProblems(problems: Array<{ path: string; message: string; code?: string }>): Problem[] {
  return problems.map((p) => ({ path: relative(p.path), code: p.code ?? "invalid_value", message: p.message }));
}

/**
 * The reference problems the edit would bring into the plan: duplicate keys, unknown references,
 * numbers used twice. References the edit removes (and the server drops on confirmation) are not
 * problems. Paths inside the edited thing become relative to it.
 */
export function referenceProblems(plan: PlanDocument, edit: PlanEdit): Problem[] {
  let result: ReturnType<typeof applyEdit>;
  try {
    result = applyEdit(plan, edit);
  } catch (error) {
    if (error instanceof PlanEditError) {
      return [{ path: error.field ?? "", code: error.code, message: error.message }];
    }
    throw error;
  }
  if (result.path.length === 0) return [];
  const lost = new Set(lostReferences(plan, result.plan).map((r) => targetId(r.to)));
  const after = withoutReferences(result.plan, lost);
  const had = new Set(checkPlanReferences(plan).map((p) => `${p.path} ${p.code}`));
  const prefix = formatJsonPath(result.path);
  return checkPlanReferences(after)
    .filter((p) => !had.has(`${p.path} ${p.code}`))
    .map((p) => {
      const inside = p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`);
      const path = !inside ? p.path : p.path === prefix ? "" : relative(`$${p.path.slice(prefix.length)}`);
      return { path, code: p.code ?? "invalid_reference", message: p.message };
    });
}

const lastSegment = (path: string) =>
  path
    .replace(/\[\d+\]$/, "")
    .split(".")
    .pop() ?? "";

/** The problem in the reader's language. */
export function problemMessage(t: TFunction, problem: Problem): string {
  const field = lastSegment(problem.path);
  switch (problem.code) {
    case "too_small":
      if (problem.origin === "string") return t("edit.problems.required");
      if (problem.origin === "array") return t("edit.problems.tooFewItems", { minimum: problem.minimum ?? 1 });
      return t("edit.problems.tooSmall", { minimum: problem.minimum ?? 0 });
    case "too_big":
      if (problem.origin === "string") return t("edit.problems.tooLong", { maximum: problem.maximum ?? 0 });
      if (problem.origin === "array") return t("edit.problems.tooManyItems", { maximum: problem.maximum ?? 0 });
      return t("edit.problems.tooBig", { maximum: problem.maximum ?? 0 });
    case "invalid_type":
      if (problem.expected === "number" || problem.expected === "int") return t("edit.problems.notANumber");
      return t("edit.problems.required");
    case "not_multiple_of":
      return t("edit.problems.notWhole");
    case "invalid_format":
      if (problem.format === "date") return t("edit.problems.invalidDate");
      if (field === "key" || field.endsWith("Key") || field.endsWith("Keys")) return t("edit.problems.invalidKey");
      if (field === "period") return t("edit.problems.invalidPeriod");
      if (field === "officialNumber") return t("edit.problems.invalidValue");
      return t("edit.problems.invalidFormat");
    case "invalid_value":
    case "invalid_union":
      return t("edit.problems.invalidValue");
    case "custom":
      if (field === "year") return t("edit.problems.startYearRequired");
      if (field === "half") return t("edit.problems.startHalf");
      return t("edit.problems.invalidValue");
    case "required":
      if (field === "fundingSourceKey") return t("edit.problems.fundingSourceRequired");
      return t("edit.problems.required");
    case "duplicate_key":
      return field === "period" ? t("edit.problems.duplicatePeriod") : t("edit.problems.duplicateKey");
    case "key_taken":
      return t("edit.problems.keyTaken");
    case "unknown_reference":
      return t("edit.problems.unknownReference");
    case "numbered_twice":
      return t("edit.problems.numberedTwice");
    case "out_of_range":
      if (field === "lastYear") return t("edit.problems.lastBeforeFirst");
      if (field === "deadline") return t("edit.problems.deadlineTooEarly");
      return t("edit.problems.outOfRange");
    case "bad_order":
      return t("edit.problems.badOrder");
    case "not_found":
      return t("edit.problems.notFound");
    default:
      return t("edit.problems.invalidValue");
  }
}
