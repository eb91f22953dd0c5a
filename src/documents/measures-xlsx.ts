/**
 * The measures as an Excel workbook (exceljs), to edit and read back (`measures-import.ts`): sheet
 * «Tiltak» in the column layout of `measures-sheet.ts` — one row per measure and per activity,
 * keys in columns of their own, numbered column groups for indicators and funding lines — and a
 * sheet «Forklaring» listing the codes each kind column takes. Texts are written as text, so that
 * Excel turns none of them into dates or formulas; years and amounts as numbers. Pure.
 */
import ExcelJS from "exceljs";
import type { Locale } from "../domain/format.js";
import { FundingKind, IndicatorKind, type PlanDocument, Recurrence, StartKind } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { measuresTable, ROW_WORDS } from "./measures-sheet.js";

const WORDS: Record<Locale, { sheet: string; legend: string; column: string; values: string; made: string }> = {
  nb: { sheet: "Tiltak", legend: "Forklaring", column: "Kolonne", values: "Gyldige verdier", made: "Laget" },
  nn: { sheet: "Tiltak", legend: "Forklaring", column: "Kolonne", values: "Gyldige verdiar", made: "Laga" },
  en: { sheet: "Measures", legend: "Legend", column: "Column", values: "Valid values", made: "Made" },
};

export async function measuresXlsx(plan: PlanDocument, options: DocumentOptions): Promise<Buffer> {
  const words = WORDS[options.locale];
  const { header, rows } = measuresTable(plan, options.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Planspor";
  workbook.title = plan.actionPlan.title;
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const text = (header[i] ?? "").toLowerCase();
    column.width = /tittel|title|beskriv|skildr|descr|tekst|text|ansvar$|responsibility/.test(text) ? 40 : 16;
    column.alignment = { vertical: "top", wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };

  const legend = workbook.addWorksheet(words.legend);
  legend.addRow([words.column, words.values]).font = { bold: true };
  const rowWords = ROW_WORDS[options.locale];
  legend.addRow([header[0] ?? "", `${rowWords.measure}, ${rowWords.activity}`]);
  legend.addRow(["Oppstart: type / Start: kind", StartKind.options.join(", ")]);
  legend.addRow(["Indikator: type / Indicator: kind", IndicatorKind.options.join(", ")]);
  legend.addRow(["Finansiering: type / Funding: kind", FundingKind.options.join(", ")]);
  legend.addRow(["Gjentakelse / Recurrence", Recurrence.options.join(", ")]);
  legend.addRow(["Strategier / Strategies", "1, 2, ? (?: Strategi ?)"]);
  legend.addRow([words.made, options.madeOn]);
  legend.getColumn(1).width = 36;
  legend.getColumn(2).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
