/**
 * What a plan asks of the budget as an Excel workbook (exceljs): one sheet per view — by kind, by
 * area, by responsible unit, by funding source — and one of the lines that need money without a
 * sum. Amounts are numbers with a «kr» number format, so a spreadsheet can add them up again; each
 * sum row and column is a formula over the cells above or beside it, with its value cached.
 * Pure: plan and budget in, bytes out.
 */
import ExcelJS from "exceljs";
import type { Locale } from "../domain/format.js";
import type { PlanBudget, YearAmounts } from "../domain/insight-models.js";
import type { FundingKind, PlanDocument } from "../domain/plan-schema.js";
import { FUNDING_KIND_WORDS } from "../domain/vocabulary.js";

type Words = {
  sheets: { kinds: string; areas: string; units: string; sources: string; unstated: string };
  kind: string;
  kinds: { increaseNok: string; contributionNok: string; oneOffNok: string };
  total: string;
  wholePeriod: string;
  area: string;
  unit: string;
  source: string;
  noSource: string;
  owner: string;
  fundingKind: string;
  text: string;
  fundingKinds: Record<FundingKind, string>;
  title: (plan: string) => string;
};

const WORDS: Record<Locale, Words> = {
  nb: {
    sheets: { kinds: "Per år", areas: "Per område", units: "Per enhet", sources: "Per kilde", unstated: "Uten sum" },
    kind: "Type",
    kinds: { increaseNok: "Økt ramme", contributionNok: "Årlige bidrag", oneOffNok: "Engangsbeløp" },
    total: "Sum",
    wholePeriod: "Hele perioden",
    area: "Område",
    unit: "Enhet",
    source: "Kilde",
    noSource: "Uten navngitt kilde",
    owner: "Tiltak eller plan",
    fundingKind: "Finansiering",
    text: "Slik planen skriver det",
    fundingKinds: FUNDING_KIND_WORDS.nb,
    title: (plan) => `${plan}: hva planen ber om i budsjettet`,
  },
  nn: {
    sheets: { kinds: "Per år", areas: "Per område", units: "Per eining", sources: "Per kjelde", unstated: "Utan sum" },
    kind: "Type",
    kinds: { increaseNok: "Auka ramme", contributionNok: "Årlege bidrag", oneOffNok: "Eingongsbeløp" },
    total: "Sum",
    wholePeriod: "Heile perioden",
    area: "Område",
    unit: "Eining",
    source: "Kjelde",
    noSource: "Utan namngitt kjelde",
    owner: "Tiltak eller plan",
    fundingKind: "Finansiering",
    text: "Slik planen skriv det",
    fundingKinds: FUNDING_KIND_WORDS.nn,
    title: (plan) => `${plan}: kva planen ber om i budsjettet`,
  },
  en: {
    sheets: { kinds: "Per year", areas: "Per area", units: "Per unit", sources: "Per source", unstated: "No sum" },
    kind: "Kind",
    kinds: { increaseNok: "Budget increase", contributionNok: "Yearly contributions", oneOffNok: "One-off sums" },
    total: "Total",
    wholePeriod: "Whole period",
    area: "Area",
    unit: "Unit",
    source: "Source",
    noSource: "No named source",
    owner: "Measure or plan",
    fundingKind: "Funding",
    text: "As the plan writes it",
    fundingKinds: FUNDING_KIND_WORDS.en,
    title: (plan) => `${plan}: what the plan asks of the budget`,
  },
};

const NOK_FORMAT = '"kr" #,##0';
const KINDS = ["increaseNok", "contributionNok", "oneOffNok"] as const;

type Row = { label: string; amounts: number[] };

/** Column letter of a 1-based column number (A…Z, AA…), for formulas. */
function column(n: number): string {
  let name = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** A sheet of rows by year with a total column, and optionally a total row; sums as formulas. */
function addYearSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  header: string,
  years: number[],
  rows: Row[],
  words: Words,
  withTotalRow: boolean,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3, xSplit: 1 }] });
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 13 };
  const headerRow = sheet.getRow(3);
  headerRow.values = [header, ...years.map(String), words.wholePeriod];
  headerRow.font = { bold: true };
  const first = 4;
  const lastYearColumn = column(years.length + 1);
  rows.forEach((row, index) => {
    const r = first + index;
    const sheetRow = sheet.getRow(r);
    sheetRow.getCell(1).value = row.label;
    row.amounts.forEach((nok, i) => {
      sheetRow.getCell(i + 2).value = nok;
    });
    const total = row.amounts.reduce((sum, nok) => sum + nok, 0);
    sheetRow.getCell(years.length + 2).value = { formula: `SUM(B${r}:${lastYearColumn}${r})`, result: total };
  });
  if (withTotalRow && rows.length > 0) {
    const r = first + rows.length;
    const last = r - 1;
    const totalRow = sheet.getRow(r);
    totalRow.getCell(1).value = words.total;
    for (let c = 2; c <= years.length + 2; c++) {
      const result = rows.reduce(
        (sum, row) => sum + (c - 2 < years.length ? (row.amounts[c - 2] ?? 0) : sumOf(row)),
        0,
      );
      totalRow.getCell(c).value = { formula: `SUM(${column(c)}${first}:${column(c)}${last})`, result };
    }
    totalRow.font = { bold: true };
  }
  sheet.getColumn(1).width = 44;
  for (let c = 2; c <= years.length + 2; c++) {
    sheet.getColumn(c).width = 16;
    sheet.getColumn(c).numFmt = NOK_FORMAT;
  }
}

const sumOf = (row: Row) => row.amounts.reduce((sum, nok) => sum + nok, 0);
const totals = (years: YearAmounts[]) => years.map((y) => y.increaseNok + y.contributionNok + y.oneOffNok);

/** The workbook's bytes (.xlsx), in the given language for the words around the plan's own. */
export async function budgetWorkbook(plan: PlanDocument, budget: PlanBudget, locale: Locale = "nb"): Promise<Buffer> {
  const words = WORDS[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Planspor";
  workbook.title = words.title(plan.actionPlan.title);
  const years = budget.years.map((y) => y.year);
  const title = words.title(plan.actionPlan.title);

  const kindRows = KINDS.map((kind) => ({ label: words.kinds[kind], amounts: budget.years.map((y) => y[kind]) }));
  addYearSheet(workbook, words.sheets.kinds, title, words.kind, years, kindRows, words, true);
  const areaRows = budget.byArea.map((row) => ({ label: row.title, amounts: totals(row.years) }));
  addYearSheet(workbook, words.sheets.areas, title, words.area, years, areaRows, words, false);
  const unitRows = budget.byUnit.map((row) => ({ label: row.name, amounts: totals(row.years) }));
  addYearSheet(workbook, words.sheets.units, title, words.unit, years, unitRows, words, false);
  const sourceRows = budget.bySource.map((row) => ({
    label: row.sourceKey === null ? words.noSource : row.name,
    amounts: totals(row.years),
  }));
  addYearSheet(workbook, words.sheets.sources, title, words.source, years, sourceRows, words, false);

  const unstated = workbook.addWorksheet(words.sheets.unstated, { views: [{ state: "frozen", ySplit: 1 }] });
  unstated.getRow(1).values = [words.owner, words.fundingKind, words.text];
  unstated.getRow(1).font = { bold: true };
  for (const line of budget.unstated) {
    unstated.addRow([line.title, words.fundingKinds[line.kind], line.text]);
  }
  unstated.getColumn(1).width = 50;
  unstated.getColumn(2).width = 22;
  unstated.getColumn(3).width = 80;
  unstated.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
