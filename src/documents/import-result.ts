/**
 * What every importer (spreadsheet, CSV, Word, StratML, JSON) gives back: a plan document to
 * validate and preview, or the problems that stop it, each placed where the user can find it in
 * the file (a sheet's row and column, a table's row, an XML element), and what was left out.
 * Nothing is written from a file with problems.
 */
import type { PlanDocumentInput } from "../domain/plan-schema.js";

/** One problem, placed in the file as precisely as the format allows. */
export type ImportProblem = {
  /** A stable code: `not_a_spreadsheet`, `wrong_columns`, `unknown_strategy`, `too_large`, … */
  code: string;
  /** A sentence for the user (English; the UI words the known codes in the reader's language). */
  message: string;
  /** The sheet or table the problem is in, when the file has several. */
  sheet?: string;
  /** The row, counted as the user sees it (the header row is 1 in a spreadsheet). */
  row?: number;
  /** The column by its header as written in the file («Strategi»). */
  column?: string;
  /** Where in a structured file: an XML element path, or a JSON path into the plan. */
  path?: string;
};

export type ParsedImport =
  | { ok: true; plan: PlanDocumentInput; skipped: string[] }
  | { ok: false; problems: ImportProblem[]; skipped: string[] };
