/**
 * The status report for a period as a Word document (docx): a title, a table of contents, the
 * summary as real tables (measures by status and by assessment per area, indicators by where they
 * stand, money per year), then one Heading 1 per area and one Heading 2 per measure with its
 * report and its indicators as a table. Built with Word's own styles (Title, Heading 1–3), so the
 * reader can restyle, edit and update the table of contents; the running header names the plan and
 * the period, the footer numbers the pages. Pure: plan in, bytes out (see status-report-model.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { PeriodKey, PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { type MeasureSection, type StatusReportModel, statusReportModel } from "./status-report-model.js";
import { capitalize } from "./status-report-words.js";

const LANGUAGE = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

type Cell = string | number;

/** The text width of an A4 page with docx's default margins of 1 inch, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

function cell(value: Cell, options: { header?: boolean; number?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: String(value), bold: options.header === true ? true : undefined })],
      }),
    ],
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/**
 * A real Word table: a header row repeated on every page, then the rows; columns from
 * `numberFrom` on are right-aligned numbers. The last row is bold when `totalRow`.
 */
function table(head: string[], rows: Cell[][], options: { numberFrom?: number; totalRow?: boolean } = {}): Table {
  const numberFrom = options.numberFrom ?? head.length;
  // The first column (an area, an indicator) gets a third of the width or more, the rest share it evenly.
  const first = Math.round(TEXT_WIDTH * Math.max(1 / 3, 1 / head.length));
  const rest = Math.floor((TEXT_WIDTH - first) / Math.max(1, head.length - 1));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: head.map((_, i) => (i === 0 ? first : rest)),
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((text, i) => cell(text, { header: true, number: i >= numberFrom })),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, i) =>
              cell(value, { number: i >= numberFrom, header: options.totalRow === true && r === rows.length - 1 }),
            ),
          }),
      ),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, text });

const spacer = (): Paragraph => new Paragraph({ text: "" });

/** «Status: Pågår» — a bold label and its value, one paragraph. */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** A comment in full, one paragraph per line the reporter wrote. */
function commentParagraphs(label: string, comment: string): Paragraph[] {
  const [first = "", ...rest] = comment.split(/\r?\n/);
  return [labelled(label, first), ...rest.map((line) => new Paragraph({ text: line }))];
}

function summary(model: StatusReportModel): (Paragraph | Table)[] {
  const { words, summary: s } = model;
  const measures = model.level("measure", true);
  const area = words.area;
  const areaRows = [...s.areas, s.total];
  return [
    heading(words.summary, HeadingLevel.HEADING_1),
    new Paragraph({ text: s.intro }),
    heading(words.statusHeading(measures), HeadingLevel.HEADING_2),
    table(
      [area, capitalize(measures), ...s.statusColumns.map((status) => words.status[status])],
      areaRows.map((row) => [row.title, row.measureCount, ...s.statusColumns.map((status) => row.statuses[status])]),
      { numberFrom: 1, totalRow: true },
    ),
    heading(words.assessmentHeading(measures), HeadingLevel.HEADING_2),
    table(
      [area, ...s.assessmentColumns.map((assessment) => words.assessment[assessment])],
      areaRows.map((row) => [row.title, ...s.assessmentColumns.map((assessment) => row.assessments[assessment])]),
      { numberFrom: 1, totalRow: true },
    ),
    heading(words.indicatorsHeading(capitalize(model.level("indicator", true))), HeadingLevel.HEADING_2),
    table(
      [words.state, words.count],
      s.indicators.map((row) => [row.label, row.count]),
      { numberFrom: 1 },
    ),
    heading(words.moneyHeading, HeadingLevel.HEADING_2),
    s.money.length === 0
      ? new Paragraph({ text: words.noMoney })
      : table(
          [words.year, words.money.increaseNok, words.money.contributionNok, words.money.oneOffNok, words.money.sum],
          s.money.map((row) => [row.label, row.increaseNok, row.contributionNok, row.oneOffNok, row.sum]),
          { numberFrom: 1, totalRow: true },
        ),
  ];
}

function measureBlock(model: StatusReportModel, measure: MeasureSection): (Paragraph | Table)[] {
  const { words } = model;
  const blocks: (Paragraph | Table)[] = [
    heading(measure.title, HeadingLevel.HEADING_2),
    labelled(words.statusLabel, measure.status),
  ];
  if (measure.assessment !== null) blocks.push(labelled(words.assessmentLabel, measure.assessment));
  if (measure.progress !== null) blocks.push(labelled(words.progressLabel, measure.progress));
  if (measure.comment !== null) blocks.push(...commentParagraphs(words.commentLabel, measure.comment));
  if (measure.reported !== null) blocks.push(labelled(words.reportedLabel, measure.reported));
  if (measure.indicators.length > 0) {
    blocks.push(
      spacer(),
      table(
        [capitalize(model.level("indicator")), words.value, words.target, words.attainment],
        measure.indicators.map((row) => [row.text, row.value, row.target, row.attainment]),
      ),
    );
  }
  if (measure.activities.length > 0) {
    blocks.push(heading(words.activityReports(model.level("activity", true)), HeadingLevel.HEADING_3));
    for (const activity of measure.activities) {
      const parts = [activity.status, activity.assessment, activity.progress].filter((p) => p !== null);
      blocks.push(
        new Paragraph({
          children: [new TextRun({ text: `${activity.title}: `, bold: true }), new TextRun(parts.join(", "))],
        }),
      );
      if (activity.comment !== null) blocks.push(...commentParagraphs(words.commentLabel, activity.comment));
    }
  }
  return blocks;
}

/** The status report of `plan` for `period` as a .docx file. */
export async function statusReportDocx(
  plan: PlanDocument,
  period: PeriodKey,
  options: DocumentOptions,
): Promise<Buffer> {
  const model = statusReportModel(plan, period, options);
  const { words } = model;
  const body: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }),
    new Paragraph({ children: [new TextRun({ text: model.planTitle, bold: true })] }),
    new Paragraph({ text: `${model.organization} · ${model.madeOn}` }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: "1-1" }),
    ...summary(model),
  ];
  for (const area of model.areas) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: area.heading, pageBreakBefore: true }));
    if (area.measures.length === 0) body.push(new Paragraph({ text: words.noMeasures(model.level("measure", true)) }));
    for (const measure of area.measures) body.push(...measureBlock(model, measure));
  }

  const document = new Document({
    creator: model.organization,
    title: `${model.title}: ${model.planTitle}`,
    // Word fills the table of contents in from the headings when it opens the file.
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: "Calibri", size: 22, language: { value: LANGUAGE[options.locale] } } } },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${model.planTitle} – ${model.periodLabel}`, size: 18, color: "595959" }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: pageWords(words.page),
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * «Side {n} av {total}» with the page fields in place: the words are split around two markers so
 * each language keeps its own order.
 */
function pageWords(
  page: (current: string, total: string) => string,
): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const parts = page("{current}", "{total}").split(/(\{current\}|\{total\})/);
  return parts
    .filter((part) => part !== "")
    .map((part) => (part === "{current}" ? PageNumber.CURRENT : part === "{total}" ? PageNumber.TOTAL_PAGES : part));
}
