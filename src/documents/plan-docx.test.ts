/**
 * The plan's Word document read back as Word would: unzipped, `word/document.xml` parsed, its
 * tables, headings, lists and table of contents found where the layout and the cell convention
 * (which the Word import relies on) put them.
 */
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import type { DocumentOptions } from "./document-options.js";
import { gjovikPlan, LONG_TITLE, LONG_WORD, longAndEmptyPlan, rolledGjovik } from "./plan-document-test-plans.js";
import { planDocx } from "./plan-docx.js";

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@") ?? "";
const kids = (node: XmlNode) => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as XmlNode[]) : []);
const attr = (node: XmlNode, name: string) => (node[":@"] as Record<string, string> | undefined)?.[name];

/** Every element named `tag` under the nodes, in document order, not looking inside a match. */
function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((n) => (tagOf(n) === tag ? [n] : findAll(kids(n), tag)));
}
const child = (node: XmlNode, tag: string) => kids(node).find((k) => tagOf(k) === tag);

type Para = { text: string; style: string | undefined; listed: boolean };
function paragraph(p: XmlNode): Para {
  const text = findAll(kids(p), "w:t")
    .flatMap((t) => kids(t).map((k) => String(k["#text"] ?? "")))
    .join("");
  const pPr = child(p, "w:pPr");
  const style = pPr === undefined ? undefined : child(pPr, "w:pStyle");
  return {
    text,
    style: style === undefined ? undefined : attr(style, "w:val"),
    listed: pPr !== undefined && child(pPr, "w:numPr") !== undefined,
  };
}

type ReadBack = { xml: string; body: XmlNode[]; files: Record<string, Uint8Array> };
async function readBack(plan: PlanDocument, options: Partial<DocumentOptions> = {}): Promise<ReadBack> {
  const bytes = await planDocx(plan, { locale: "nb", madeOn: "2026-03-01", ...options });
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const doc = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === "w:document");
  if (doc === undefined) throw new Error("no w:document");
  const body = child(doc, "w:body");
  if (body === undefined) throw new Error("no w:body");
  return { xml, body: kids(body), files };
}

/** The tables' rows as cells of paragraphs. */
const tables = (body: XmlNode[]) =>
  findAll(body, "w:tbl").map((table) =>
    findAll(kids(table), "w:tr").map((row) =>
      findAll(kids(row), "w:tc").map((tc) => findAll(kids(tc), "w:p").map(paragraph)),
    ),
  );
/** The paragraphs of the body itself, outside tables and the table of contents. */
const bodyParagraphs = (body: XmlNode[]) => body.filter((n) => tagOf(n) === "w:p").map(paragraph);

const HEADERS = ["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"];

describe("the plan as DOCX", () => {
  const gjovik = gjovikPlan();

  it("has one six-column table per area with measures, its header repeated, one row per measure", async () => {
    const { body, xml } = await readBack(gjovik);
    const all = tables(body);
    const areas = gjovik.focusAreas.filter((a) => a.measures.length > 0);
    expect(all).toHaveLength(areas.length + 1); // and the related plans
    areas.forEach((area, i) => {
      const [header, ...rows] = all[i] ?? [];
      expect(header?.map((cell) => cell.map((p) => p.text).join(""))).toEqual(HEADERS);
      expect(rows.map((row) => row[0]?.[0]?.text)).toEqual(area.measures.map((m) => m.title));
      expect(rows.every((row) => row.length === 6)).toBe(true);
    });
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(all.length);
  });

  it("writes activities as list paragraphs, and their own entries as «activity: text» bullets", async () => {
    const { body } = await readBack(gjovik);
    const areaIndex = gjovik.focusAreas.findIndex((a) => a.measures.some((m) => m.activities.length > 0));
    const area = gjovik.focusAreas[areaIndex];
    const measureIndex = area?.measures.findIndex((m) => m.activities.length > 0) ?? -1;
    const measure = area?.measures[measureIndex];
    const row = tables(body)[areaIndex]?.[measureIndex + 1];
    if (measure === undefined || row === undefined) throw new Error("no measure with activities");
    const listed = (row[0] ?? []).filter((p) => p.listed).map((p) => p.text);
    expect(listed).toEqual(measure.activities.map((a) => a.title));
    expect(row[0]?.[0]).toMatchObject({ text: measure.title, listed: false });
    const indicators = measure.activities.flatMap((a) => a.indicators.map((i) => `${a.title}: ${i.text}`));
    expect((row[2] ?? []).filter((p) => p.listed).map((p) => p.text)).toEqual(indicators);
    expect((row[2] ?? []).filter((p) => !p.listed).map((p) => p.text)).toEqual(measure.indicators.map((i) => i.text));
  });

  it("styles areas as Heading 1 and their sections as Heading 2, in the plan's own words", async () => {
    const { body } = await readBack(gjovik);
    const paragraphs = bodyParagraphs(body);
    const h1 = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(h1).toContain("Satsingsområde 1: En kommune med nasjonalt ledende industri");
    expect(h1).toContain("Strategisk grep 2: Næringsarealer");
    expect(h1[0]).toBe("Fyrtårnprosjekter");
    expect(h1.at(-1)).toBe("Andre planer og prosjekter");
    const h2 = paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text);
    for (const section of ["Hovedmål", "Delmål", "Strategier", "Tiltak", "Skjerven Biopark"]) {
      expect(h2).toContain(section);
    }
    // Strategies are a numbered list.
    const strategies = gjovik.focusAreas[0]?.strategies.map((s) => s.text) ?? [];
    expect(paragraphs.filter((p) => p.listed && strategies.includes(p.text))).toHaveLength(strategies.length);
  });

  it("opens with the title and a table of contents field, with properties and the language set", async () => {
    const { body, xml, files } = await readBack(gjovik);
    expect(bodyParagraphs(body)[0]).toMatchObject({ style: "Title", text: gjovik.actionPlan.title });
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    const core = strFromU8(files["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain("<dc:title>Handlingsplan for strategisk næringsplan – 2024 til 2026</dc:title>");
    expect(core).toContain("<dc:subject>Handlingsplan, Gjøvik kommune</dc:subject>");
    expect(core).toContain("<dc:creator>Planspor</dc:creator>");
    expect(strFromU8(files["word/styles.xml"] ?? new Uint8Array())).toContain('<w:lang w:val="nb-NO"/>');
    const header = strFromU8(files["word/header1.xml"] ?? new Uint8Array());
    expect(header).toContain("Revisjon 1 · Versjon 01.03.2026");
    const footer = strFromU8(files["word/footer1.xml"] ?? new Uint8Array());
    expect(footer.replace(/<[^>]+>/g, "")).toMatch(/^Side\s*PAGE\s*av\s*NUMPAGES\s*$/);
  });

  it("keeps æøå and the plan's quotes intact", async () => {
    const { xml } = await readBack(gjovik);
    expect(xml).toContain("Gjøvik Cyber City");
    expect(xml).toContain("«En sirkulær biokommune»");
    expect(xml).toContain("Næringsvennlig kommune");
  });

  it("lists the related plans with their areas and sub-goals", async () => {
    const { body } = await readBack(gjovik);
    const related = tables(body).at(-1) ?? [];
    expect(related[0]?.map((cell) => cell[0]?.text)).toEqual([
      "Tiltak",
      "Satsingsområde/Strategisk grep",
      "Delmål og strategier",
      "Finansiering",
      "Ansvar",
    ]);
    expect(related.slice(1).map((row) => row[0]?.[0]?.text)).toEqual(gjovik.relatedPlans.map((r) => r.title));
  });

  it("writes the made-up plan's level words, strategy numbers «3, ?, 1» and header words in English", async () => {
    const plan = fixturePlan();
    const { body } = await readBack(plan);
    const h1 = bodyParagraphs(body)
      .filter((p) => p.style === "Heading1")
      .map((p) => p.text);
    expect(h1).toContain("Innsatsområde 1: Industri");
    expect(h1).toContain("Gjennomgående grep 1: Samarbeid");
    const rows = tables(body)[0] ?? [];
    expect(rows[1]?.[1]?.map((p) => p.text)).toEqual(["3, ?, 1"]);
    expect(rows[1]?.[0]?.map((p) => p.text)).toEqual([
      "Bedriftsbesøk",
      "Systematiske besøk hos industribedrifter.",
      "Lage besøksplan",
      "Følge opp besøkene",
    ]);
    expect(rows[1]?.[4]?.map((p) => p.text)).toEqual([
      "Næring i samarbeid med NTNU og formannskapet",
      "Lage besøksplan: Landbruk i samarbeid med NTNU",
    ]);
    const english = tables((await readBack(plan, { locale: "en" })).body)[0]?.[0];
    expect(english?.map((cell) => cell[0]?.text)).toEqual([
      "Measure",
      "Strategy",
      "Indicator",
      "Funding",
      "Responsible",
      "Start",
    ]);
  });

  it("holds long texts and empty fields: every row six cells, empty ones with an empty paragraph", async () => {
    const plan = longAndEmptyPlan();
    const { body } = await readBack(plan);
    const last = tables(body).at(-2) ?? [];
    expect(last.map((row) => row.length)).toEqual([6, 6, 6]);
    expect(last[1]?.map((cell) => cell.map((p) => p.text))).toEqual([
      ["Tiltak med bare tittel"],
      [""],
      [""],
      [""],
      [""],
      [""],
    ]);
    expect(last[2]?.[0]?.[0]?.text).toBe(LONG_TITLE);
    expect(last[2]?.[0]?.filter((p) => p.listed)).toHaveLength(40);
    expect(last[2]?.[4]?.[0]?.text).toBe(LONG_WORD);
    const h1 = bodyParagraphs(body)
      .filter((p) => p.style === "Heading1")
      .map((p) => p.text);
    expect(h1).toContain("Innsatsområde 2: Et område uten noe under");
    // Sub-goals that do not start at 1 keep their own numbers as text.
    expect(bodyParagraphs(body).map((p) => p.text)).toContain("2. Delmål som starter på 2.");
  });
});

describe("the changes since the revision before", () => {
  const rolled = rolledGjovik();
  const titleOf = (key: string) =>
    rolled.before.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key)?.title ?? "";

  it("follow the introduction: a Heading 1, the counts in words, one table per area with changes", async () => {
    const { body } = await readBack(rolled.after, { changesSince: rolled });
    const paragraphs = bodyParagraphs(body);
    const h1 = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(h1[0]).toBe("Endringer fra revisjon 1");
    const at = paragraphs.findIndex((p) => p.text === "Endringer fra revisjon 1");
    expect(paragraphs[at + 1]?.text).toBe(
      "Tiltak: 1 lagt til, 2 avsluttet og 1 endret; Deltiltak: " +
        `${rolled.comparison.counts.activities.closed} avsluttet.`,
    );
    const changeTables = tables(body).filter(
      (t) => t[0]?.map((c) => c.map((p) => p.text).join("")).join("|") === "Tiltak|Endring|Felt|Før|Etter",
    );
    const rows = changeTables.flatMap((t) => t.slice(1)).map((row) => row.map((c) => c.map((p) => p.text).join(" ")));
    const row = (title: string) => rows.find((r) => r[0] === title);
    expect(row(titleOf(rolled.keys.completed))?.[1]).toBe("Avsluttet");
    expect(row(titleOf(rolled.keys.stopped))?.[1]).toBe("Avsluttet");
    expect(row("Nytt tiltak for 2025")?.[1]).toBe("Nytt");
    expect(row(`${titleOf(rolled.keys.changed)} – utvidet`)).toEqual([
      `${titleOf(rolled.keys.changed)} – utvidet`,
      "Endret",
      "Tittel",
      titleOf(rolled.keys.changed),
      `${titleOf(rolled.keys.changed)} – utvidet`,
    ]);
  });

  it("are left out when no revision before is given", async () => {
    const { body } = await readBack(rolled.after);
    expect(bodyParagraphs(body).some((p) => p.text.startsWith("Endringer fra revisjon"))).toBe(false);
  });
});
