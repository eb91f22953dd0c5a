/**
 * The body of a Word document as a flat list of blocks in reading order: paragraphs (with their
 * heading level and whether they are list items) and tables (rows of cells, with their grid span
 * and vertical merge). Only what the plan import needs is kept; formatting is dropped.
 */
import { XMLParser } from "fast-xml-parser";

export type DocParagraph = {
  type: "p";
  /** The text, with line breaks inside the paragraph kept as "\n". */
  text: string;
  /** 0 for the Title style, 1… for Heading 1…, null for body text. */
  heading: number | null;
  /** A Word list item (numbering in the paragraph or its style, or a list style). */
  list: boolean;
  /** A table-of-contents entry: it repeats the headings, so it is never read as one. */
  toc: boolean;
};
export type DocCell = { paragraphs: DocParagraph[]; span: number; vMerge: "restart" | "continue" | null };
export type DocTable = { type: "table"; rows: DocCell[][] };
export type DocBlock = DocParagraph | DocTable;

/** With `preserveOrder`, every element is `{ tag: children, ":@": attributes }`. */
type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignorePiTags: true,
  // The package reader has refused any DTD, so only the five predefined entities can occur.
  processEntities: true,
});

const tagOf = (node: XNode): string | undefined => Object.keys(node).find((k) => k !== ":@");
const childrenOf = (node: XNode): XNode[] => {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XNode[]) : [];
};
const attr = (node: XNode, name: string): string | undefined => {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === "string" ? value : undefined;
};
const child = (node: XNode, tag: string): XNode | undefined => childrenOf(node).find((c) => tagOf(c) === tag);

type StyleInfo = { heading: number | null; list: boolean; toc: boolean };
/** «List Bullet», «List Number» (and Norwegian «Punktliste», «Nummerert liste») are lists by style; «List Paragraph» alone is not. */
const LIST_STYLE = /^(list ?(bullet|number)\s*\d*|punktliste\s*\d*|nummerert liste\s*\d*)$/i;

/** Style id → heading level and list-ness, from styles.xml (localised names like «Overskrift 1» too). */
export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (xml === null) return styles;
  const root = parser.parse(xml) as XNode[];
  const stylesNode = root.find((n) => tagOf(n) === "w:styles");
  for (const style of stylesNode ? childrenOf(stylesNode) : []) {
    if (tagOf(style) !== "w:style") continue;
    const id = attr(style, "w:styleId");
    if (id === undefined) continue;
    const name = attr(child(style, "w:name") ?? {}, "w:val") ?? "";
    const pPr = child(style, "w:pPr");
    const outline = pPr ? attr(child(pPr, "w:outlineLvl") ?? {}, "w:val") : undefined;
    styles.set(id, {
      heading: headingFromName(name) ?? headingFromName(id) ?? (outline === undefined ? null : Number(outline) + 1),
      list: (pPr !== undefined && child(pPr, "w:numPr") !== undefined) || LIST_STYLE.test(name),
      toc: /^(toc\s*\d|toc heading)$/i.test(name) || /^(toc\d|tocheading)$/i.test(id),
    });
  }
  return styles;
}

function headingFromName(name: string): number | null {
  if (/^(title|tittel)$/i.test(name)) return 0;
  const m = name.match(/^(?:heading|overskrift)\s*(\d)$/i);
  return m ? Number(m[1]) : null;
}

/** Elements whose text is not the document's visible text (deletions, field codes, drawings). */
const SKIPPED = new Set([
  "w:del",
  "w:delText",
  "w:instrText",
  "w:pPr",
  "w:rPr",
  "w:drawing",
  "w:pict",
  "mc:AlternateContent",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
]);

function textOf(node: XNode): string {
  let out = "";
  for (const c of childrenOf(node)) {
    const tag = tagOf(c);
    // Text counts only inside w:t: whitespace between elements of pretty-printed XML is not text.
    if (tag === "w:t")
      out += childrenOf(c)
        .map((t) => String(t["#text"] ?? ""))
        .join("");
    else if (tag === undefined || tag === "#text" || SKIPPED.has(tag)) continue;
    else if (tag === "w:tab" || tag === "w:ptab") out += " ";
    else if (tag === "w:br" || tag === "w:cr") out += "\n";
    else if (tag === "w:noBreakHyphen") out += "-";
    else out += textOf(c);
  }
  return out;
}

function paragraph(node: XNode, styles: Map<string, StyleInfo>): DocParagraph {
  const pPr = child(node, "w:pPr");
  const styleId = pPr ? attr(child(pPr, "w:pStyle") ?? {}, "w:val") : undefined;
  const style = styleId === undefined ? undefined : styles.get(styleId);
  const numPr = pPr ? child(pPr, "w:numPr") : undefined;
  const numId = numPr ? attr(child(numPr, "w:numId") ?? {}, "w:val") : undefined;
  const outline = pPr ? attr(child(pPr, "w:outlineLvl") ?? {}, "w:val") : undefined;
  const heading =
    style?.heading ??
    (styleId === undefined ? null : headingFromName(styleId)) ??
    (outline === undefined ? null : Number(outline) + 1);
  // numId 0 switches numbering off, even where the style would number the paragraph.
  const list = numPr !== undefined ? numId !== "0" : (style?.list ?? LIST_STYLE.test(styleId ?? ""));
  const toc = style?.toc ?? /^(toc\d|tocheading)$/i.test(styleId ?? "");
  return { type: "p", text: textOf(node).replace(/\u00a0/g, " "), heading, list, toc };
}

function cell(node: XNode, styles: Map<string, StyleInfo>): DocCell {
  const tcPr = child(node, "w:tcPr");
  const span = Number(tcPr ? attr(child(tcPr, "w:gridSpan") ?? {}, "w:val") : 1) || 1;
  const vMergeNode = tcPr ? child(tcPr, "w:vMerge") : undefined;
  const vMerge = vMergeNode === undefined ? null : attr(vMergeNode, "w:val") === "restart" ? "restart" : "continue";
  // A table nested in a cell is read as more paragraphs of the cell.
  const paragraphs = blocks(childrenOf(node), styles).flatMap((b) =>
    b.type === "p" ? [b] : b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)),
  );
  return { paragraphs, span: Math.max(1, Math.min(span, 64)), vMerge };
}

function table(node: XNode, styles: Map<string, StyleInfo>): DocTable {
  const rows: DocCell[][] = [];
  for (const row of containerChildren(childrenOf(node), "w:tr")) {
    rows.push(containerChildren(childrenOf(row), "w:tc").map((c) => cell(c, styles)));
  }
  return { type: "table", rows };
}

/** Word's table of contents is a content control of the «Table of Contents» gallery. */
function isTableOfContents(sdt: XNode): boolean {
  const gallery = child(child(child(sdt, "w:sdtPr") ?? {}, "w:docPartObj") ?? {}, "w:docPartGallery");
  return gallery !== undefined && /contents/i.test(attr(gallery, "w:val") ?? "");
}

/** Content controls and custom XML wrap rows, cells and paragraphs; look through them. */
const WRAPPERS = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:smartTag"]);
function containerChildren(nodes: XNode[], tag: string): XNode[] {
  return nodes.flatMap((n) => {
    const t = tagOf(n);
    if (t === tag) return [n];
    if (t !== undefined && WRAPPERS.has(t)) return containerChildren(childrenOf(n), tag);
    return [];
  });
}

function blocks(nodes: XNode[], styles: Map<string, StyleInfo>): DocBlock[] {
  const out: DocBlock[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") {
      const p = paragraph(n, styles);
      if (!p.toc) out.push(p);
    } else if (tag === "w:tbl") out.push(table(n, styles));
    else if (tag === "w:sdt" && isTableOfContents(n)) continue;
    else if (tag !== undefined && WRAPPERS.has(tag)) out.push(...blocks(childrenOf(n), styles));
  }
  return out;
}

/** The document body's blocks in order; throws only on XML that is not well-formed. */
export function readBody(documentXml: string, stylesXml: string | null): DocBlock[] {
  const styles = readStyles(stylesXml);
  const root = parser.parse(documentXml) as XNode[];
  const doc = root.find((n) => tagOf(n) === "w:document");
  const body = doc ? child(doc, "w:body") : undefined;
  if (body === undefined) throw new Error("The document has no body");
  return blocks(childrenOf(body), styles);
}

/** The document's title from its properties (docProps/core.xml), if set. */
export function readCoreTitle(coreXml: string | null): string | null {
  const m = coreXml?.match(/<dc:title>([^<]*)<\/dc:title>/);
  const title = m?.[1]?.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").trim();
  return title ? title : null;
}
