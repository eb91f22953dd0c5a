/**
 * The measures as an Excel workbook (exceljs), to edit and read back (`measures-import.ts`): sheet
 * «Tiltak» in the column layout of `measures-sheet.ts` — one row per measure and per activity,
 * keys in columns of their own, numbered column groups for indicators and funding lines — and a
 * sheet «Forklaring» listing the codes each kind column takes. Texts are written as text (shared
 * strings), so that Excel turns none of them into dates or formulas; years and amounts as numbers.
 *
 * Written with exceljs's streaming writer: each row is committed as soon as it is made and the zip
 * is sent as it is deflated, so a large plan's workbook is never whole in memory (the shared
 * strings table, written last, is: one copy of each distinct text). The writer waits while the
 * reader is behind, and gives the event loop a turn every `BATCH` rows. Pure apart from the stream.
 */
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import type { Locale } from "../domain/format.js";
import { FundingKind, IndicatorKind, type PlanDocument, Recurrence, StartKind } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { measuresRows, ROW_WORDS } from "./measures-sheet.js";

const WORDS: Record<Locale, { sheet: string; legend: string; column: string; values: string; made: string }> = {
  nb: { sheet: "Tiltak", legend: "Forklaring", column: "Kolonne", values: "Gyldige verdier", made: "Laget" },
  nn: { sheet: "Tiltak", legend: "Forklaring", column: "Kolonne", values: "Gyldige verdiar", made: "Laga" },
  en: { sheet: "Measures", legend: "Legend", column: "Column", values: "Valid values", made: "Made" },
};
const WIDE = /tittel|title|beskriv|skildr|descr|tekst|text|ansvar$|responsibility/;
const BATCH = 200;

/** The workbook as a stream of bytes, written as it is read; a failure destroys the stream with the error. */
export function measuresXlsxStream(plan: PlanDocument, options: DocumentOptions): Readable {
  const out = new PassThrough();
  writeMeasuresXlsx(plan, options, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The workbook at once: the bytes of `measuresXlsxStream`. */
export async function measuresXlsx(plan: PlanDocument, options: DocumentOptions): Promise<Buffer> {
  return buffer(measuresXlsxStream(plan, options));
}

async function writeMeasuresXlsx(plan: PlanDocument, options: DocumentOptions, out: PassThrough): Promise<void> {
  const words = WORDS[options.locale];
  const { header, rows } = measuresRows(plan, options.locale);
  // Level 6 as the buffered writer (JSZip) deflates: archiver's default makes the file 40 % larger.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  });
  workbook.creator = "Planspor";
  workbook.lastModifiedBy = "Planspor";
  workbook.title = plan.actionPlan.title;
  const sheet = workbook.addWorksheet(words.sheet, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  // The streaming writer writes the columns before the first row, so they are set first.
  sheet.columns = header.map((text) => ({
    width: WIDE.test(text.toLowerCase()) ? 40 : 16,
    style: { alignment: { vertical: "top", wrapText: true } },
  }));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.commit();
  // A turn before the rows: the zip's first parts (theme, relations, the sheet's start) go out at once.
  await turn(out);
  let written = 0;
  for (const row of rows) {
    if (out.destroyed) return;
    sheet.addRow(row).commit();
    if (++written % BATCH === 0) await turn(out);
  }
  sheet.commit();

  const legend = workbook.addWorksheet(words.legend);
  legend.columns = [{ width: 36 }, { width: 100 }];
  const title = legend.addRow([words.column, words.values]);
  title.font = { bold: true };
  const rowWords = ROW_WORDS[options.locale];
  legend.addRow([header[0] ?? "", `${rowWords.measure}, ${rowWords.activity}`]);
  legend.addRow(["Oppstart: type / Start: kind", StartKind.options.join(", ")]);
  legend.addRow(["Indikator: type / Indicator: kind", IndicatorKind.options.join(", ")]);
  legend.addRow(["Finansiering: type / Funding: kind", FundingKind.options.join(", ")]);
  legend.addRow(["Gjentakelse / Recurrence", Recurrence.options.join(", ")]);
  legend.addRow(["Strategier / Strategies", "1, 2, ? (?: Strategi ?)"]);
  legend.addRow([words.made, options.madeOn]);
  legend.commit();
  await workbook.commit();
}

/** Waits while the reader is behind, then lets the event loop (the zip, the socket) run. */
async function turn(out: PassThrough): Promise<void> {
  if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
  await new Promise((resolve) => setImmediate(resolve));
}
