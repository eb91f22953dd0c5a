/**
 * A measure table read into drafts, one per measure row: the six columns of the cell convention
 * (Tiltak | Strategi | Måleindikator | Finansiering | Ansvar | Oppstart), found by their headers in
 * bokmål, nynorsk or English, wherever they stand. Merged cells are read by their grid position; a
 * vertically merged cell gives its text to every row it spans. Columns not known are listed apart.
 */
import type { NumberRef } from "../domain/plan-schema.js";
import type { DocCell, DocParagraph, DocTable } from "./docx-read-body.js";
import { readStrategies, sameText, typedBullet } from "./docx-read-cells.js";
import type { ImportProblem } from "./import-result.js";

export type ColumnKind = "measure" | "strategy" | "indicator" | "funding" | "responsibility" | "start";

const HEADERS: Record<ColumnKind, RegExp> = {
  measure: /^(tiltak|tiltak og aktiviteter|measures?|actions?)$/,
  strategy: /^(strategi|strategier|strategiar|strategy|strategies|strategi nr)$/,
  indicator:
    /^(måleindikator(ar|er)?|målindikator(ar|er)?|indikator(ar|er)?|indicators?|measurement indicators?|resultatmål)$/,
  funding: /^(finansiering|økonomi|funding|financing)$/,
  responsibility: /^(ansvar|ansvarleg|ansvarlig|responsibility|responsible)$/,
  start: /^(oppstart|start|tidspunkt|oppstartstidspunkt|when)$/,
};

export type Header = { row: number; columns: Map<number, { kind: ColumnKind; text: string }>; extra: string[] };

/** One cell's lines: a paragraph's line breaks make lines too; a Word list item is marked. */
type Line = { text: string; list: boolean };

/** Where each cell of a row stands on the table's grid, merged cells counted by their span. */
function onGrid(row: DocCell[]): { cell: DocCell; from: number; to: number }[] {
  let at = 0;
  return row.map((cell) => {
    const placed = { cell, from: at, to: at + cell.span };
    at += cell.span;
    return placed;
  });
}

const cellText = (cell: DocCell) =>
  cell.paragraphs
    .map((p) => p.text)
    .join(" ")
    .trim();
const headerWord = (text: string) => sameText(text).replace(/\s*\(.*\)$/, "");

/** The header row among the first three rows: the first with a «Tiltak» column and a measure column. */
export function findHeader(table: DocTable): Header | null {
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const columns = new Map<number, { kind: ColumnKind; text: string }>();
    const extra: string[] = [];
    for (const { cell, from } of onGrid(table.rows[r] ?? [])) {
      const text = cellText(cell);
      const kind = (Object.keys(HEADERS) as ColumnKind[]).find((k) => HEADERS[k].test(headerWord(text)));
      if (kind !== undefined && ![...columns.values()].some((c) => c.kind === kind)) columns.set(from, { kind, text });
      else if (text !== "") extra.push(text);
    }
    // «Tiltak» with a column only a measure table has; the related plans table has «Tiltak» too.
    const kinds = new Set([...columns.values()].map((c) => c.kind));
    if (kinds.has("measure") && (kinds.has("strategy") || kinds.has("indicator") || kinds.has("start"))) {
      return { row: r, columns, extra };
    }
  }
  return null;
}

function linesOf(paragraphs: DocParagraph[]): Line[] {
  return paragraphs.flatMap((p) =>
    p.text
      .split("\n")
      .map((text, i) => ({ text: text.trim(), list: p.list && i === 0 }))
      .filter((l) => l.text !== ""),
  );
}

export type Entries = { own: string[]; byActivity: Map<number, string[]> };
export type MeasureDraft = {
  title: string;
  description: string[];
  activities: { title: string; description: string[] }[];
  strategies: NumberRef[];
  indicator: Entries;
  funding: Entries;
  responsibility: Entries;
  start: Entries;
  /** Where the row stands, for problems: the sheet label, the row as counted in the table (header 1). */
  sheet: string;
  row: number;
  headers: Partial<Record<ColumnKind, string>>;
};
export type TableItem = { type: "measure"; draft: MeasureDraft } | { type: "heading"; text: string };

/** «Activity title: text» → the activity's index and the text, by the longest title that fits. */
function byActivityPrefix(text: string, titles: string[]): { index: number; text: string } | null {
  let best: { index: number; text: string; length: number } | null = null;
  titles.forEach((title, index) => {
    const head = text.slice(0, title.length + 1);
    if (head.length > title.length && head.endsWith(":") && sameText(head.slice(0, -1)) === sameText(title)) {
      if (best === null || title.length > best.length) {
        best = { index, text: text.slice(title.length + 1).trim(), length: title.length };
      }
    }
  });
  return best;
}

function entriesOf(lines: Line[], titles: string[]): Entries {
  const entries: Entries = { own: [], byActivity: new Map() };
  for (const line of lines) {
    const bullet = line.list ? line.text : (typedBullet(line.text) ?? line.text);
    const hit = byActivityPrefix(bullet, titles);
    if (hit !== null && hit.text !== "") {
      entries.byActivity.set(hit.index, [...(entries.byActivity.get(hit.index) ?? []), hit.text]);
    } else entries.own.push(bullet);
  }
  return entries;
}

/** The measure rows of a table whose header has been found; problems and skipped notes are added. */
export function readMeasureTable(
  table: DocTable,
  header: Header,
  sheet: string,
  problems: ImportProblem[],
  skipped: string[],
): TableItem[] {
  const items: TableItem[] = [];
  const headers: Partial<Record<ColumnKind, string>> = {};
  for (const c of header.columns.values()) headers[c.kind] = c.text;
  for (const text of header.extra) skipped.push(`${sheet}: the column «${text}» is not read`);
  const width = onGrid(table.rows[header.row] ?? []).at(-1)?.to ?? 0;
  const above = new Map<number, DocCell>();
  let previous: MeasureDraft | null = null;

  table.rows.forEach((row, r) => {
    if (r <= header.row) return;
    const rowNumber = r - header.row + 1;
    const placed = onGrid(row);
    // A row of one cell across the table is a heading inside the table («Satsingsområde 2: …»).
    if (placed.length === 1 && width > 1 && (placed[0]?.cell.span ?? 1) >= width) {
      const text = cellText(placed[0]?.cell ?? { paragraphs: [], span: 1, vMerge: null });
      if (text !== "") items.push({ type: "heading", text });
      return;
    }
    const cells = new Map<ColumnKind, DocCell>();
    let continued = false;
    for (const { cell, from, to } of placed) {
      for (const [at, column] of header.columns) {
        if (at < from || at >= to) continue;
        let content = cell;
        if (cell.vMerge === "continue") {
          content = above.get(at) ?? cell;
          if (column.kind === "measure") continued = true;
        } else above.set(at, cell);
        cells.set(column.kind, content);
      }
    }
    const lines = (kind: ColumnKind) => linesOf(cells.get(kind)?.paragraphs ?? []);
    const tiltak = lines("measure");
    if (continued || tiltak.length === 0) {
      const rest = (["indicator", "funding", "responsibility", "start"] as const).some((k) => lines(k).length > 0);
      if (!rest) return;
      if (previous === null || !continued) {
        skipped.push(`${sheet}, row ${rowNumber}: a row without a measure title is not read`);
        return;
      }
      // A merged measure cell: the row's entries belong to the measure above.
      for (const kind of ["indicator", "funding", "responsibility", "start"] as const) {
        previous[kind].own.push(...lines(kind).map((l) => typedBullet(l.text) ?? l.text));
      }
      return;
    }
    const [first, ...more] = tiltak;
    const title = typedBullet(first?.text ?? "") ?? first?.text ?? "";
    const description: string[] = [];
    const activities: MeasureDraft["activities"] = [];
    for (const line of more) {
      const bullet = line.list ? line.text : typedBullet(line.text);
      if (bullet !== null) activities.push({ title: bullet, description: [] });
      else if (activities.length > 0) activities.at(-1)?.description.push(line.text);
      else description.push(line.text);
    }
    const titles = activities.map((a) => a.title);
    const strategyText = lines("strategy")
      .map((l) => l.text)
      .join(", ");
    const { refs, unreadable } = readStrategies(strategyText);
    for (const token of unreadable) {
      problems.push({
        code: "unknown_strategy",
        message: `«${token}» is not a strategy number (write numbers such as «1, 3», or «?» when unknown)`,
        sheet,
        row: rowNumber,
        ...(headers.strategy ? { column: headers.strategy } : {}),
      });
    }
    previous = {
      title,
      description,
      activities,
      strategies: refs,
      indicator: entriesOf(lines("indicator"), titles),
      funding: entriesOf(lines("funding"), titles),
      responsibility: entriesOf(lines("responsibility"), titles),
      start: entriesOf(lines("start"), titles),
      sheet,
      row: rowNumber,
      headers,
    };
    items.push({ type: "measure", draft: previous });
  });
  return items;
}
