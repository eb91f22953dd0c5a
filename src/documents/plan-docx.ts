/**
 * The action plan as a Word document (docx), laid out like Gjøvik's printed plan: the title, a
 * table of contents, the introduction, the flagship projects, then for each area its heading
 * (Heading 1), main goal, sub-goals, strategies and measures (Heading 2) with the measures table,
 * and the related plans table. Headings are Word's own Heading 1/2 styles, so Word's navigation
 * pane and the table of contents work; the tables are real tables whose header row repeats on
 * every page. The cells follow the convention the Word import reads back
 * (`plan-document-content.ts`). Pure: plan in, bytes out.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TableOfContents,
  TabStopType,
  TextRun,
} from "docx";
import { formatDate } from "../domain/format.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { languageTag } from "./document-words.js";
import { type AreaContent, type NumberedItem, type PlanContent, planContent } from "./plan-document-content.js";
import {
  CHANGE_SHARES,
  MEASURE_SHARES,
  numberedParagraph,
  numbering,
  PAGE,
  PLAN_CHANGE_SHARES,
  planTable,
  RELATED_SHARES,
  styles,
} from "./plan-docx-parts.js";

type Block = Paragraph | Table | TableOfContents;

const heading1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const heading2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const body = (text: string) => new Paragraph({ text });

/**
 * Numbered items as a Word list when they run 1, 2, 3, … (Word counts them itself), else with the
 * plan's own numbers written out, since a Word list cannot skip numbers.
 */
function numberedItems(items: NumberedItem[], instance: number): Paragraph[] {
  const consecutive = items.every((item, i) => item.number === i + 1);
  return items.map((item) =>
    consecutive ? numberedParagraph(item.text, instance) : body(`${item.number}. ${item.text}`),
  );
}

function areaBlocks(area: AreaContent, content: PlanContent, index: number): Block[] {
  const blocks: Block[] = [heading1(area.heading), heading2(area.mainGoalHeading), body(area.mainGoal)];
  if (area.subGoals.length > 0) {
    // Each list has its own instance, so it starts again at 1.
    blocks.push(heading2(area.subGoalsHeading), ...numberedItems(area.subGoals, 2 * index));
  }
  if (area.strategies.length > 0) {
    blocks.push(heading2(area.strategiesHeading), ...numberedItems(area.strategies, 2 * index + 1));
  }
  if (area.measureRows.length > 0) {
    blocks.push(
      heading2(area.measuresHeading),
      planTable(content.words.measureColumns, MEASURE_SHARES, area.measureRows),
    );
  }
  return blocks;
}

/** What changed since the revision before: Heading 1, the summary, the plan's own changes, then per area. */
function changesBlocks(content: PlanContent): Block[] {
  const changes = content.changes;
  if (changes === null) return [];
  const { words } = content;
  const blocks: Block[] = [heading1(changes.heading), body(changes.summary)];
  if (changes.planRows.length > 0) {
    blocks.push(
      heading2(words.changes.planHeading),
      planTable(words.changes.planColumns, PLAN_CHANGE_SHARES, changes.planRows),
    );
  }
  for (const area of changes.areas) {
    blocks.push(heading2(area.heading), planTable(words.changes.columns, CHANGE_SHARES, area.rows));
  }
  return blocks;
}

function documentBlocks(content: PlanContent): Block[] {
  const blocks: Block[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
    body(content.organization),
    new Paragraph({ text: content.words.contents, style: "TOCHeading" }),
    // A TOC field over Heading 1–2, with entries written from the headings so it is not empty
    // before Word updates it (on open, it asks; or F9); Word fills in the page numbers.
    new TableOfContents(content.words.contents, { hyperlink: true, headingStyleRange: "1-2" }),
    ...content.introduction.map(body),
    ...changesBlocks(content),
  ];
  if (content.flagships !== null) {
    blocks.push(heading1(content.flagships.heading));
    if (content.flagships.introduction !== null) blocks.push(body(content.flagships.introduction));
    for (const item of content.flagships.items) blocks.push(heading2(item.title), body(item.text));
  }
  content.areas.forEach((area, i) => {
    blocks.push(...areaBlocks(area, content, i));
  });
  if (content.related !== null) {
    blocks.push(heading1(content.related.heading));
    if (content.related.introduction !== null) blocks.push(body(content.related.introduction));
    blocks.push(planTable(content.words.relatedColumns, RELATED_SHARES, content.related.rows));
  }
  return blocks;
}

function header(content: PlanContent, version: string): Header {
  // Revisions are not kept yet, so the header names the day the document was made as its version.
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - 2 * PAGE.margin }],
        children: [new TextRun({ text: content.title, size: 16 }), new TextRun({ text: `\t${version}`, size: 16 })],
      }),
    ],
  });
}

function footer(content: PlanContent): Footer {
  const { pagePrefix, pageOf } = content.words;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [pagePrefix, PageNumber.CURRENT, pageOf, PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

export async function planDocx(plan: PlanDocument, options: DocumentOptions): Promise<Buffer> {
  const content = planContent(plan, options.locale, options.changesSince);
  const { revision } = plan.actionPlan;
  const adoptedOn = revision.adoptedOn === null ? null : formatDate(revision.adoptedOn, options.locale);
  const version = content.words.version(revision.number, adoptedOn, formatDate(options.madeOn, options.locale));
  const document = new Document({
    title: content.title,
    subject: content.words.subject(content.organization),
    creator: "Planspor",
    lastModifiedBy: "Planspor",
    description: version,
    styles: styles(languageTag(options.locale)),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and turns it for a landscape page.
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: header(content, version) },
        footers: { default: footer(content) },
        children: documentBlocks(content),
      },
    ],
  });
  return Packer.toBuffer(document);
}
