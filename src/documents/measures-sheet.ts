/**
 * The measures as a table, shared by the XLSX and CSV files: the plan → rows, and rows (with the
 * plan they would change) → a plan or every problem by row and column.
 *
 * Layout: header row 1, then one row per measure followed by one row per activity of it.
 * - «Rad» says which: `tiltak` or `aktivitet` (also `measure`/`activity`).
 * - Keys are columns of their own (area, measure, activity), so a row matches what exists by key;
 *   a row without a key is new and gets one made from its title. An activity row belongs to the
 *   measure its «Tiltaksnøkkel» names, else to the measure row above it.
 * - «Område» is readable («Satsingsområde 1: Industri»); the area key wins, else its number and kind.
 * - «Strategier» are numbers separated by commas, «?» for the plan's unknown strategy; the readable
 *   «Strategitekster» beside it is written for people and ignored on import.
 * - Several indicators or funding lines are numbered column groups: «Indikator 1: tekst»,
 *   «Indikator 2: tekst», «Finansiering 1: beløp», … (as many groups as the plan needs, at least one),
 *   so every text, however long or multi-line, stays in a cell of its own.
 * - Kinds are the format's codes (`count`, `within_budget`, `half_year`, …); lists of keys and years
 *   are separated by commas; an empty cell is «none».
 * Headers are read in any of the three languages. The reading half is `measures-sheet-read.ts`.
 */
import type { Locale } from "../domain/format.js";
import type { Activity, FocusArea, FundingLine, Indicator, Measure, PlanDocument } from "../domain/plan-schema.js";

export type CellValue = string | number | null;
type Labels = Record<Locale, string>;
const same = (nb: string, en: string, nn = nb): Labels => ({ nb, nn, en });

/** The columns every file has, in order. */
export const FIXED_COLUMNS = {
  rowType: same("Rad", "Row"),
  areaKey: same("Områdenøkkel", "Area key"),
  area: same("Område", "Area"),
  measureKey: same("Tiltaksnøkkel", "Measure key"),
  activityKey: same("Aktivitetsnøkkel", "Activity key"),
  title: same("Tittel", "Title"),
  description: same("Beskrivelse", "Description", "Skildring"),
  strategies: same("Strategier", "Strategies"),
  strategyTexts: same("Strategitekster", "Strategy texts"),
  flagshipKey: same("Flaggskip", "Flagship"),
  responsibility: same("Ansvar", "Responsibility"),
  responsible: same("Ansvarlige", "Responsible", "Ansvarlege"),
  partners: same("Samarbeidspartnere", "Partners", "Samarbeidspartnarar"),
  startKind: same("Oppstart: type", "Start: kind"),
  startYear: same("Oppstart: år", "Start: year"),
  startHalf: same("Oppstart: halvår", "Start: half-year"),
  startText: same("Oppstart: tekst", "Start: text"),
} as const;
export type FixedColumn = keyof typeof FIXED_COLUMNS;

export const GROUPS = {
  indicator: {
    word: same("Indikator", "Indicator"),
    fields: {
      key: same("nøkkel", "key"),
      text: same("tekst", "text"),
      kind: same("type", "kind"),
      target: same("mål", "target"),
      baseline: same("utgangspunkt", "baseline"),
      unit: same("enhet", "unit", "eining"),
      recurrence: same("gjentakelse", "recurrence", "gjentaking"),
      deadline: same("frist", "deadline"),
    },
  },
  funding: {
    word: same("Finansiering", "Funding"),
    fields: {
      kind: same("type", "kind"),
      amountNok: same("beløp (kr)", "amount (NOK)"),
      recurrence: same("gjentakelse", "recurrence", "gjentaking"),
      years: same("år", "years"),
      fundingSourceKey: same("finansieringskilde", "funding source"),
      text: same("tekst", "text"),
    },
  },
} as const;
export type GroupName = keyof typeof GROUPS;
export type IndicatorField = keyof typeof GROUPS.indicator.fields;
export type FundingField = keyof typeof GROUPS.funding.fields;

/** What a header names: a fixed column, or one field of the n-th indicator or funding line (from 1). */
export type ColumnId =
  | { type: "fixed"; id: FixedColumn }
  | { type: "group"; group: GroupName; n: number; field: string };

const AREA_WORDS: Record<Locale, Record<FocusArea["kind"], string>> = {
  nb: { focus_area: "Satsingsområde", strategic_move: "Strategisk grep" },
  nn: { focus_area: "Satsingsområde", strategic_move: "Strategisk grep" },
  en: { focus_area: "Focus area", strategic_move: "Strategic move" },
};
export const ROW_WORDS: Record<Locale, { measure: string; activity: string }> = {
  nb: { measure: "tiltak", activity: "aktivitet" },
  nn: { measure: "tiltak", activity: "aktivitet" },
  en: { measure: "measure", activity: "activity" },
};
const STRATEGY_WORD: Record<Locale, string> = { nb: "Strategi", nn: "Strategi", en: "Strategy" };
const LOCALES: Locale[] = ["nb", "nn", "en"];
const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export function areaLabel(area: FocusArea, locale: Locale): string {
  return `${AREA_WORDS[locale][area.kind]} ${area.number}: ${area.title}`;
}

/** «Satsingsområde 1: …» (in any language) → its kind and number; null when it reads otherwise. */
export function parseAreaLabel(label: string): { kind: FocusArea["kind"]; number: number } | null {
  const match = /^(.*?)\s+(\d+)\s*(?::|$)/.exec(label.trim());
  if (match === null) return null;
  const word = norm(match[1] ?? "");
  for (const locale of LOCALES) {
    for (const [kind, text] of Object.entries(AREA_WORDS[locale])) {
      if (norm(text) === word) return { kind: kind as FocusArea["kind"], number: Number(match[2]) };
    }
  }
  return null;
}

export function headerOf(id: ColumnId, locale: Locale): string {
  if (id.type === "fixed") return FIXED_COLUMNS[id.id][locale];
  const group = GROUPS[id.group];
  const fields = group.fields as Record<string, Labels>;
  return `${group.word[locale]} ${id.n}: ${fields[id.field]?.[locale] ?? id.field}`;
}

/** A header as written (any language, any case) → what it names; null for a header we do not know. */
export function columnIdOf(header: string): ColumnId | null {
  const h = norm(header);
  for (const [id, labels] of Object.entries(FIXED_COLUMNS)) {
    if (LOCALES.some((l) => norm(labels[l]) === h)) return { type: "fixed", id: id as FixedColumn };
  }
  for (const [group, def] of Object.entries(GROUPS)) {
    for (const locale of LOCALES) {
      const prefix = `${norm(def.word[locale])} `;
      if (!h.startsWith(prefix)) continue;
      const match = /^(\d+):\s*(.+)$/.exec(h.slice(prefix.length));
      if (match === null) continue;
      const field = Object.entries(def.fields as Record<string, Labels>).find(([, labels]) =>
        LOCALES.some((l) => norm(labels[l]) === match[2]),
      );
      if (field !== undefined)
        return { type: "group", group: group as GroupName, n: Number(match[1]), field: field[0] };
    }
  }
  return null;
}

/** How many indicator and funding column groups the plan needs: its longest list, at least one. */
function groupCounts(plan: PlanDocument): Record<GroupName, number> {
  let indicator = 1;
  let funding = 1;
  for (const area of plan.focusAreas) {
    for (const measure of area.measures) {
      for (const item of [measure, ...measure.activities]) {
        indicator = Math.max(indicator, item.indicators.length);
        funding = Math.max(funding, item.funding.length);
      }
    }
  }
  return { indicator, funding };
}

function columnIds(counts: Record<GroupName, number>): ColumnId[] {
  const ids: ColumnId[] = Object.keys(FIXED_COLUMNS).map((id) => ({ type: "fixed", id: id as FixedColumn }));
  for (const group of ["indicator", "funding"] as const) {
    for (let n = 1; n <= counts[group]; n++) {
      for (const field of Object.keys(GROUPS[group].fields)) ids.push({ type: "group", group, n, field });
    }
  }
  return ids;
}

/** The header row and one row per measure and per activity, in the reader's language. */
export function measuresTable(plan: PlanDocument, locale: Locale): { header: string[]; rows: CellValue[][] } {
  const { header, rows } = measuresRows(plan, locale);
  return { header, rows: [...rows] };
}

/**
 * The same as `measuresTable`, with the rows made one at a time as they are read, so that a file
 * written from them (`measuresCsvStream`, `measuresXlsxStream`) never holds them all.
 */
export function measuresRows(plan: PlanDocument, locale: Locale): { header: string[]; rows: Iterable<CellValue[]> } {
  const ids = columnIds(groupCounts(plan));
  function* rows(): Generator<CellValue[]> {
    for (const area of plan.focusAreas) {
      for (const measure of area.measures) {
        yield ids.map((id) => cellOf(id, area, measure, null, locale));
        for (const activity of measure.activities) yield ids.map((id) => cellOf(id, area, measure, activity, locale));
      }
    }
  }
  return { header: ids.map((id) => headerOf(id, locale)), rows: { [Symbol.iterator]: rows } };
}

const list = (items: ReadonlyArray<string | number>): string | null => (items.length === 0 ? null : items.join(", "));

function cellOf(id: ColumnId, area: FocusArea, measure: Measure, activity: Activity | null, locale: Locale): CellValue {
  const item = activity ?? measure;
  if (id.type === "group") {
    if (id.group === "indicator") {
      const indicator = item.indicators[id.n - 1];
      return indicator === undefined ? null : indicatorCell(indicator, id.field as IndicatorField);
    }
    const line = item.funding[id.n - 1];
    return line === undefined ? null : fundingCell(line, id.field as FundingField);
  }
  const strategies = activity === null ? measure.strategyNumbers : [];
  switch (id.id) {
    case "rowType":
      return activity === null ? ROW_WORDS[locale].measure : ROW_WORDS[locale].activity;
    case "areaKey":
      return area.key;
    case "area":
      return areaLabel(area, locale);
    case "measureKey":
      return measure.key;
    case "activityKey":
      return activity?.key ?? null;
    case "title":
      return item.title;
    case "description":
      return item.description;
    case "strategies":
      return list(strategies.map((n) => (n === "unknown" ? "?" : n)));
    case "strategyTexts": {
      const texts = strategies.map((n) =>
        n === "unknown"
          ? `${STRATEGY_WORD[locale]} ?`
          : `${STRATEGY_WORD[locale]} ${n}: ${area.strategies.find((s) => s.number === n)?.text ?? ""}`,
      );
      return texts.length === 0 ? null : texts.join("\n");
    }
    case "flagshipKey":
      return activity === null ? measure.flagshipKey : null;
    case "responsibility":
      return item.responsibility?.text ?? null;
    case "responsible":
      return list(item.responsibility?.responsibleActorKeys ?? []);
    case "partners":
      return list(item.responsibility?.partnerActorKeys ?? []);
    case "startKind":
      return item.start?.kind ?? null;
    case "startYear":
      return item.start?.year ?? null;
    case "startHalf":
      return item.start?.half ?? null;
    case "startText":
      return item.start?.text ?? null;
  }
}

function indicatorCell(indicator: Indicator, field: IndicatorField): CellValue {
  return indicator[field] ?? null;
}

function fundingCell(line: FundingLine, field: FundingField): CellValue {
  if (field === "years") return list(line.years);
  return line[field] ?? null;
}
