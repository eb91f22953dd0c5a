/**
 * Streamed exports (issue 8): a generated plan of 1,000 measures (20 areas × 50, two activities
 * each: 3,000 rows) as CSV and XLSX, measured two ways.
 *
 *   npx tsx bench/exports.ts [--runs N] [--quick]
 *
 * 1. The documents alone, in this process: the streams of `measures-csv.ts` and `measures-xlsx.ts`
 *    read to their end as fast as they come, against the buffered paths as they were before the
 *    streams — the same CSV bytes at once (`measuresCsv`), and the whole-workbook exceljs writer
 *    the XLSX used (kept below, only to compare).
 * 2. Through the API: the app (`buildServer`) on a PGlite data folder in a temporary directory, the plan
 *    saved, an installation admin signed in, `GET …/export?format=csv|xlsx|json` over a real
 *    connection (the plan's cache warm; JSON is the whole plan's, made once per cached version).
 *
 * Per case: the time to the first byte (for a buffer: when it is whole), the total time, and the
 * peak growth of the heap plus the memory of Buffers (`heapUsed + external` of
 * `process.memoryUsage()`, after a forced GC, sampled at every chunk and every 2 ms: a lower bound
 * of the true peak, as a GC between samples hides some). Medians over N runs after one warm-up.
 * Writes the section «exports» of bench/README.md (not with `--quick`, which checks the script).
 */

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import ExcelJS from "exceljs";
import { createAppContext } from "../src/app/context.js";
import { openDatabase } from "../src/db/connection.js";
import { savePlanDocument } from "../src/db/plan-store.js";
import { generatedPlan } from "../src/db/test-plans.js";
import type { DocumentOptions } from "../src/documents/document-options.js";
import { measuresCsv, measuresCsvStream } from "../src/documents/measures-csv.js";
import { measuresTable } from "../src/documents/measures-sheet.js";
import { measuresXlsxStream } from "../src/documents/measures-xlsx.js";
import { planJson } from "../src/documents/plan-json.js";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { buildServer } from "../src/server/app.js";
import { adminSessionCookie } from "./support/accounts.js";
import { machineLine, table, writeSection } from "./support/report.js";
import { median, ms } from "./support/stats.js";

const PLAN_KEY = "bench-exports";
const run = promisify(execFile);
const OPTIONS: DocumentOptions = { locale: "nb", madeOn: "2026-01-01" };

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const memory = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

type Run = { first: number; total: number; peak: number; bytes: number };
/**
 * One run: `produce` calls `chunk` with each piece's size as it comes (once with the whole for a
 * buffer), or answers the times and size itself (when another process reads).
 */
type Producer = (chunk: (size: number) => void) => Promise<undefined | Omit<Run, "peak">>;

async function measureOnce(produce: Producer): Promise<Run> {
  gc();
  const base = memory();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, memory());
  }, 2);
  const started = performance.now();
  let first = Number.NaN;
  let bytes = 0;
  let answered: undefined | Omit<Run, "peak">;
  try {
    answered = await produce((size) => {
      if (Number.isNaN(first)) first = performance.now() - started;
      bytes += size;
      peak = Math.max(peak, memory());
    });
  } finally {
    clearInterval(timer);
  }
  const total = performance.now() - started;
  peak = Math.max(peak, memory());
  return { first, total, bytes, ...answered, peak: peak - base };
}

type Figures = { name: string; way: string; runs: Run[] };

async function measure(name: string, way: string, runs: number, produce: Producer): Promise<Figures> {
  await measureOnce(produce);
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await measureOnce(produce));
  process.stderr.write(`${name} (${way}): ${ms(median(results.map((r) => r.total)))}\n`);
  return { name, way, runs: results };
}

/** A stream read to its end as fast as it comes (a client on a fast link). */
const drain =
  (open: () => Readable): Producer =>
  async (chunk) => {
    for await (const piece of open()) chunk((piece as Buffer).length);
    return undefined;
  };

/** The workbook as `measures-xlsx.ts` made it before it streamed: the whole exceljs model, then the zip. */
async function workbookBeforeStreaming(plan: PlanDocument): Promise<Buffer> {
  const { header, rows } = measuresTable(plan, OPTIONS.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Planspor";
  workbook.title = plan.actionPlan.title;
  const sheet = workbook.addWorksheet("Tiltak", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const text = (header[i] ?? "").toLowerCase();
    column.width = /tittel|title|beskriv|skildr|descr|tekst|text|ansvar$|responsibility/.test(text) ? 40 : 16;
    column.alignment = { vertical: "top", wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const legend = workbook.addWorksheet("Forklaring");
  legend.addRow(["Kolonne", "Gyldige verdier"]).font = { bold: true };
  legend.addRow(["Laget", OPTIONS.madeOn]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function measureDocuments(plan: PlanDocument, runs: number): Promise<Figures[]> {
  return [
    await measure(
      "CSV",
      "streamed",
      runs,
      drain(() => measuresCsvStream(plan, OPTIONS)),
    ),
    await measure("CSV", "buffered (as before)", runs, async (chunk) => {
      chunk(measuresCsv(plan, OPTIONS).length);
      return undefined;
    }),
    await measure(
      "XLSX",
      "streamed",
      runs,
      drain(() => measuresXlsxStream(plan, OPTIONS)),
    ),
    await measure("XLSX", "buffered (exceljs Workbook, as before)", runs, async (chunk) => {
      chunk((await workbookBeforeStreaming(plan)).length);
      return undefined;
    }),
    // What each JSON export cost before; now the whole plan's is made once per cached version.
    await measure("JSON", "serialized per request (as before)", runs, async (chunk) => {
      chunk(planJson(plan).length);
      return undefined;
    }),
  ];
}

/**
 * A GET read to its end by curl, in a process of its own (a client in this one would only read
 * when the server's work left the event loop free, and so see the first byte late): curl's time to
 * the first byte of the answer (headers with the first body bytes) and to the end, the size, and
 * how the length was told.
 */
async function curl(url: string, cookie: string): Promise<Omit<Run, "peak"> & { framing: string }> {
  const format = "\\n%{http_code} %{time_starttransfer} %{time_total} %{size_download}";
  const { stdout } = await run("curl", [
    "-s",
    "-o",
    "/dev/null",
    "-D",
    "-",
    "-H",
    `cookie: ${cookie}`,
    "-w",
    format,
    url,
  ]);
  const lines = stdout.trim().split(/\r?\n/);
  const [status, first, total, size] = (lines.at(-1) ?? "").split(" ").map(Number);
  if (status !== 200) throw new Error(`${url}: ${status}`);
  const headers = lines.slice(0, -1).join("\n").toLowerCase();
  const framing = /^transfer-encoding: chunked/m.test(headers)
    ? "chunked"
    : /^content-length:/m.test(headers)
      ? "content-length"
      : "?";
  return { first: (first ?? 0) * 1000, total: (total ?? 0) * 1000, bytes: size ?? 0, framing };
}

async function measureApi(plan: PlanDocument, runs: number): Promise<{ figures: Figures[]; database: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "planspor-exports-"));
  const database = await openDatabase({ dataDir });
  const ctx = createAppContext(database);
  const app = await buildServer(ctx, { webRoot: null, logger: false, oidc: null });
  try {
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    await savePlanDocument(database, plan, { replace: false });
    const cookie = await adminSessionCookie(ctx, "bench-exports@planspor.test", "Bench Exports");
    const figures: Figures[] = [];
    for (const format of ["csv", "xlsx", "json"] as const) {
      const url = `${base}/api/plans/${PLAN_KEY}/export?format=${format}`;
      let framing = "";
      figures.push(
        await measure(format.toUpperCase(), "", runs, async () => {
          const { framing: told, ...times } = await curl(url, cookie);
          framing = told;
          return times;
        }),
      );
      const last = figures.at(-1);
      if (last !== undefined) last.way = framing;
    }
    return { figures, database: "PGlite" };
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

function rowsOf(figures: readonly Figures[]): string[][] {
  return figures.map(({ name, way, runs }) => [
    name,
    way,
    kb(runs[0]?.bytes ?? 0),
    ms(median(runs.map((r) => r.first))),
    ms(median(runs.map((r) => r.total))),
    mib(median(runs.map((r) => r.peak))),
  ]);
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { runs: { type: "string" }, quick: { type: "boolean", default: false } },
  });
  const runs = Number(values.runs ?? (values.quick ? 1 : 7));
  const machine = machineLine();
  const plan = generatedPlan(PLAN_KEY, 20, 50);
  const documents = await measureDocuments(plan, runs);
  const api = await measureApi(plan, runs);
  const header = ["File", "Way", "Size", "First byte", "Total", "Peak heap + buffers growth"];
  const markdown = [
    "## Exports of a large plan (streamed)",
    "",
    `\`npx tsx bench/exports.ts\`: a generated plan of 1,000 measures and 2,000 activities (3,000 rows), medians of ${runs} runs after a warm-up. ${machine}.`,
    "",
    "The documents alone, read as fast as they come:",
    "",
    table(header, rowsOf(documents)),
    "",
    `Through the API (${api.database}, the plan cached, read by curl in a process of its own; «Way» is how the answer told its length):`,
    "",
    table(header, rowsOf(api.figures)),
    "",
    "Peaks are sampled (every chunk and every 2 ms after a forced GC), so they are lower bounds; through the API they are the server's (curl runs apart), sampled every 2 ms only.",
  ].join("\n");
  process.stdout.write(`${markdown}\n`);
  if (!values.quick) writeSection("exports", markdown);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
