/**
 * The measures as CSV, in the column layout of `measures-sheet.ts`: UTF-8 with a byte order mark
 * and semicolons, as Excel in Norway opens it directly; CRLF line ends; a cell with a separator,
 * quote or line break is quoted. A text starting with =, +, -, @ (or apostrophes before one) gets an
 * apostrophe in front, so that a spreadsheet opening the file runs no formula from the plan's texts
 * (CSV injection); `measures-import.ts` takes exactly one off again, so texts survive the round trip.
 */
import { stringify } from "csv-stringify/sync";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { measuresTable } from "./measures-sheet.js";

export function measuresCsv(plan: PlanDocument, options: DocumentOptions): Buffer {
  const { header, rows } = measuresTable(plan, options.locale);
  const records = [header, ...rows.map((row) => row.map(csvCell))];
  const text = stringify(records, { delimiter: ";", record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
  return Buffer.from(`\uFEFF${text}`, "utf8");
}

export const FORMULA_START = /^'*[=+\-@\t\r]/;

function csvCell(cell: string | number | null): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
