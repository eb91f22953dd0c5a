/**
 * The action plan as a PDF (pdfmake), the same content as the Word document
 * (`plan-document-content.ts`), on A4 landscape like the printed plan: the title, a table of
 * contents, the introduction, the flagship projects, each area on a new page with its main goal,
 * sub-goals, strategies and measures table, then the related plans table. Every page has a header
 * with the plan's title and version and a footer «Side X av Y»; headings are PDF bookmarks.
 *
 * Fonts: Roboto from the pdfmake package, embedded as subsets (`pdf-fonts.ts`), so æøå show and
 * extract right everywhere.
 *
 * Accessibility: not a tagged PDF. pdfmake 0.3 can mark a document as tagged (`tagged: true`), but
 * then pdfkit writes /MarkInfo «Marked» with an empty structure tree, and pdfmake writes no structure
 * element or marked content for headings, paragraphs, lists or table cells. A PDF that claims tags
 * and has none is worse for a screen reader than an untagged one (which it reads in content order),
 * so it is left untagged. What it has: the document's language (/Lang), its title shown in the
 * window, bookmarks for every heading, and text that extracts in reading order with æøå right.
 * The DOCX, with real headings and tables, is the accessible version of this document.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { formatDate } from "../domain/format.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { DocumentOptions } from "./document-options.js";
import { languageTag } from "./document-words.js";
import { createPdfBuffer } from "./pdf-fonts.js";
import { type AreaContent, type PlanContent, planContent } from "./plan-document-content.js";
import {
  CHANGE_WIDTHS,
  MEASURE_WIDTHS,
  numberedList,
  PLAN_CHANGE_WIDTHS,
  pdfTable,
  RELATED_WIDTHS,
  STYLES,
} from "./plan-pdf-parts.js";

const MARGIN = { side: 40, top: 48, bottom: 40 } as const;

/** A Heading 1: in the table of contents and a top-level bookmark. */
function heading1(text: string, id: string, pageBreak = false): Content {
  return {
    text,
    style: "heading1",
    tocItem: true,
    outline: true,
    id,
    headlineLevel: 1,
    ...(pageBreak ? { pageBreak: "before" as const } : {}),
  };
}

/** A Heading 2: a bookmark under its Heading 1, kept with what follows it. */
function heading2(text: string, parentId: string): Content {
  return { text, style: "heading2", outline: true, outlineParentId: parentId, headlineLevel: 2 };
}

const body = (text: string): Content => ({ text, style: "body" });

function areaContent(area: AreaContent, content: PlanContent): Content[] {
  const id = `area-${area.key}`;
  const blocks: Content[] = [heading1(area.heading, id, true), heading2(area.mainGoalHeading, id), body(area.mainGoal)];
  if (area.subGoals.length > 0) blocks.push(heading2(area.subGoalsHeading, id), numberedList(area.subGoals));
  if (area.strategies.length > 0) blocks.push(heading2(area.strategiesHeading, id), numberedList(area.strategies));
  if (area.measureRows.length > 0) {
    blocks.push(
      heading2(area.measuresHeading, id),
      pdfTable(content.words.measureColumns, MEASURE_WIDTHS, area.measureRows),
    );
  }
  return blocks;
}

/** What changed since the revision before, on a page of its own after the introduction. */
function changesContent(content: PlanContent): Content[] {
  const changes = content.changes;
  if (changes === null) return [];
  const { words } = content;
  const id = "changes";
  const blocks: Content[] = [heading1(changes.heading, id, true), body(changes.summary)];
  if (changes.planRows.length > 0) {
    blocks.push(
      heading2(words.changes.planHeading, id),
      pdfTable(words.changes.planColumns, PLAN_CHANGE_WIDTHS, changes.planRows),
    );
  }
  for (const area of changes.areas) {
    blocks.push(heading2(area.heading, id), pdfTable(words.changes.columns, CHANGE_WIDTHS, area.rows));
  }
  return blocks;
}

function documentContent(content: PlanContent): Content[] {
  const blocks: Content[] = [
    { text: content.title, style: "title" },
    { text: content.organization, style: "organization" },
    { toc: { title: { text: content.words.contents, style: "contents" } }, margin: [0, 0, 0, 16] },
    ...content.introduction.map(body),
    ...changesContent(content),
  ];
  if (content.flagships !== null) {
    const id = "flagships";
    blocks.push(heading1(content.flagships.heading, id));
    if (content.flagships.introduction !== null) blocks.push(body(content.flagships.introduction));
    for (const item of content.flagships.items) blocks.push(heading2(item.title, id), body(item.text));
  }
  for (const area of content.areas) blocks.push(...areaContent(area, content));
  if (content.related !== null) {
    const id = "related-plans";
    blocks.push(heading1(content.related.heading, id, true));
    if (content.related.introduction !== null) blocks.push(body(content.related.introduction));
    blocks.push(pdfTable(content.words.relatedColumns, RELATED_WIDTHS, content.related.rows));
  }
  return blocks;
}

export function planPdfDefinition(plan: PlanDocument, options: DocumentOptions): TDocumentDefinitions {
  const content = planContent(plan, options.locale, options.changesSince);
  const { revision } = plan.actionPlan;
  const adoptedOn = revision.adoptedOn === null ? null : formatDate(revision.adoptedOn, options.locale);
  const version = content.words.version(revision.number, adoptedOn, formatDate(options.madeOn, options.locale));
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: {
      title: content.title,
      author: content.organization,
      subject: content.words.subject(content.organization),
      creator: "Planspor",
      producer: "Planspor (pdfmake)",
    },
    language: languageTag(options.locale),
    // Deliberately not `tagged: true`: see the file's header.
    tagged: false,
    displayTitle: true,
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: STYLES,
    header: () => ({
      columns: [{ text: content.title }, { text: version, alignment: "right", width: "auto" }],
      style: "pageLine",
      margin: [MARGIN.side, 20, MARGIN.side, 0],
    }),
    footer: (page: number, pages: number) => ({
      text: content.words.page(page, pages),
      alignment: "center",
      style: "pageLine",
      margin: [0, 12, 0, 0],
    }),
    // Never leave a heading alone at the foot of a page.
    pageBreakBefore: (node, following) =>
      typeof node.headlineLevel === "number" &&
      following.getFollowingNodesOnPage().length === 0 &&
      !("pageBreak" in node && node.pageBreak === "before"),
    content: documentContent(content),
  };
}

export async function planPdf(plan: PlanDocument, options: DocumentOptions): Promise<Buffer> {
  return createPdfBuffer(planPdfDefinition(plan, options));
}
