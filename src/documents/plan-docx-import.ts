/**
 * Word in: an action plan read from a DOCX whose measures stand in six-column tables, as
 * Planspor's own export writes them (`plan-docx.ts`) and as municipalities write them by hand.
 * Area headings («Satsingsområde 1: …») with their «Hovedmål», «Delmål» and «Strategier» give the
 * areas; each table row a measure. Titles matching the current plan keep its keys and whatever
 * the document cannot carry (indicator targets, funding sources, actors, flagships). The rules
 * are in docs/ARCHITECTURE.md, «Word import».
 */
import type { NumberedText, PlanDocument } from "../domain/plan-schema.js";
import { type DocBlock, type DocParagraph, readBody, readCoreTitle } from "./docx-read-body.js";
import { sameText, typedBullet } from "./docx-read-cells.js";
import { readDocxPackage } from "./docx-read-package.js";
import { buildPlan, type DraftArea } from "./docx-read-plan.js";
import { findHeader, readMeasureTable, type TableItem } from "./docx-read-tables.js";
import type { ImportProblem, ParsedImport } from "./import-result.js";

/** Words a plan uses for its areas; a plan's own level names are added to these. */
const AREA_WORDS = ["satsingsområde", "satsområde", "innsatsområde", "fokusområde", "strategisk grep", "focus area"];
const MOVE_WORDS = ["strategisk grep", "strategic move", "strategiske grep"];
const AREA_HEADING = /^(\p{L}[\p{L} -]{0,40}?)\s+(\d{1,3})\s*[:.–-]\s*(.+)$/su;
const NOT_AREAS = /^(delmål|strategi|strategier|hovedmål|hovudmål|tiltak|tabell|table|figur|vedlegg|kapittel)$/;

type Section = "mainGoal" | "subGoals" | "strategies" | "measures" | null;
const SECTIONS: [RegExp, Exclude<Section, null>][] = [
  [/^(hovedmål|hovudmål|effektmål|samfunnsmål|overordnet mål|main goal)$/, "mainGoal"],
  [/^(delmål|resultatmål|sub-goals|subgoals)$/, "subGoals"],
  [/^(strategier|strategiar|strategies)$/, "strategies"],
  [/^(tiltak|measures)$/, "measures"],
];
const asPattern = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An action plan from a DOCX; `current` is the plan it would replace (its keys and structure are reused). */
export async function parsePlanDocx(bytes: Uint8Array, current: PlanDocument | null): Promise<ParsedImport> {
  const opened = readDocxPackage(bytes);
  if (!opened.ok) return { ok: false, problems: [opened.problem], skipped: [] };
  let body: DocBlock[];
  try {
    body = readBody(opened.parts.document, opened.parts.styles);
  } catch {
    return {
      ok: false,
      problems: [{ code: "not_a_docx", message: "The document's text (word/document.xml) cannot be read" }],
      skipped: [],
    };
  }

  const problems: ImportProblem[] = [];
  const skipped: string[] = [];
  const levelWords = current?.actionPlan.levelNames;
  const moveWords = new Set([...MOVE_WORDS, ...(levelWords ? [levelWords.strategicMove.singular.toLowerCase()] : [])]);
  const areaWords = new Set([
    ...AREA_WORDS,
    ...moveWords,
    ...(levelWords ? [levelWords.focusArea.singular.toLowerCase()] : []),
  ]);

  // The plan's own words for its levels name the sections too («Mål», «Innsatser», …).
  const sections: [RegExp, Exclude<Section, null>][] = levelWords
    ? [
        [new RegExp(`^${asPattern(levelWords.mainGoal.singular)}$`), "mainGoal"],
        [new RegExp(`^${asPattern(levelWords.subGoal.plural)}$`), "subGoals"],
        [new RegExp(`^${asPattern(levelWords.strategy.plural)}$`), "strategies"],
        [new RegExp(`^${asPattern(levelWords.measure.plural)}$`), "measures"],
        ...SECTIONS,
      ]
    : SECTIONS;
  const areas: DraftArea[] = [];
  const orphans: TableItem[] = [];
  const preamble: DocParagraph[] = [];
  let section: Section = null;
  let listSeen = false;
  let tableCount = 0;

  /** «Satsingsområde 1: En kommune …» → an area, when the word is an area word (or the paragraph a heading). */
  const areaHeading = (text: string, isHeading: boolean): DraftArea | null => {
    const m = text.trim().match(AREA_HEADING);
    if (!m) return null;
    const word = (m[1] ?? "").trim().toLowerCase();
    if (NOT_AREAS.test(word) || !(isHeading || areaWords.has(word))) return null;
    const kind = moveWords.has(word) || /grep\b|move\b/.test(word) ? "strategic_move" : "focus_area";
    return { heading: text.trim(), kind, number: Number(m[2]), title: (m[3] ?? "").trim(), ...emptyArea() };
  };

  /** The area the text belongs to; a Heading 1 that is no area («Andre planer og prosjekter») ends it. */
  let open: DraftArea | null = null;
  for (const block of body) {
    if (block.type === "table") {
      tableCount++;
      section = null;
      const header = findHeader(block);
      const sheet = open?.heading ?? `Table ${tableCount}`;
      if (header === null) {
        if (block.rows.some((r) => r.some((c) => c.paragraphs.some((p) => p.text.trim() !== "")))) {
          skipped.push(`${sheet}: a table without the columns «Tiltak» and «Strategi», «Måleindikator» or «Oppstart»`);
        }
        continue;
      }
      const items = readMeasureTable(block, header, sheet, problems, skipped);
      for (const item of items) {
        if (item.type === "heading") {
          open = areaHeading(item.text, true);
          if (open !== null) areas.push(open);
          else skipped.push(`The table row «${item.text.slice(0, 80)}» is not read`);
        } else if (open !== null) open.measures.push(item.draft);
        else orphans.push(item);
      }
      continue;
    }
    const text = block.text.trim();
    if (text === "") continue;
    const area = areaHeading(text, block.heading !== null && block.heading >= 1);
    if (area !== null) {
      areas.push(area);
      open = area;
      section = null;
      continue;
    }
    const word = sameText(text).replace(/:$/, "");
    const heading = sections.find(([re]) => re.test(word));
    if (heading !== undefined && (block.heading !== null || text.length < 40)) {
      section = heading[1];
      listSeen = false;
      continue;
    }
    if (block.heading === 1 || (open === null && block.heading !== null)) {
      if (areas.length > 0 || open !== null) skipped.push(`The section «${text.slice(0, 80)}» is not read`);
      open = null;
      section = null;
      if (areas.length === 0) preamble.push(block);
      continue;
    }
    if (open === null) {
      if (areas.length === 0) preamble.push(block);
      continue;
    }
    if (block.heading !== null && open.mainGoal.length === 0 && open.subGoals.length + open.strategies.length === 0) {
      // An unknown first heading in an area is taken for its main goal, which comes first in a plan.
      section = "mainGoal";
    } else if (block.heading !== null) {
      section = null;
      skipped.push(`The heading «${text.slice(0, 80)}» is not read`);
    } else if (section === "mainGoal") open.mainGoal.push(text);
    else if (
      (section === "subGoals" || section === "strategies") &&
      (block.list || !listSeen || /^\d+[.)]\s/.test(text))
    ) {
      // Once the section is a list, a plain paragraph after it is a remark, not one more item.
      listSeen ||= block.list || /^\d+[.)]\s/.test(text);
      numbered(section === "subGoals" ? open.subGoals : open.strategies, text);
    } else
      skipped.push(`${open.heading}: the paragraph «${text.slice(0, 80)}${text.length > 80 ? "…" : ""}» is not read`);
  }

  const title =
    preamble.find((p) => p.heading === 0)?.text.trim() ??
    readCoreTitle(opened.parts.core) ??
    preamble.find((p) => p.heading !== null)?.text.trim() ??
    null;
  return buildPlan({ areas, orphans, preamble: preamble.map((p) => p.text.trim()), title, problems, skipped }, current);
}

function emptyArea(): Pick<DraftArea, "mainGoal" | "subGoals" | "strategies" | "measures"> {
  return { mainGoal: [], subGoals: [], strategies: [], measures: [] };
}

/** A numbered list item: «2. Text» keeps its number; a Word-numbered item counts on from the last. */
function numbered(list: NumberedText[], text: string): void {
  const m = text.match(/^(\d{1,3})\s*[.)]\s+(.*)$/s);
  const plain = typedBullet(text) ?? text;
  if (m) list.push({ number: Number(m[1]), text: (m[2] ?? "").trim() });
  else list.push({ number: (list.at(-1)?.number ?? 0) + 1, text: plain });
}
