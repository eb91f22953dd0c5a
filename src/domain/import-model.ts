/**
 * What an import answers, as zod schemas: the problems of a refused file, placed where the user can
 * find them, and the preview of what a file would change. The API validates and describes with
 * them; the importers, the use case and the web take the types from here (`import type`).
 */
import { z } from "zod";
import { Version } from "./edit-schemas.js";
import { FocusAreaKind, Key } from "./plan-schema.js";

/** The formats a plan can be read from. */
export const IMPORT_FORMATS = ["xlsx", "csv", "json", "docx", "stratml"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One problem, placed in the file as precisely as the format allows. */
export const ImportProblem = z
  .object({
    /** A stable code: `not_a_spreadsheet`, `wrong_columns`, `unknown_strategy`, `too_large`, … */
    code: z.string(),
    /** A sentence for the user (English; the UI words the known codes in the reader's language). */
    message: z.string(),
    /** The sheet or table the problem is in, when the file has several. */
    sheet: z.string().optional(),
    row: z.number().optional().meta({ description: "The row as a spreadsheet shows it (the header is row 1)." }),
    column: z.string().optional().meta({ description: "The column's header as written in the file." }),
    /** Where in a structured file: an XML element path, or a JSON path into the plan. */
    path: z.string().optional(),
  })
  .meta({ id: "ImportProblem" });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ChangeKind = z.enum(["new", "changed", "unchanged", "removed"]);
export type ChangeKind = z.infer<typeof ChangeKind>;
const Count = z.number().int().min(0);
export const Counts = z.object({ new: Count, changed: Count, unchanged: Count, removed: Count });
export type Counts = z.infer<typeof Counts>;

export const ActivityChange = z.object({
  key: Key,
  title: z.string(),
  change: ChangeKind,
  fields: z.array(z.string()),
});
export type ActivityChange = z.infer<typeof ActivityChange>;
export const MeasureChange = ActivityChange.extend({ activities: z.array(ActivityChange) });
export type MeasureChange = z.infer<typeof MeasureChange>;
export const AreaChange = z.object({
  key: Key,
  number: z.number().int(),
  kind: FocusAreaKind,
  title: z.string(),
  change: ChangeKind,
  fields: z.array(z.string()),
  measures: z.array(MeasureChange),
});
export type AreaChange = z.infer<typeof AreaChange>;
export const OtherPart = z.enum(["settings", "actors", "fundingSources", "flagships", "relatedPlans", "statusReports"]);
export type OtherPart = z.infer<typeof OtherPart>;

export const ImportPreview = z
  .object({
    counts: z.object({ areas: Counts, measures: Counts, activities: Counts }),
    areas: z.array(AreaChange),
    /** Other parts of the plan the import changes (a whole-plan import: JSON, Word, StratML). */
    otherChanges: z.array(OtherPart),
  })
  .meta({
    id: "ImportPreview",
    description: "Per area, measure and activity: new, changed (which fields), unchanged or removed.",
  });
export type ImportPreview = z.infer<typeof ImportPreview>;

const PreviewedVersion = Version.meta({ description: "The plan's version the preview was made from." });

export const PreviewResult = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    /** The version of the plan the preview was made from; send it back to apply. */
    version: PreviewedVersion,
    preview: ImportPreview,
    changes: z.boolean().meta({ description: "Whether applying the file would change anything." }),
    skipped: z.array(z.string()).meta({ description: "What the file holds that the import leaves out." }),
  })
  .meta({ id: "ImportPreviewResult" });
export type PreviewResult = z.infer<typeof PreviewResult>;

export const ApplyResult = z
  .object({ version: PreviewedVersion, preview: ImportPreview, skipped: z.array(z.string()) })
  .meta({ id: "ImportResult" });
export type ApplyResult = z.infer<typeof ApplyResult>;
