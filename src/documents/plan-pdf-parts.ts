/**
 * The building blocks of the plan's PDF (pdfmake): its styles, its tables with a header row that
 * repeats on every page, and table cells whose bullets are real lists.
 */
import type { Content, StyleDictionary, TableCell } from "pdfmake/interfaces.js";
import type { Cell, NumberedItem } from "./plan-document-content.js";

const ACCENT = "#1F4E79";
const HEADER_FILL = "#DCE6F1";
const RULE = "#8EA9C1";

export const STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
  organization: { fontSize: 12, margin: [0, 0, 0, 18] },
  contents: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 0, 0, 8] },
  heading1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
  heading2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 10, 0, 4] },
  body: { margin: [0, 0, 0, 5] },
  tableHeader: { bold: true, fillColor: HEADER_FILL },
  pageLine: { fontSize: 8, color: "#555555" },
};

/** One cell's paragraphs: plain ones as texts, runs of bullets as one list. */
export function cellContent(cell: Cell, boldFirst: boolean): Content {
  const stack: Content[] = [];
  let bullets: Content[] = [];
  const flush = () => {
    if (bullets.length > 0) stack.push({ ul: bullets, margin: [0, 1, 0, 2] });
    bullets = [];
  };
  cell.forEach((p, i) => {
    if (p.bullet) {
      bullets.push(
        p.label === undefined ? p.text : { text: [{ text: p.label, italics: true }, p.text.slice(p.label.length)] },
      );
      return;
    }
    flush();
    stack.push({ text: p.text, bold: boldFirst && i === 0, margin: [0, 0, 0, 2] });
  });
  flush();
  return { stack };
}

const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A table of the given columns (widths in percent), its header row repeated after each page break. */
export function pdfTable(headers: readonly string[], widths: readonly number[], rows: Cell[][]): Content {
  const header: TableCell[] = headers.map((text) => ({ text, style: "tableHeader" }));
  const body: TableCell[][] = rows.map((row) => row.map((cell, i) => cellContent(cell, i === 0) as TableCell));
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, widths: widths.map((w) => `${w}%`), body: [header, ...body] },
    layout: tableLayout,
    fontSize: 9,
    margin: [0, 4, 0, 8],
  };
}

/** A numbered list with the plan's numbers: a real list when they run 1, 2, 3, …, else written out. */
export function numberedList(items: NumberedItem[]): Content {
  if (items.every((item, i) => item.number === i + 1)) {
    return { ol: items.map((item) => item.text), margin: [0, 0, 0, 6] };
  }
  return { stack: items.map((item) => `${item.number}. ${item.text}`), margin: [0, 0, 0, 6] };
}

/** Percent widths of the columns: the same shares as the Word tables. */
export const MEASURE_WIDTHS = [30, 8, 19, 17, 14, 12] as const;
export const RELATED_WIDTHS = [22, 20, 20, 22, 16] as const;
export const CHANGE_WIDTHS = [24, 10, 14, 26, 26] as const;
export const PLAN_CHANGE_WIDTHS = [20, 40, 40] as const;
