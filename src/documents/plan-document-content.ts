/**
 * What the action plan document says, laid out like Gjøvik's printed plan, before it is DOCX or
 * PDF: the title and introduction, the flagship projects, each area with its main goal, sub-goals,
 * strategies and measures table, then the related plans table. Both renderers draw this same
 * content, so the Word file and the PDF never disagree, and the cell convention the Word import
 * reads back lives in one place:
 *
 * - one row per measure;
 * - Tiltak: the measure's title, its description as plain paragraphs, then one bullet per activity
 *   (the activity's title);
 * - Strategi: the numbers joined with «, » («?» for an unknown one), never «og», so it reads back;
 * - Måleindikator / Finansiering / Ansvar / Oppstart: the measure's own entries as plain paragraphs,
 *   then for each activity with entries of its own, one bullet per entry: «<activity>: <text>».
 */
import type { Locale } from "../domain/format.js";
import { formatNumberRefs } from "../domain/format.js";
import type { Activity, FocusArea, Measure, NumberRef, PlanDocument } from "../domain/plan-schema.js";
import { areaLevel, type DocumentWords, documentWords, levelTitle } from "./document-words.js";
import { type ChangesContent, type ComparedRevisions, changesContent } from "./revision-changes-content.js";

/**
 * One paragraph of a table cell: plain, or a bullet (a real list item in Word). An activity's own
 * entry is `«<activity>: <entry>»` as one text, with the activity's title as its `label` too, so
 * the renderers can set it apart (in italics) without changing the text the import reads.
 */
export type CellParagraph = { text: string; bullet: boolean; label?: string };
/** A table cell: its paragraphs, possibly none. */
export type Cell = CellParagraph[];

export type NumberedItem = { number: number; text: string };

export type AreaContent = {
  key: string;
  /** «Satsingsområde 1: En kommune med nasjonalt ledende industri». */
  heading: string;
  title: string;
  mainGoalHeading: string;
  mainGoal: string;
  subGoalsHeading: string;
  subGoals: NumberedItem[];
  strategiesHeading: string;
  strategies: NumberedItem[];
  measuresHeading: string;
  /** One row of six cells per measure, in the plan's order. */
  measureRows: Cell[][];
};

export type PlanContent = {
  words: DocumentWords;
  title: string;
  organization: string;
  introduction: string[];
  /** What changed since the revision before, right after the introduction; null for none given. */
  changes: ChangesContent | null;
  flagships: { heading: string; introduction: string | null; items: { title: string; text: string }[] } | null;
  areas: AreaContent[];
  related: { heading: string; introduction: string | null; rows: Cell[][] } | null;
};

const plain = (text: string): CellParagraph => ({ text, bullet: false });
const bullet = (text: string): CellParagraph => ({ text, bullet: true });

/** A text as paragraphs: the plan's line breaks (single or double) start new paragraphs. */
export function paragraphs(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/\r?\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** «1, 3» with «?» for an unknown number: the Strategi cell's form. */
export function strategyCellText(refs: NumberRef[]): string {
  return refs.map((r) => (r === "unknown" ? "?" : String(r))).join(", ");
}

/** What a measure or an activity says in one of the four right-hand columns. */
type EntryColumn = (item: Measure | Activity) => string[];

const ENTRY_COLUMNS: EntryColumn[] = [
  (item) => item.indicators.map((i) => i.text),
  (item) => item.funding.map((f) => f.text),
  (item) => (item.responsibility === null ? [] : [item.responsibility.text]),
  (item) => (item.start === null ? [] : [item.start.text]),
];

function entryCell(measure: Measure, column: EntryColumn): Cell {
  const own = column(measure).map(plain);
  const activities = measure.activities.flatMap((activity) =>
    column(activity).map((text) => ({ ...bullet(`${activity.title}: ${text}`), label: activity.title })),
  );
  return [...own, ...activities];
}

export function measureRow(measure: Measure): Cell[] {
  const first: Cell = [
    plain(measure.title),
    ...paragraphs(measure.description).map(plain),
    ...measure.activities.map((a) => bullet(a.title)),
  ];
  const strategies: Cell =
    measure.strategyNumbers.length === 0 ? [] : [plain(strategyCellText(measure.strategyNumbers))];
  return [first, strategies, ...ENTRY_COLUMNS.map((column) => entryCell(measure, column))];
}

function areaContent(plan: PlanDocument, area: FocusArea, words: DocumentWords): AreaContent {
  const level = (l: Parameters<typeof levelTitle>[2], plural = false) => levelTitle(plan, words, l, plural);
  return {
    key: area.key,
    heading: `${level(areaLevel(area.kind))} ${area.number}: ${area.title}`,
    title: area.title,
    mainGoalHeading: level("mainGoal"),
    mainGoal: area.mainGoal,
    subGoalsHeading: level("subGoal", true),
    subGoals: area.subGoals.map(({ number, text }) => ({ number, text })),
    strategiesHeading: level("strategy", true),
    strategies: area.strategies.map(({ number, text }) => ({ number, text })),
    measuresHeading: level("measure", true),
    measureRows: area.measures.map(measureRow),
  };
}

function relatedRows(plan: PlanDocument, words: DocumentWords, locale: Locale): Cell[][] {
  const areaTitle = new Map(plan.focusAreas.map((a) => [a.key, a.title]));
  return plan.relatedPlans.map((related) => [
    [plain(related.title)],
    related.links.map((link) => plain(areaTitle.get(link.focusAreaKey) ?? link.focusAreaKey)),
    related.links.map((link) =>
      plain(
        link.text ??
          words.linkText(
            formatNumberRefs(link.subGoalNumbers, locale) || "–",
            formatNumberRefs(link.strategyNumbers, locale) || "–",
          ),
      ),
    ),
    related.funding.map((f) => plain(f.text)),
    related.responsibility === null ? [] : [plain(related.responsibility.text)],
  ]);
}

/**
 * The document's content for a plan (or a plan narrowed to one area by `planOfArea`), with the
 * changes since the revision before when `changesSince` is given.
 */
export function planContent(plan: PlanDocument, locale: Locale, changesSince?: ComparedRevisions): PlanContent {
  const words = documentWords(locale);
  const ap = plan.actionPlan;
  // A document of one area (`planOfArea`) keeps the flagships described under that area and those
  // under none; the others belong to the areas left out.
  const areaKeys = new Set(plan.focusAreas.map((a) => a.key));
  const shown = plan.flagships.filter((f) => f.focusAreaKey === null || areaKeys.has(f.focusAreaKey));
  const flagships =
    shown.length === 0
      ? null
      : {
          heading: words.flagships,
          introduction: ap.flagshipIntroduction,
          items: shown.map((f) => ({ title: f.title, text: f.description })),
        };
  const related =
    plan.relatedPlans.length === 0
      ? null
      : {
          heading: words.relatedPlans,
          introduction: ap.relatedPlansIntroduction,
          rows: relatedRows(plan, words, locale),
        };
  return {
    words,
    title: ap.title,
    organization: plan.organization.name,
    introduction: ap.introduction.flatMap(paragraphs),
    changes: changesSince === undefined ? null : changesContent(changesSince, words, locale),
    flagships,
    areas: plan.focusAreas.map((area) => areaContent(plan, area, words)),
    related,
  };
}
