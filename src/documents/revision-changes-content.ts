/**
 * The section of the action plan document that tells the council what changed since the revision
 * before: a summary in words, then what changed in the plan itself and per area a table with one
 * row per change — Tiltak | Endring | Felt | Før | Etter — a measure or activity added or closed in
 * one row, a changed one in one row per field with the value before and after in words
 * (`domain/comparison-text.ts`, the same words as the comparison page in the web).
 */
import { comparisonFieldLabel, comparisonValueText } from "../domain/comparison-text.js";
import type { Locale } from "../domain/format.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type {
  ActivityComparison,
  AreaComparison,
  FieldChange,
  MeasureComparison,
  RevisionComparison,
} from "../domain/revision-model.js";
import { areaLevel, type DocumentWords, levelTitle } from "./document-words.js";
import type { Cell } from "./plan-document-content.js";

export type ChangesContent = {
  /** «Endringer fra revisjon 1». */
  heading: string;
  /** The counts in words: «2 tiltak lagt til, 1 avsluttet og 3 endret.» */
  summary: string;
  /** The plan's own fields that changed, as rows of three cells (Felt | Før | Etter); none when nothing did. */
  planRows: Cell[][];
  /** The areas that changed or hold changes, each with its heading («Title (satsingsområde 1)») and rows. */
  areas: Array<{ heading: string; rows: Cell[][] }>;
};

/** The two revisions compared, for the words of values that name other things (actors, areas, …). */
export type ComparedRevisions = { comparison: RevisionComparison; before: PlanDocument; after: PlanDocument };

/** A cell of the text's lines (a list value comes one item per line), one paragraph each. */
const text = (value: string): Cell =>
  value
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => ({ text: line, bullet: false }));

function fieldRows(
  title: string,
  change: string,
  fields: FieldChange[],
  scope: "plan" | "area" | "measure" | "activity",
  compared: ComparedRevisions,
  locale: Locale,
): Cell[][] {
  const context = { before: compared.before, after: compared.after };
  if (fields.length === 0) return [[text(title), text(change), [], [], []]];
  return fields.map((f, i) => [
    i === 0 ? text(title) : [],
    i === 0 ? text(change) : [],
    text(comparisonFieldLabel(f.field, scope, locale)),
    text(comparisonValueText(f.field, f.before, context, locale)),
    text(comparisonValueText(f.field, f.after, context, locale)),
  ]);
}

function activityRows(
  activity: ActivityComparison,
  words: DocumentWords,
  compared: ComparedRevisions,
  locale: Locale,
): Cell[][] {
  const title = `${levelTitle(compared.after, words, "activity")}: ${activity.title}`;
  const change = words.changes.kinds[activity.change];
  // Added and closed activities of an added or closed measure go with it; only their own changes are rows.
  return fieldRows(title, change, activity.fields, "activity", compared, locale);
}

function measureRows(
  measure: MeasureComparison,
  words: DocumentWords,
  compared: ComparedRevisions,
  locale: Locale,
): Cell[][] {
  const own = fieldRows(
    measure.title,
    words.changes.kinds[measure.change],
    measure.fields,
    "measure",
    compared,
    locale,
  );
  // A measure added or closed whole is one row; its activities go with it.
  if (measure.change !== "changed") return own;
  // A measure changed in its activities alone has a row of its own naming it; the activities' rows say what.
  return [...own, ...measure.activities.flatMap((a) => activityRows(a, words, compared, locale))];
}

function areaRows(area: AreaComparison, words: DocumentWords, compared: ComparedRevisions, locale: Locale): Cell[][] {
  const rows: Cell[][] = [];
  if (area.change !== "unchanged") {
    rows.push(...fieldRows(area.title, words.changes.kinds[area.change], area.fields, "area", compared, locale));
  }
  if (area.change === "added" || area.change === "closed") return rows;
  for (const measure of area.measures) rows.push(...measureRows(measure, words, compared, locale));
  return rows;
}

export function changesContent(compared: ComparedRevisions, words: DocumentWords, locale: Locale): ChangesContent {
  const { comparison, after } = compared;
  // The plan's own fields: Felt | Før | Etter.
  const planRows = comparison.plan.map((f) => fieldRows("", "", [f], "plan", compared, locale)[0]?.slice(2) ?? []);
  return {
    heading: words.changes.heading(comparison.before.number),
    summary: words.changes.summary(comparison.counts),
    planRows,
    areas: comparison.areas.map((area) => {
      const found = [...after.focusAreas, ...compared.before.focusAreas].find((a) => a.key === area.key);
      const level = levelTitle(after, words, areaLevel(found?.kind ?? "focus_area"));
      // «Title (satsingsområde 1)», not «Satsingsområde 1: Title»: the Word import takes the latter for
      // the area itself, and this section only tells what changed in it.
      const heading = `${area.title} (${level.toLocaleLowerCase(locale === "en" ? "en" : "nb")} ${area.number})`;
      return { heading, rows: areaRows(area, words, compared, locale) };
    }),
  };
}
