/**
 * What every importer (spreadsheet, CSV, Word, StratML, JSON) gives back: a plan document to
 * validate and preview, or the problems that stop it, each placed where the user can find it in
 * the file (a sheet's row and column, a table's row, an XML element), and what was left out.
 * Nothing is written from a file with problems.
 */
import type { ImportProblem } from "../domain/import-model.js";
import type { PlanDocumentInput } from "../domain/plan-schema.js";

export type { ImportProblem };

export type ParsedImport =
  | { ok: true; plan: PlanDocumentInput; skipped: string[] }
  | { ok: false; problems: ImportProblem[]; skipped: string[] };
