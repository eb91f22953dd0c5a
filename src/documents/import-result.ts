/**
 * What every importer (spreadsheet, CSV, Word, StratML, JSON) gives back: a plan document to
 * validate and preview, or the problems that stop it, each placed where the user can find it in
 * the file (a sheet's row and column, a table's row, an XML element), and what was left out.
 * Nothing is written from a file with problems.
 */
import type { ImportProblem } from "../domain/import-model.js";
import type { PlanDocumentInput } from "../domain/plan-schema.js";

export type { ImportProblem };

/** The largest file an import takes (the upload limit too, so it lives here, apart from the parsers). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ParsedImport =
  | { ok: true; plan: PlanDocumentInput; skipped: string[] }
  | { ok: false; problems: ImportProblem[]; skipped: string[] };
