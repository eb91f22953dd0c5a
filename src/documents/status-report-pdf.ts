/**
 * The status report for a period as a PDF (pdfmake, fonts from pdf-fonts.ts, embedded): a title
 * page with a table of contents and the summary tables, then each area on a new page with its
 * measures, their reports and their indicators against target. Every page has a running header
 * with the plan and the period and a footer «Side 1 av 9». The same rows as the DOCX
 * (status-report-model.ts), so the two formats never say different things. Pure: plan in, bytes out.
 */
import type { Alignment, Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { PeriodKey, PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { createPdfBuffer, PDF_FONT } from "./pdf-fonts.js";
import { type MeasureSection, type StatusReportModel, statusReportModel } from "./status-report-model.js";
import { capitalize } from "./status-report-words.js";

const LANGUAGE = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" } as const;
const GREY = "#595959";

type Cell = string | number;

/**
 * A table with its header row repeated on every page; columns from `numberFrom` on are numbers,
 * right-aligned. The first column takes the room left; the last row is bold when `totalRow`.
 */
function table(
  head: string[],
  rows: Cell[][],
  options: { numberFrom?: number; totalRow?: boolean; widths?: string[] } = {},
): Content {
  const numberFrom = options.numberFrom ?? head.length;
  const align = (i: number): Alignment => (i >= numberFrom ? "right" : "left");
  const body: TableCell[][] = [
    head.map((text, i) => ({ text, bold: true, fillColor: "#E7E6E6", alignment: align(i) })),
    ...rows.map((row, r) =>
      row.map((value, i) => ({
        text: String(value),
        alignment: align(i),
        bold: options.totalRow === true && r === rows.length - 1,
      })),
    ),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: options.widths ?? head.map((_, i) => (i === 0 ? "*" : "auto")),
      body,
    },
    layout: "lightHorizontalLines",
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
}

const labelled = (label: string, value: string): Content => ({
  text: [{ text: `${label}: `, bold: true }, value],
  margin: [0, 0, 0, 2],
});

function summary(model: StatusReportModel): Content[] {
  const { words, summary: s } = model;
  const measures = model.level("measure", true);
  const areaRows = [...s.areas, s.total];
  return [
    { text: words.summary, style: "h1", tocItem: true, pageBreak: "before" },
    { text: s.intro, margin: [0, 0, 0, 8] },
    { text: words.statusHeading(measures), style: "h3" },
    table(
      [words.area, capitalize(measures), ...s.statusColumns.map((status) => words.status[status])],
      areaRows.map((row) => [row.title, row.measureCount, ...s.statusColumns.map((status) => row.statuses[status])]),
      { numberFrom: 1, totalRow: true },
    ),
    { text: words.assessmentHeading(measures), style: "h3" },
    table(
      [words.area, ...s.assessmentColumns.map((assessment) => words.assessment[assessment])],
      areaRows.map((row) => [row.title, ...s.assessmentColumns.map((assessment) => row.assessments[assessment])]),
      { numberFrom: 1, totalRow: true },
    ),
    { text: words.indicatorsHeading(capitalize(model.level("indicator", true))), style: "h3" },
    table(
      [words.state, words.count],
      s.indicators.map((row) => [row.label, row.count]),
      { numberFrom: 1 },
    ),
    { text: words.moneyHeading, style: "h3" },
    s.money.length === 0
      ? { text: words.noMoney }
      : table(
          [words.year, words.money.increaseNok, words.money.contributionNok, words.money.oneOffNok, words.money.sum],
          s.money.map((row) => [row.label, row.increaseNok, row.contributionNok, row.oneOffNok, row.sum]),
          { numberFrom: 1, totalRow: true },
        ),
  ];
}

function measureBlock(model: StatusReportModel, measure: MeasureSection): Content[] {
  const { words } = model;
  // The heading and the status lines kept on one page, so no heading is left alone at a page's foot.
  const head: Content[] = [{ text: measure.title, style: "h2" }, labelled(words.statusLabel, measure.status)];
  if (measure.assessment !== null) head.push(labelled(words.assessmentLabel, measure.assessment));
  if (measure.progress !== null) head.push(labelled(words.progressLabel, measure.progress));
  if (measure.reported !== null) head.push(labelled(words.reportedLabel, measure.reported));
  const blocks: Content[] = [{ stack: head, unbreakable: true }];
  if (measure.comment !== null) {
    blocks.push({ text: [{ text: `${words.commentLabel}: `, bold: true }, measure.comment], margin: [0, 2, 0, 4] });
  }
  if (measure.indicators.length > 0) {
    blocks.push(
      table(
        [capitalize(model.level("indicator")), words.value, words.target, words.attainment],
        measure.indicators.map((row) => [row.text, row.value, row.target, row.attainment]),
        { widths: ["*", "auto", "auto", "auto"] },
      ),
    );
  }
  if (measure.activities.length > 0) {
    blocks.push({ text: words.activityReports(model.level("activity", true)), style: "h3" });
    for (const activity of measure.activities) {
      const parts = [activity.status, activity.assessment, activity.progress].filter((p) => p !== null);
      blocks.push({ text: [{ text: `${activity.title}: `, bold: true }, parts.join(", ")], margin: [0, 0, 0, 2] });
      if (activity.comment !== null) blocks.push(labelled(words.commentLabel, activity.comment));
    }
  }
  return blocks;
}

/** The status report of `plan` for `period` as a PDF file. */
export async function statusReportPdf(
  plan: PlanDocument,
  period: PeriodKey,
  options: DocumentOptions,
): Promise<Buffer> {
  const model = statusReportModel(plan, period, options);
  const { words } = model;
  const content: Content[] = [
    { text: model.title, style: "title" },
    { text: model.planTitle, style: "subtitle" },
    { text: `${model.organization} · ${model.madeOn}`, color: GREY, margin: [0, 0, 0, 20] },
    { toc: { title: { text: words.contents, style: "h1" } } },
    ...summary(model),
  ];
  for (const area of model.areas) {
    content.push({ text: area.heading, style: "h1", tocItem: true, pageBreak: "before" });
    if (area.measures.length === 0) content.push({ text: words.noMeasures(model.level("measure", true)) });
    for (const measure of area.measures) content.push(...measureBlock(model, measure));
  }

  const definition: TDocumentDefinitions = {
    info: { title: `${model.title}: ${model.planTitle}`, author: model.organization, subject: model.periodLabel },
    language: LANGUAGE[options.locale],
    pageSize: "A4",
    pageMargins: [50, 60, 50, 50],
    header: () => ({
      text: `${model.planTitle} – ${model.periodLabel}`,
      alignment: "right",
      fontSize: 8,
      color: GREY,
      margin: [50, 30, 50, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      text: words.page(String(currentPage), String(pageCount)),
      alignment: "center",
      fontSize: 8,
      color: GREY,
      margin: [50, 15, 50, 0],
    }),
    content,
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 4] },
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
  };
  return createPdfBuffer(definition);
}
