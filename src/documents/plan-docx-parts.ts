/**
 * The building blocks of the plan's Word document: its styles and lists, and its tables. Real
 * Word tables (one row per measure, a repeating header row) and real list numbering (`w:numPr`),
 * so the document can be edited, pasted into a council case and read back by the Word import.
 */
import {
  AlignmentType,
  BorderStyle,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Cell } from "./plan-document-content.js";

/** The list of bullets in table cells (activities) and of numbered items (sub-goals, strategies). */
export const BULLETS = "plan-bullets";
export const NUMBERS = "plan-numbers";

/** A4 landscape, in twentieths of a point: six columns need the width, as in the printed plan. */
export const PAGE = { width: 16838, height: 11906, margin: 1000 } as const;
const TABLE_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = "Calibri";
const ACCENT = "1F4E79";
const HEADER_FILL = "DCE6F1";

export function styles(language: string): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      // The language on the defaults: Word checks spelling in it, and screen readers read it so.
      document: {
        run: { font: FONT, size: 20, language: { value: language } },
        paragraph: { spacing: { after: 60 } },
      },
      title: { run: { font: FONT, size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(32, 360),
      heading2: heading(24, 240),
    },
    // The heading above the table of contents looks like a Heading 1 but is not one, so the
    // table of contents does not list itself.
    paragraphStyles: [
      {
        id: "TOCHeading",
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        ...heading(32, 240),
      },
    ],
  };
}

export function numbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: "•",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 284, hanging: 284 } } },
          },
        ],
      },
      {
        reference: NUMBERS,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: "%1.",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 425, hanging: 425 } } },
          },
        ],
      },
    ],
  };
}

/** A numbered item in list `instance` (each list starts at its first item's number). */
export function numberedParagraph(text: string, instance: number): Paragraph {
  return new Paragraph({ text, numbering: { reference: NUMBERS, level: 0, instance } });
}

function cellParagraphs(cell: Cell, boldFirst: boolean): Paragraph[] {
  // Word wants at least one paragraph in every cell; an empty cell gets an empty one.
  if (cell.length === 0) return [new Paragraph({})];
  return cell.map(
    (p, i) =>
      new Paragraph({
        children:
          p.label === undefined
            ? [new TextRun({ text: p.text, bold: boldFirst && i === 0 })]
            : [new TextRun({ text: p.label, italics: true }), new TextRun(p.text.slice(p.label.length))],
        ...(p.bullet ? { numbering: { reference: BULLETS, level: 0 } } : {}),
        spacing: { after: 40 },
      }),
  );
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "8EA9C1" } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border };

/**
 * A table with a header row that Word repeats on every page, columns in shares of the width. The
 * first paragraph of each row's first cell (the measure's or related plan's title) is bold.
 */
export function planTable(headers: readonly string[], shares: readonly number[], rows: Cell[][]): Table {
  const widths = shares.map((share) => Math.round(share * TABLE_WIDTH));
  const cell = (children: Paragraph[], index: number, fill?: string) =>
    new TableCell({
      children,
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, fill, color: "auto" } }),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, i) =>
      cell([new Paragraph({ children: [new TextRun({ text, bold: true })] })], i, HEADER_FILL),
    ),
  });
  const body = rows.map(
    (row) => new TableRow({ children: row.map((content, i) => cell(cellParagraphs(content, i === 0), i)) }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...borders, insideVertical: border },
  });
}

/** The measures table's column widths: the measure and its activities get the most room. */
export const MEASURE_SHARES = [0.3, 0.08, 0.19, 0.17, 0.14, 0.12] as const;
export const RELATED_SHARES = [0.22, 0.2, 0.2, 0.22, 0.16] as const;
/** The changes tables: Tiltak | Endring | Felt | Før | Etter, and the plan's own: Felt | Før | Etter. */
export const CHANGE_SHARES = [0.24, 0.1, 0.14, 0.26, 0.26] as const;
export const PLAN_CHANGE_SHARES = [0.2, 0.4, 0.4] as const;
