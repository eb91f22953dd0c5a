/**
 * Reading an uploaded XLSX or CSV into the measures table (`measures-sheet.ts`), defensively: the
 * bytes come from anyone. An XLSX is refused unless it is a zip holding a workbook; its central
 * directory is read first (fflate) and the declared sizes and compression ratios checked, then each
 * part is inflated in small steps while its real size is counted, so a zip bomb stops early however
 * its headers lie; XML parts with a DOCTYPE or entity declarations are refused (no XML parser of
 * ours resolves entities, but nothing should get the chance). exceljs then reads a re-packed copy
 * holding only the checked parts. A CSV may be UTF-8 (with or without BOM) or Windows-1252, and
 * separated by semicolons, commas or tabs.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Unzip, UnzipInflate, unzipSync, zipSync } from "fflate";
import type { PlanDocument } from "../domain/plan-schema.js";
import { type ImportProblem, MAX_FILE_BYTES, type ParsedImport } from "./import-result.js";
import { FORMULA_START } from "./measures-csv.js";
import { readMeasuresTable, type SheetTable } from "./measures-sheet-read.js";

export { MAX_FILE_BYTES };
/** What all parts of a workbook may hold together once inflated. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** A part larger than 1 MB that inflates more than this many times its size is taken for a bomb. */
export const MAX_RATIO = 100;
const MAX_ENTRIES = 2000;
const MAX_ROWS = 50_000;
const MAX_COLUMNS = 2_000;
const STEP = 16 * 1024;

type TableResult = { ok: true; table: SheetTable; skipped: string[] } | { ok: false; problems: ImportProblem[] };
const fail = (code: string, message: string): { ok: false; problems: ImportProblem[] } => ({
  ok: false,
  problems: [{ code, message }],
});

/** The plan with the file's measures, or every problem in it; `current` is the plan it would change. */
export async function parseMeasuresFile(
  bytes: Uint8Array,
  format: "xlsx" | "csv",
  current: PlanDocument,
): Promise<ParsedImport> {
  const read = format === "xlsx" ? await readXlsxTable(bytes) : readCsvTable(bytes);
  if (!read.ok) return { ok: false, problems: read.problems, skipped: [] };
  const result = readMeasuresTable(read.table, current);
  return { ...result, skipped: [...read.skipped, ...result.skipped] };
}

/** The workbook's measures sheet (named «Tiltak»/«Measures», else the first) as text cells. */
export async function readXlsxTable(bytes: Uint8Array): Promise<TableResult> {
  if (bytes.length > MAX_FILE_BYTES) return fail("too_large", "The file is larger than 20 MB");
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return fail("not_a_spreadsheet", "The file is not an Excel workbook (.xlsx)");
  }
  const parts = unpack(bytes);
  if (!parts.ok) return parts;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(zipSync(parts.files, { level: 0 }).buffer as ArrayBuffer);
  } catch {
    return fail("not_a_spreadsheet", "The workbook could not be read");
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => ["tiltak", "measures"].includes(s.name.trim().toLowerCase())) ?? sheets[0] ?? undefined;
  if (sheet === undefined) return fail("not_a_spreadsheet", "The workbook has no sheets");
  if (sheet.rowCount > MAX_ROWS || sheet.columnCount > MAX_COLUMNS) {
    return fail("too_large", `A sheet may have at most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns`);
  }
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  const header = cellsOf(sheet.getRow(1));
  const rows: SheetTable["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ row: rowNumber, cells: cellsOf(row) });
  });
  const skipped = sheets.filter((s) => s !== sheet).map((s) => `sheet «${s.name}»`);
  return { ok: true, table: { sheet: sheet.name, header, rows }, skipped };
}

/** The zip's parts, checked for size, ratio and XML declarations; or why it is refused. */
function unpack(
  bytes: Uint8Array,
): { ok: true; files: Record<string, Uint8Array> } | { ok: false; problems: ImportProblem[] } {
  // The central directory first: what the archive says it holds, before inflating anything.
  const declared: Array<{ name: string; size: number; originalSize: number }> = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared.push(file);
        return false;
      },
    });
  } catch {
    return fail("not_a_spreadsheet", "The file is not a readable zip archive, so not an Excel workbook");
  }
  const names = new Set(declared.map((f) => f.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    return fail("not_a_spreadsheet", "The file is a zip archive but not an Excel workbook (.xlsx)");
  }
  if (declared.length > MAX_ENTRIES) return fail("zip_bomb", `The workbook has more than ${MAX_ENTRIES} parts`);
  const total = declared.reduce((sum, f) => sum + f.originalSize, 0);
  const bomb = declared.find((f) => f.originalSize > 1024 * 1024 && f.originalSize > f.size * MAX_RATIO);
  if (total > MAX_UNZIPPED_BYTES || bomb !== undefined) {
    return fail("zip_bomb", "The workbook unpacks to far more than it holds (a zip bomb?); nothing was read");
  }

  // Then inflate in small steps, counting what really comes out.
  const chunks = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let problem: ImportProblem | null = null;
  const unzipper = new Unzip((file) => {
    const list: Uint8Array[] = [];
    chunks.set(file.name, list);
    file.ondata = (error, data) => {
      if (error !== null) problem ??= { code: "not_a_spreadsheet", message: "A part of the workbook is damaged" };
      inflated += data?.length ?? 0;
      if (inflated > MAX_UNZIPPED_BYTES) {
        problem ??= { code: "zip_bomb", message: "The workbook unpacks to more than 100 MB; nothing was read" };
        file.terminate();
        return;
      }
      if (data !== undefined) list.push(data);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && problem === null; at += STEP) {
      unzipper.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    }
  } catch {
    problem ??= { code: "not_a_spreadsheet", message: "The zip archive is damaged" };
  }
  if (problem !== null) return { ok: false, problems: [problem] };

  const files: Record<string, Uint8Array> = {};
  for (const [name, list] of chunks) {
    if (!names.has(name) || name.endsWith("/")) continue;
    const data = Buffer.concat(list);
    if (/\.(xml|rels|vml)$/i.test(name) && hasDeclarations(data)) {
      return fail("xml_entities", `The part «${name}» declares a DOCTYPE or entities, which a workbook never needs`);
    }
    files[name] = data;
  }
  return { ok: true, files };
}

/** Whether XML declares a DOCTYPE or entities, in UTF-8 or UTF-16 (zero bytes dropped before looking). */
function hasDeclarations(data: Uint8Array): boolean {
  const text = Buffer.from(data.filter((b) => b !== 0)).toString("latin1");
  return /<!\s*(DOCTYPE|ENTITY)/i.test(text);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || typeof result === "object" ? "" : String(result);
  }
  if ("text" in value && typeof value.text === "string") return value.text;
  return "";
}

/** A CSV as text cells: the first line is the header. */
export function readCsvTable(bytes: Uint8Array): TableResult {
  if (bytes.length > MAX_FILE_BYTES) return fail("too_large", "The file is larger than 20 MB");
  if (bytes.includes(0)) return fail("not_a_spreadsheet", "The file is not a CSV text file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows saves «CSV» in Windows-1252.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  text = text.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", ",", "\t"].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      ok: false,
      problems: [
        {
          code: "not_a_spreadsheet",
          message: `The file could not be read as CSV: ${(error as Error).message}`,
          ...(line === undefined ? {} : { row: line }),
        },
      ],
    };
  }
  if (records.length > MAX_ROWS + 1) return fail("too_large", `A file may have at most ${MAX_ROWS} rows`);
  const [header = [], ...rest] = records;
  // The export's guard against formulas (`measures-csv.ts`) comes off: one apostrophe before =, +, -, @.
  const unguard = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell);
  const rows = rest.map((cells, i) => ({ row: i + 2, cells: cells.map(unguard) }));
  return { ok: true, table: { header, rows }, skipped: [] };
}
