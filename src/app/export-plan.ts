import type { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { frozenRevisions } from "../db/revision-store.js";
import type { DocumentOptions } from "../documents/document-options.js";
import { planJson } from "../documents/plan-json.js";
import type { ComparedRevisions } from "../documents/revision-changes-content.js";
import { compareRevisions } from "../domain/compare-revisions.js";
import { dateInNorway, type Locale } from "../domain/format.js";
import type { PeriodKey, PlanDocument } from "../domain/plan-schema.js";
import { planOfArea } from "../domain/plan-scope.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { getCachedPlan } from "./get-plan.js";
import { periodToShow } from "./get-reporting-round.js";
import type { CachedPlan } from "./plan-cache.js";

/**
 * The plan as a file: the interchange format (json), the action plan document (docx, pdf), the
 * measures as a spreadsheet (xlsx, csv), StratML Part 1 (stratml) and its Part 2 performance
 * report (stratml-performance).
 */
export const EXPORT_FORMATS = ["json", "docx", "pdf", "xlsx", "csv", "stratml", "stratml-performance"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const REPORT_FORMATS = ["docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type FileMeta = { contentType: string; fileName: string };
/** A file made whole before it is sent. */
export type BufferedFile = FileMeta & { bytes: Buffer };
/** A file made as it is read (the spreadsheets, which grow with the plan); the stream is read once. */
export type StreamedFile = FileMeta & { stream: Readable };
/** A file to send: whole, or a stream. */
export type ExportedFile = BufferedFile | StreamedFile;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  stratml: "application/xml; charset=utf-8",
  "stratml-performance": "application/xml; charset=utf-8",
};
const EXTENSIONS: Record<ExportFormat, string> = {
  json: "json",
  docx: "docx",
  pdf: "pdf",
  xlsx: "xlsx",
  csv: "csv",
  stratml: "xml",
  "stratml-performance": "performance.xml",
};

export function parseExportFormat(format: string): ExportFormat {
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (known === undefined) {
    throw new AppError(
      "unsupported_format",
      `Export format "${format}" is not supported; supported: ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  return known;
}

export type ExportOptions = { area?: string; locale?: Locale; today?: string };

/** The interchange format of a cached plan, made once per cached version (the entry is replaced on every write). */
const jsonFiles = new WeakMap<CachedPlan, Buffer>();
function cachedPlanJson(entry: CachedPlan): Buffer {
  let bytes = jsonFiles.get(entry);
  if (bytes === undefined) {
    bytes = planJson(entry.plan);
    jsonFiles.set(entry, bytes);
  }
  return bytes;
}

/**
 * The document makers are loaded when first used: with their libraries (docx, pdfmake and its
 * fonts, exceljs) they are most of the server's code, and loading them at start cost ~0.4 s of
 * every start (bench/README.md, «Start and memory»).
 */
async function render(
  plan: PlanDocument,
  format: ExportFormat,
  options: DocumentOptions,
): Promise<{ bytes: Buffer } | { stream: Readable }> {
  switch (format) {
    case "json":
      return { bytes: planJson(plan) };
    case "docx":
      return { bytes: await (await import("../documents/plan-docx.js")).planDocx(plan, options) };
    case "pdf":
      return { bytes: await (await import("../documents/plan-pdf.js")).planPdf(plan, options) };
    case "xlsx":
      return { stream: (await import("../documents/measures-xlsx.js")).measuresXlsxStream(plan, options) };
    case "csv":
      return { stream: (await import("../documents/measures-csv.js")).measuresCsvStream(plan, options) };
    case "stratml":
      return { bytes: Buffer.from((await import("../documents/stratml.js")).planStratml(plan), "utf8") };
    case "stratml-performance":
      return { bytes: Buffer.from((await import("../documents/stratml.js")).performanceStratml(plan), "utf8") };
  }
}

/**
 * A plan, or one of its areas (`options.area`), as a file in the given format, to send: the
 * spreadsheets (xlsx, csv) as streams made while they are read, the rest whole. The interchange
 * format of a whole plan is serialized once per cached version of the plan (it takes no language).
 */
export async function openPlanExport(
  ctx: AppContext,
  planKey: string,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const entry = await getCachedPlan(ctx, planKey);
  const { plan } = entry;
  const scoped = options.area === undefined ? plan : planOfArea(plan, options.area);
  if (scoped === null) throw notFound("area", options.area ?? "");
  const documentOptions: DocumentOptions = {
    locale: options.locale ?? "nb",
    madeOn: options.today ?? dateInNorway(new Date()),
  };
  if ((format === "docx" || format === "pdf") && options.area === undefined) {
    const changesSince = await changesSincePrevious(ctx, planKey, plan);
    if (changesSince !== null) documentOptions.changesSince = changesSince;
  }
  const body =
    format === "json" && options.area === undefined
      ? { bytes: cachedPlanJson(entry) }
      : await render(scoped, format, documentOptions);
  const name = options.area === undefined ? planKey : `${planKey}-${options.area}`;
  return { ...body, contentType: CONTENT_TYPES[format], fileName: `${name}.${EXTENSIONS[format]}` };
}

/** The same file, whole (the command line writes it at once). */
export async function exportPlan(
  ctx: AppContext,
  planKey: string,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<BufferedFile> {
  return inMemory(await openPlanExport(ctx, planKey, format, options));
}

/** A file whole: a stream read to its end. */
export async function inMemory(file: ExportedFile): Promise<BufferedFile> {
  if ("bytes" in file) return file;
  const { stream, ...meta } = file;
  return { ...meta, bytes: await buffer(stream) };
}

/**
 * The plan against the revision before it (as adopted), for the council document's section on what
 * changed; null for a first revision, or when the one before was never adopted in Planspor.
 */
async function changesSincePrevious(
  ctx: AppContext,
  planKey: string,
  plan: PlanDocument,
): Promise<ComparedRevisions | null> {
  const number = plan.actionPlan.revision.number;
  if (number <= 1) return null;
  const [previous] = (await frozenRevisions(ctx.database, planKey, number - 1)) ?? [];
  if (previous === undefined) return null;
  return { comparison: compareRevisions(previous.document, plan), before: previous.document, after: plan };
}

/** The status report for a period (default: today's) as a document. */
export async function exportStatusReport(
  ctx: AppContext,
  planKey: string,
  format: ReportFormat,
  options: { period?: PeriodKey; locale?: Locale; today?: string } = {},
): Promise<BufferedFile> {
  const { plan } = await getCachedPlan(ctx, planKey);
  const period = periodToShow(plan, options.period, options.today);
  const documentOptions = { locale: options.locale ?? "nb", madeOn: options.today ?? dateInNorway(new Date()) };
  const bytes =
    format === "docx"
      ? await (await import("../documents/status-report-docx.js")).statusReportDocx(plan, period, documentOptions)
      : await (await import("../documents/status-report-pdf.js")).statusReportPdf(plan, period, documentOptions);
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `${planKey}-statusrapport-${period}.${format}` };
}
