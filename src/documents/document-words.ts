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
import { formatList, type Locale } from "../domain/format.js";
import type { FocusAreaKind, Level, LevelNames, PlanDocument } from "../domain/plan-schema.js";
import type { AreaComparison, RevisionComparison } from "../domain/revision-model.js";
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
  /** The section on what changed since the revision before (`revision-changes-content.ts`). */
  changes: {
    heading: (from: number) => string;
    summary: (counts: RevisionComparison["counts"]) => string;
    planHeading: string;
    planColumns: readonly [string, string, string];
    columns: readonly [string, string, string, string, string];
    kinds: Record<AreaComparison["change"], string>;
  };
};

type Counts = RevisionComparison["counts"];

/** «2 tiltak lagt til, 1 avsluttet og 3 endret» for each kind of thing with changes, joined in a list. */
function countsSummary(
  counts: Counts,
  locale: Locale,
  nouns: { measures: string; activities: string; areas: string; planFields: (n: number) => string },
  verbs: { added: string; closed: string; changed: string },
  none: string,
): string {
  const of = (c: Counts["measures"], noun: string) => {
    const parts = (["added", "closed", "changed"] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${verbs[k]}`);
    if (parts.length === 0) return null;
    parts[0] = `${noun} ${parts[0]}`;
    return formatList(parts, locale);
  };
  const parts = [
    of(counts.measures, nouns.measures),
    of(counts.activities, nouns.activities),
    of(counts.areas, nouns.areas),
    counts.planFields > 0 ? nouns.planFields(counts.planFields) : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? none : `${parts.join("; ")}.`;
}

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
  changes: {
    heading: (from) => `Endringer fra revisjon ${from}`,
    summary: (counts) =>
      countsSummary(
        counts,
        "nb",
        {
          measures: "Tiltak:",
          activities: "Deltiltak:",
          areas: "Områder:",
          planFields: (n) => `${n} ${n === 1 ? "felt" : "felter"} i planen endret`,
        },
        { added: "lagt til", closed: "avsluttet", changed: "endret" },
        "Ingen endringer.",
      ),
    planHeading: "Endringer i planen",
    planColumns: ["Felt", "Før", "Etter"],
    columns: ["Tiltak", "Endring", "Felt", "Før", "Etter"],
    kinds: { added: "Nytt", closed: "Avsluttet", changed: "Endret", unchanged: "Uendret" },
  },
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
  changes: {
    heading: (from) => `Endringar frå revisjon ${from}`,
    summary: (counts) =>
      countsSummary(
        counts,
        "nn",
        {
          measures: "Tiltak:",
          activities: "Deltiltak:",
          areas: "Område:",
          planFields: (n) => `${n} felt i planen endra`,
        },
        { added: "lagt til", closed: "avslutta", changed: "endra" },
        "Ingen endringar.",
      ),
    planHeading: "Endringar i planen",
    planColumns: ["Felt", "Før", "Etter"],
    columns: ["Tiltak", "Endring", "Felt", "Før", "Etter"],
    kinds: { added: "Nytt", closed: "Avslutta", changed: "Endra", unchanged: "Uendra" },
  },
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
  changes: {
    heading: (from) => `Changes since revision ${from}`,
    summary: (counts) =>
      countsSummary(
        counts,
        "en",
        {
          measures: "Measures:",
          activities: "Activities:",
          areas: "Areas:",
          planFields: (n) => `${n} ${n === 1 ? "field" : "fields"} of the plan changed`,
        },
        { added: "added", closed: "closed", changed: "changed" },
        "No changes.",
      ),
    planHeading: "Changes to the plan",
    planColumns: ["Field", "Before", "After"],
    columns: ["Measure", "Change", "Field", "Before", "After"],
    kinds: { added: "New", closed: "Closed", changed: "Changed", unchanged: "Unchanged" },
  },
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
