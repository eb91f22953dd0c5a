/**
 * The measures as CSV, in the column layout of `measures-sheet.ts`: UTF-8 with a byte order mark
 * and semicolons, as Excel in Norway opens it directly; CRLF line ends; a cell with a separator,
 * quote or line break is quoted. A text starting with =, +, -, @ (or apostrophes before one) gets an
 * apostrophe in front, so that a spreadsheet opening the file runs no formula from the plan's texts
 * (CSV injection); `measures-import.ts` takes exactly one off again, so texts survive the round trip.
 *
 * `measuresCsvStream` writes the rows as they are made (csv-stringify's stream, with backpressure),
 * for the export of a large plan; `measuresCsv` is the same bytes at once, from the same records
 * and options, for the callers that want a buffer (the import tests, small files).
 */
import { pipeline, Readable } from "node:stream";
import { type Options, stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { type CellValue, measuresRows } from "./measures-sheet.js";

const CSV_OPTIONS: Options = { bom: true, delimiter: ";", record_delimiter: "\r\n", quoted_match: /^\s|\s$/ };

/** The header and one record per measure and activity, made one at a time, cells as CSV text. */
function* csvRecords(plan: PlanDocument, options: DocumentOptions): Generator<string[]> {
  const { header, rows } = measuresRows(plan, options.locale);
  yield header;
  for (const row of rows) yield row.map(csvCell);
}

/** The CSV file as a stream of bytes, written as it is read. */
export function measuresCsvStream(plan: PlanDocument, options: DocumentOptions): Readable {
  // pipeline: a failure on either side destroys both, and so does the reader going away.
  return pipeline(Readable.from(csvRecords(plan, options)), stringify(CSV_OPTIONS), () => {});
}

/** The CSV file at once: the same bytes as `measuresCsvStream`. */
export function measuresCsv(plan: PlanDocument, options: DocumentOptions): Buffer {
  return Buffer.from(stringifySync([...csvRecords(plan, options)], CSV_OPTIONS), "utf8");
}

export const FORMULA_START = /^'*[=+\-@\t\r]/;

function csvCell(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
