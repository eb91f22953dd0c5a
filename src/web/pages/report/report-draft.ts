/**
 * The report form's draft (what the fields hold, as text) and how it becomes the data the API
 * takes: checked with the `ReportInput` schema and `isValueValidForKind`, every problem named by
 * the field it belongs to and told in the reader's language.
 */
import type { TFunction } from "i18next";
import { ReportInput } from "../../../domain/edit-schemas.js";
import type { Locale } from "../../../domain/format.js";
import { isValueValidForKind } from "../../../domain/indicator-attainment.js";
import type { Indicator, IndicatorValue, StatusReport } from "../../../domain/plan-schema.js";
import type { FieldProblem, ReportData } from "../../api/write-client.js";
import { numberForInput, parseTypedNumber } from "../../components/report-format.js";

export type Draft = {
  /** A status, or "" while none is chosen. */
  status: string;
  /** An assessment, or "" for none. */
  assessment: string;
  progress: string;
  comment: string;
  /** The comment is for the organization only (not shown on the public page). */
  commentInternal: boolean;
  reportedBy: string;
  /** By indicator key: a number as typed, "true"/"false", a date YYYY-MM-DD, or text; "" for none. */
  values: Record<string, string>;
};

/** The field a problem belongs to. */
export type FieldName = "status" | "assessment" | "progress" | "comment" | "reportedBy" | `indicator:${string}`;
export type FieldError = { field: FieldName; message: string };

const LIMITS = { progressMin: 0, progressMax: 100, comment: 20000, reportedBy: 200, text: 4000 };

function valueText(value: IndicatorValue["value"], locale: Locale): string {
  if (typeof value === "number") return numberForInput(value, locale);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

/** The draft of a form: the period's report when there is one, else empty fields. */
export function draftFrom(
  report:
    | (Pick<
        StatusReport,
        "status" | "assessment" | "progressPercent" | "comment" | "indicatorValues" | "reportedBy"
      > & { commentInternal?: boolean })
    | null,
  reportedBy: string | null,
  locale: Locale,
): Draft {
  const values: Record<string, string> = {};
  for (const v of report?.indicatorValues ?? []) values[v.indicatorKey] = valueText(v.value, locale);
  return {
    status: report?.status ?? "",
    assessment: report?.assessment ?? "",
    progress: report?.progressPercent === null || report === null ? "" : numberForInput(report.progressPercent, locale),
    comment: report?.comment ?? "",
    commentInternal: report?.commentInternal ?? false,
    reportedBy: reportedBy ?? report?.reportedBy ?? "",
    values,
  };
}

function indicatorValue(indicator: Indicator, raw: string): IndicatorValue["value"] | null {
  switch (indicator.kind) {
    case "count":
    case "percentage":
    case "score":
      return parseTypedNumber(raw);
    case "yes_no":
      return raw === "true" ? true : raw === "false" ? false : null;
    case "milestone":
    case "text":
      return raw.trim() === "" ? null : raw.trim();
  }
}

/** What the draft says about one indicator: its value, or null when the field is empty. */
export function draftValue(indicator: Indicator, draft: Draft): IndicatorValue["value"] | null {
  return indicatorValue(indicator, draft.values[indicator.key] ?? "");
}

/** The message for a problem with an indicator's value, by its kind. */
function indicatorMessage(indicator: Indicator, code: string | undefined, t: TFunction): string {
  switch (indicator.kind) {
    case "count":
    case "percentage":
    case "score":
      return t("report.errors.number");
    case "yes_no":
      return t("report.errors.yesNo");
    case "milestone":
      return t("report.errors.date");
    case "text":
      return code === "too_big" ? t("report.errors.tooLong", { max: LIMITS.text }) : t("report.errors.text");
  }
}

/** A zod issue code (or the server's) for a field, as our own message. */
function fieldMessage(
  field: FieldName,
  issue: { code?: string; expected?: unknown },
  indicators: readonly Indicator[],
  t: TFunction,
): string {
  if (field.startsWith("indicator:")) {
    const indicator = indicators.find((i) => `indicator:${i.key}` === field);
    return indicator === undefined ? t("report.errors.invalid") : indicatorMessage(indicator, issue.code, t);
  }
  switch (field) {
    case "status":
      return t("report.errors.chooseStatus");
    case "assessment":
      return t("report.errors.chooseOne");
    case "progress":
      if (issue.code === "too_small") return t("report.errors.tooSmall", { min: LIMITS.progressMin });
      if (issue.code === "too_big") return t("report.errors.tooBig", { max: LIMITS.progressMax });
      if (issue.code === "invalid_type" && issue.expected === "int") return t("report.errors.wholeNumber");
      if (issue.code === "invalid_type") return t("report.errors.number");
      return t("report.errors.invalid");
    case "comment":
    case "reportedBy":
      if (issue.code === "too_big") return t("report.errors.tooLong", { max: LIMITS[field] });
      return t("report.errors.invalid");
    default:
      return t("report.errors.invalid");
  }
}

/** The form field a path of the data names (`indicatorValues[0].value` → that indicator's field). */
function fieldOf(path: ReadonlyArray<PropertyKey>, sentKeys: readonly string[]): FieldName | null {
  const [first, second] = path;
  if (first === "status" || first === "assessment" || first === "comment" || first === "reportedBy") return first;
  if (first === "progressPercent") return "progress";
  if (first === "indicatorValues" && typeof second === "number") {
    const key = sentKeys[second];
    return key === undefined ? null : `indicator:${key}`;
  }
  return null;
}

/** `indicatorValues[0].value` → `["indicatorValues", 0, "value"]`. */
function splitPath(path: string): Array<string | number> {
  return [...path.matchAll(/[^.[\]]+/g)].map(([part]) => (/^\d+$/.test(part) ? Number(part) : part));
}

function addError(errors: FieldError[], error: FieldError): void {
  if (!errors.some((e) => e.field === error.field)) errors.push(error);
}

export type Checked =
  | { ok: true; data: ReportData; sentKeys: string[] }
  | { ok: false; errors: FieldError[]; sentKeys: string[] };

/** The draft as the API's data, or the problems with it, in the order of the form. */
export function checkDraft(draft: Draft, indicators: readonly Indicator[], t: TFunction): Checked {
  const errors: FieldError[] = [];
  const indicatorValues: Array<{ indicatorKey: string; value: IndicatorValue["value"] }> = [];
  for (const indicator of indicators) {
    const value = draftValue(indicator, draft);
    if (value === null) continue;
    indicatorValues.push({ indicatorKey: indicator.key, value });
  }
  const sentKeys = indicatorValues.map((v) => v.indicatorKey);
  const progress = parseTypedNumber(draft.progress);
  const data = {
    status: draft.status === "" ? undefined : draft.status,
    assessment: draft.assessment === "" ? null : draft.assessment,
    progressPercent: progress,
    comment: draft.comment.trim() === "" ? null : draft.comment.trim(),
    commentInternal: draft.commentInternal,
    indicatorValues,
    reportedBy: draft.reportedBy.trim() === "" ? null : draft.reportedBy.trim(),
  };
  const found: FieldError[] = [];
  // The kind of each value first: the schema only knows a value is a number, a boolean or a string.
  for (const [index, v] of indicatorValues.entries()) {
    const indicator = indicators.find((i) => i.key === v.indicatorKey);
    if (indicator !== undefined && !isValueValidForKind(indicator.kind, v.value)) {
      const field = fieldOf(["indicatorValues", index, "value"], sentKeys);
      if (field !== null) addError(found, { field, message: indicatorMessage(indicator, undefined, t) });
    }
  }
  const parsed = ReportInput.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path, sentKeys);
      if (field === null) continue;
      addError(found, {
        field,
        message: fieldMessage(field, issue as { code?: string; expected?: unknown }, indicators, t),
      });
    }
  }
  // In the order of the form.
  const order: FieldName[] = [
    "status",
    "assessment",
    "progress",
    "comment",
    ...indicators.map((i) => `indicator:${i.key}` as const),
    "reportedBy",
  ];
  for (const field of order) {
    const error = found.find((e) => e.field === field);
    if (error !== undefined) errors.push(error);
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, sentKeys };
  return { ok: true, data: parsed.data, sentKeys };
}

/** The server's problems (`invalid_input`) as the form's own messages. */
export function problemsAsErrors(
  problems: readonly FieldProblem[],
  sentKeys: readonly string[],
  indicators: readonly Indicator[],
  t: TFunction,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const problem of problems) {
    const field = fieldOf(splitPath(problem.path), sentKeys);
    if (field !== null)
      addError(errors, { field, message: fieldMessage(field, { code: problem.code }, indicators, t) });
  }
  return errors;
}
