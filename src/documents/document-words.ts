/**
 * The words around the plan's own in the documents made from it (DOCX, PDF), in bokmål, nynorsk
 * and English: table headers, section headings, the header and footer lines. The plan's own words
 * for its levels («satsingsområde», «hovedmål», …) come first when the plan sets them
 * (`actionPlan.levelNames`), so a municipality recognises its plan whatever the reader's language;
 * these words are the fallback, the same as the web UI's (`web/i18n/*.ts` `levels`).
 *
 * The six column headers of the measures table are fixed words, never the plan's level names:
 * the Word import (`plan-docx-import.ts`) finds the tables by them.
 */
import type { Locale } from "../domain/format.js";
import type { FocusAreaKind, Level, LevelNames, PlanDocument } from "../domain/plan-schema.js";
import { LEVEL_WORDS } from "../domain/vocabulary.js";

export type DocumentWords = {
  /** The measures table's header row: Tiltak | Strategi | Måleindikator | Finansiering | Ansvar | Oppstart. */
  measureColumns: readonly [string, string, string, string, string, string];
  /** The related plans table's header row. */
  relatedColumns: readonly [string, string, string, string, string];
  levels: LevelNames;
  contents: string;
  flagships: string;
  relatedPlans: string;
  /**
   * The document's header beside the plan's title: the plan's revision, when the council adopted it
   * (null: a draft, or the date is unknown), and the day the document was made.
   */
  version: (revision: number, adoptedOn: string | null, madeOn: string) => string;
  /** «Side 3 av 24». */
  page: (page: number, pages: number) => string;
  /** The prefix of the page-number field in Word, which counts the pages itself: «Side ». */
  pagePrefix: string;
  /** Between the current page and the page count in Word: « av ». */
  pageOf: string;
  /** The related plan's link when the plan gives no text for it: «Delmål 1 og 3 / Strategi 2». */
  linkText: (subGoals: string, strategies: string) => string;
  /** The document's subject property. */
  subject: (organization: string) => string;
};

const NB: DocumentWords = {
  measureColumns: ["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"],
  relatedColumns: ["Tiltak", "Satsingsområde/Strategisk grep", "Delmål og strategier", "Finansiering", "Ansvar"],
  levels: LEVEL_WORDS.nb,
  contents: "Innhold",
  flagships: "Fyrtårnprosjekter",
  relatedPlans: "Andre planer og prosjekter",
  version: (revision, adoptedOn, madeOn) =>
    `Revisjon ${revision}${adoptedOn === null ? "" : `, vedtatt ${adoptedOn}`} · Versjon ${madeOn}`,
  page: (page, pages) => `Side ${page} av ${pages}`,
  pagePrefix: "Side ",
  pageOf: " av ",
  linkText: (subGoals, strategies) => `Delmål ${subGoals} / Strategi ${strategies}`,
  subject: (organization) => `Handlingsplan, ${organization}`,
};

const NN: DocumentWords = {
  measureColumns: ["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"],
  relatedColumns: ["Tiltak", "Satsingsområde/Strategisk grep", "Delmål og strategiar", "Finansiering", "Ansvar"],
  levels: LEVEL_WORDS.nn,
  contents: "Innhald",
  flagships: "Fyrtårnprosjekt",
  relatedPlans: "Andre planar og prosjekt",
  version: (revision, adoptedOn, madeOn) =>
    `Revisjon ${revision}${adoptedOn === null ? "" : `, vedteken ${adoptedOn}`} · Versjon ${madeOn}`,
  page: (page, pages) => `Side ${page} av ${pages}`,
  pagePrefix: "Side ",
  pageOf: " av ",
  linkText: (subGoals, strategies) => `Delmål ${subGoals} / Strategi ${strategies}`,
  subject: (organization) => `Handlingsplan, ${organization}`,
};

const EN: DocumentWords = {
  measureColumns: ["Measure", "Strategy", "Indicator", "Funding", "Responsible", "Start"],
  relatedColumns: ["Measure", "Focus area/Strategic move", "Sub-goals and strategies", "Funding", "Responsible"],
  levels: LEVEL_WORDS.en,
  contents: "Contents",
  flagships: "Flagship projects",
  relatedPlans: "Other plans and projects",
  version: (revision, adoptedOn, madeOn) =>
    `Revision ${revision}${adoptedOn === null ? "" : `, adopted ${adoptedOn}`} · Version ${madeOn}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  pagePrefix: "Page ",
  pageOf: " of ",
  linkText: (subGoals, strategies) => `Sub-goals ${subGoals} / Strategies ${strategies}`,
  subject: (organization) => `Action plan, ${organization}`,
};

const WORDS: Record<Locale, DocumentWords> = { nb: NB, nn: NN, en: EN };

export function documentWords(locale: Locale): DocumentWords {
  return WORDS[locale];
}

/** The BCP 47 tag of the document's language (Word's `w:lang`, the PDF's `/Lang`). */
export function languageTag(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale === "nn" ? "nn-NO" : "nb-NO";
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);

/** A level's word as it opens a heading: the plan's own («Satsingsområde»), else the locale's. */
export function levelTitle(plan: PlanDocument, words: DocumentWords, level: Level, plural = false): string {
  const form = plural ? "plural" : "singular";
  return capitalize(plan.actionPlan.levelNames?.[level][form] ?? words.levels[level][form]);
}

/** The level of an area of the given kind. */
export const areaLevel = (kind: FocusAreaKind): Level => (kind === "focus_area" ? "focusArea" : "strategicMove");
