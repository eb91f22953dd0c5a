/**
 * Word in: documents made with the `docx` package by the cell convention and by hand (typed «-»
 * lines, extra and merged columns, no headings), bad files, and the round trip through the real
 * export — Gjøvik's plan, the layout's test plans and generated plans (fast-check).
 */
import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from "docx";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type PlanDocument, PlanDocument as PlanSchema } from "../domain/plan-schema.js";
import { checkPlanReferences } from "../domain/validate-plan.js";
import { readFunding } from "./docx-read-cells.js";
import { carried, generatedPlan } from "./docx-read-test-plans.js";
import { gjovikPlan, longAndEmptyPlan, rolledGjovik } from "./plan-document-test-plans.js";
import { planDocx } from "./plan-docx.js";
import { parsePlanDocx } from "./plan-docx-import.js";

const HEADERS = ["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"];

/** A cell paragraph: a string is plain, `["•", text]` a Word bullet. */
type P = string | ["•", string];
const para = (p: P) =>
  typeof p === "string"
    ? new Paragraph({ text: p })
    : new Paragraph({ text: p[1], numbering: { reference: "b", level: 0 } });
const cell = (ps: P[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: ps.length > 0 ? ps.map(para) : [new Paragraph({})], ...extra });
const table = (rows: TableCell[][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells })) });
const header = (names = HEADERS) => names.map((h) => cell([h]));
const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const numbered = (text: string) => new Paragraph({ text, numbering: { reference: "n", level: 0 } });

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: "b", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•" }] },
        { reference: "n", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const opening = [
  new Paragraph({ text: "Handlingsplan for næring 2025–2027", heading: HeadingLevel.TITLE }),
  new Paragraph("Testby kommune"),
];
const areaHead = (strategies = 3) => [
  h1("Satsingsområde 1: Et levende næringsliv"),
  h2("Hovedmål"),
  new Paragraph("Flere arbeidsplasser i kommunen."),
  h2("Delmål"),
  numbered("Flere bedrifter"),
  h2("Strategier"),
  ...Array.from({ length: strategies }, (_, i) => numbered(`Strategi nummer ${i + 1}`)),
];

async function imported(bytes: Uint8Array, current: PlanDocument | null = null) {
  const result = await parsePlanDocx(bytes, current);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return { plan: PlanSchema.parse(result.plan), skipped: result.skipped };
}

describe("a document by the cell convention", () => {
  const conventionRows = () => [
    header(),
    [
      cell(["Bedriftsbesøk", "Besøke bedrifter jevnlig.", ["•", "Besøk i industrien"], ["•", "Besøk i handelen"]]),
      cell(["1, 3"]),
      cell(["5 bedriftsbesøk", ["•", "Besøk i industrien: Ja/Nei"]]),
      cell(["Finansieres innenfor egne rammer", ["•", "Besøk i handelen: Krever økt ramme på kr 300 000,-"]]),
      cell(["Næring i samarbeid med NTNU"]),
      cell(["Pågår", ["•", "Besøk i handelen: Første halvår 2026"]]),
    ],
    [cell(["Et tiltak med tomme celler"]), cell(["?"]), cell([]), cell([]), cell([]), cell([])],
  ];

  it("reads areas, measures, activities and every column into the model", async () => {
    const { plan } = await imported(await docxOf([...opening, ...areaHead(), table(conventionRows())]));
    expect(plan.actionPlan).toMatchObject({
      title: "Handlingsplan for næring 2025–2027",
      firstYear: 2025,
      lastYear: 2027,
    });
    expect(plan.organization).toMatchObject({ name: "Testby kommune", kind: "municipality" });
    const [area] = plan.focusAreas;
    expect(area).toMatchObject({ kind: "focus_area", number: 1, title: "Et levende næringsliv" });
    expect(area?.mainGoal).toBe("Flere arbeidsplasser i kommunen.");
    expect(area?.strategies.map((s) => s.number)).toEqual([1, 2, 3]);
    const [visits, empty] = area?.measures ?? [];
    expect(visits).toMatchObject({
      key: "levende-naeringsliv-bedriftsbesok",
      title: "Bedriftsbesøk",
      description: "Besøke bedrifter jevnlig.",
      strategyNumbers: [1, 3],
      indicators: [{ text: "5 bedriftsbesøk", kind: "count", target: 5, unit: "bedriftsbesøk" }],
      funding: [{ kind: "within_budget", text: "Finansieres innenfor egne rammer" }],
      responsibility: { text: "Næring i samarbeid med NTNU" },
      start: { kind: "ongoing", text: "Pågår" },
    });
    expect(visits?.activities.map((a) => a.title)).toEqual(["Besøk i industrien", "Besøk i handelen"]);
    expect(visits?.activities[0]?.indicators).toMatchObject([{ text: "Ja/Nei", kind: "yes_no" }]);
    expect(visits?.activities[1]?.funding).toMatchObject([{ kind: "budget_increase", amountNok: 300000 }]);
    expect(visits?.activities[1]?.start).toMatchObject({ kind: "half_year", year: 2026, half: 1 });
    expect(empty).toMatchObject({
      strategyNumbers: ["unknown"],
      indicators: [],
      funding: [],
      responsibility: null,
      start: null,
    });
  });

  it("matches the current plan: its keys, actors and the structured values of equal texts are kept", async () => {
    const bytes = await docxOf([...opening, ...areaHead(), table(conventionRows())]);
    const first = (await imported(bytes)).plan;
    const current: PlanDocument = {
      ...first,
      actors: [
        { key: "naering", name: "Næring", kind: "internal_unit" },
        { key: "ntnu", name: "NTNU", kind: "external_partner" },
      ],
    };
    const measure = current.focusAreas[0]?.measures[0];
    if (measure) {
      measure.key = "eget-bedriftsbesok";
      // Without a responsibility of the same text to keep, the actors are found by name.
      measure.responsibility = null;
    }
    const { plan } = await imported(bytes, current);
    expect(plan.focusAreas[0]?.measures[0]?.key).toBe("eget-bedriftsbesok");
    expect(plan.focusAreas[0]?.measures[0]?.responsibility).toMatchObject({
      responsibleActorKeys: ["naering"],
      partnerActorKeys: ["ntnu"],
    });
  });

  it("places an unreadable strategy and a too long title at their row and column", async () => {
    const rows = [header(), [cell(["x".repeat(4100)]), cell(["1, tre"]), cell([]), cell([]), cell([]), cell([])]];
    const result = await parsePlanDocx(await docxOf([...opening, ...areaHead(), table(rows)]), null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = { sheet: "Satsingsområde 1: Et levende næringsliv", row: 2 };
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: "unknown_strategy", column: "Strategi", ...at }),
    );
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "too_big", column: "Tiltak", ...at }));
  });

  it("keeps long texts whole", async () => {
    const long = `${"Et langt tiltak om samarbeid. ".repeat(100)}Slutt.`;
    const rows = [header(), [cell([long, long]), cell(["2"]), cell([long]), cell([long]), cell([long]), cell([long])]];
    const { plan } = await imported(await docxOf([...opening, ...areaHead(), table(rows)]));
    const m = plan.focusAreas[0]?.measures[0];
    expect(m?.title).toBe(long.trim());
    expect(m?.description).toBe(long.trim());
    expect(m?.funding[0]?.text).toBe(long.trim());
    expect(m?.start).toMatchObject({ kind: "condition", text: long.trim() });
  });
});

describe("a hand-written document", () => {
  const lines = (...texts: string[]) =>
    new Paragraph({ children: texts.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 })) });

  it("reads typed bullets, header variants, an extra column and a merged cell, and lists what it skips", async () => {
    const rows = [
      ["tiltak ", "Strategiar", "Måleindikatorer", "Kostnad", "Ansvarleg", "OPPSTART"].map((h) => cell([h])),
      [
        new TableCell({ children: [new Paragraph("Kurs for gründere"), lines("- Kurs om vår", "• Kurs om høst")] }),
        cell(["Strategi 1 og 2"]),
        cell(["Kurs om vår: 20 deltakere"]),
        cell(["kr 40 000"]),
        cell(["Næring"], { verticalMerge: VerticalMergeType.RESTART }),
        cell(["2026"]),
      ],
      [
        cell(["Møteplass for næringslivet"]),
        cell(["2"]),
        cell([]),
        cell([]),
        cell([], { verticalMerge: VerticalMergeType.CONTINUE }),
        cell(["Når budsjettet er vedtatt"]),
      ],
    ];
    const { plan, skipped } = await imported(
      await docxOf([...opening, ...areaHead(), new Paragraph("Merk: tabellen er foreløpig."), table(rows)]),
    );
    const [course, meeting] = plan.focusAreas[0]?.measures ?? [];
    expect(course?.activities.map((a) => a.title)).toEqual(["Kurs om vår", "Kurs om høst"]);
    expect(course?.strategyNumbers).toEqual([1, 2]);
    expect(course?.activities[0]?.indicators).toMatchObject([{ text: "20 deltakere", kind: "count", target: 20 }]);
    expect(course?.start).toMatchObject({ kind: "year", year: 2026 });
    expect(meeting?.responsibility?.text).toBe("Næring");
    expect(meeting?.start).toMatchObject({ kind: "condition", text: "Når budsjettet er vedtatt" });
    expect(skipped.join("\n")).toMatch(/«Kostnad» is not read/);
    expect(skipped.join("\n")).toMatch(/«Merk: tabellen er foreløpig\.» is not read/);
  });

  it("places a table without headings by the current plan's titles, and refuses it without one", async () => {
    const gjovik = gjovikPlan();
    const measure = gjovik.focusAreas[1]?.measures[0];
    const rows = [
      header(),
      [cell([measure?.title ?? ""]), cell(["1"]), cell([]), cell([]), cell(["Næring"]), cell(["2026"])],
    ];
    const bytes = await docxOf([table(rows)]);
    const { plan } = await imported(bytes, gjovik);
    expect(plan.focusAreas.map((a) => a.key)).toEqual([gjovik.focusAreas[1]?.key]);
    expect(plan.focusAreas[0]?.measures[0]).toMatchObject({ key: measure?.key, start: { kind: "year", year: 2026 } });
    const alone = await parsePlanDocx(bytes, null);
    expect(alone.ok ? [] : alone.problems.map((p) => p.code)).toContain("no_area");
  });
});

describe("areas as rows of the table", () => {
  it("reads a row across the table as an area heading, with the current plan's main goal and strategies", async () => {
    const gjovik = gjovikPlan();
    const across = (text: string) => [cell([text], { columnSpan: 6 })];
    const rows = [
      header(),
      across("Satsingsområde 2: En kommune med digital høyteknologi"),
      [cell(["Hackathon for studenter"]), cell(["2"]), cell([]), cell([]), cell(["Næring"]), cell(["2026"])],
      across("Strategisk grep 2: Næringsarealer"),
      [cell(["Kartlegge ledige tomter"]), cell(["1, 3"]), cell([]), cell([]), cell([]), cell(["Pågår"])],
    ];
    const { plan } = await imported(await docxOf([table(rows)]), gjovik);
    expect(plan.focusAreas.map((a) => [a.key, a.measures.map((m) => m.key)])).toEqual([
      ["digital", ["digital-hackathon-for-studenter"]],
      ["naeringsarealer", ["naeringsarealer-kartlegge-ledige-tomter"]],
    ]);
    expect(plan.focusAreas[0]?.mainGoal).toBe(gjovik.focusAreas[1]?.mainGoal);
    expect(plan.focusAreas[0]?.measures[0]?.responsibility).toMatchObject({ responsibleActorKeys: ["naering"] });
  });
});

describe("files that are not a plan", () => {
  const codeOf = async (bytes: Uint8Array) => {
    const result = await parsePlanDocx(bytes, null);
    return result.ok ? "ok" : result.problems[0]?.code;
  };
  const docxFiles = (documentXml: string) =>
    zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
      "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships/>'),
      "word/document.xml": strToU8(documentXml),
    });

  it("refuses what is not a DOCX", async () => {
    expect(await codeOf(strToU8("%PDF-1.7 not a word file"))).toBe("not_a_docx");
    expect(
      await codeOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(40).fill(0)])),
    ).toBe("not_a_docx");
    expect(await codeOf(zipSync({ "notes.txt": strToU8("hello") }))).toBe("not_a_docx");
    expect(await codeOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(7)]))).toBe("not_a_docx");
  });

  it("refuses a zip bomb from its directory, before inflating it", async () => {
    const bomb = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": new Uint8Array(30 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await codeOf(bomb)).toBe("too_large");
    // A directory that understates the sizes: fflate inflates into a buffer of the declared size only.
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    for (let i = 0; i < liar.length - 4; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1000, true);
    expect(await codeOf(liar)).toBe("not_a_docx");
  });

  it("refuses XML with a document type or entities", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await codeOf(docxFiles(xxe))).toBe("unsafe_xml");
    const laughs = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><w:document/>`;
    expect(await codeOf(docxFiles(laughs))).toBe("unsafe_xml");
  });

  it("says so when a document holds no measure table", async () => {
    const result = await parsePlanDocx(await docxOf([...opening, new Paragraph("Bare tekst.")]), null);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.focusAreas).toEqual([]);
  });
});

describe("the round trip through the export", () => {
  const gjovik = gjovikPlan();

  it.each(["nb", "nn", "en"] as const)(
    "gives Gjøvik's plan back unchanged with the plan as current (%s)",
    async (locale) => {
      const bytes = new Uint8Array(await planDocx(gjovik, { locale, madeOn: "2026-03-01" }));
      const { plan } = await imported(bytes, gjovik);
      expect(plan).toEqual(gjovik);
    },
  );

  it("gives Gjøvik's texts back without a current plan, and its funding kinds from the words", async () => {
    const bytes = new Uint8Array(await planDocx(gjovik, { locale: "nb", madeOn: "2026-03-01" }));
    const { plan } = await imported(bytes);
    expect(carried(plan)).toEqual(carried(gjovik));
    expect(plan.actionPlan).toMatchObject({ title: gjovik.actionPlan.title, firstYear: 2024, lastYear: 2026 });
    const lines = gjovik.focusAreas
      .flatMap((a) => a.measures.flatMap((m) => [m, ...m.activities]))
      .flatMap((x) => x.funding);
    const own = lines.filter((l) => l.kind !== "shared_source");
    const same = own.filter((l) => {
      const read = readFunding(l.text);
      return read.kind === l.kind && read.amountNok === l.amountNok && read.recurrence === l.recurrence;
    });
    // Shared sources need the current plan (its line with the same text); every other line is read as Gjøvik reads it.
    expect([lines.length, own.length, same.length]).toEqual([39, 34, 34]);
  });

  it("reads a rolled revision back past the section on what changed since the one before", async () => {
    const rolled = rolledGjovik();
    const bytes = new Uint8Array(
      await planDocx(rolled.after, { locale: "nb", madeOn: "2026-03-01", changesSince: rolled }),
    );
    expect((await imported(bytes, rolled.after)).plan).toEqual(rolled.after);
  });

  it("gives the layout's long and empty test plan back", async () => {
    const long = longAndEmptyPlan();
    const bytes = new Uint8Array(await planDocx(long, { locale: "nb", madeOn: "2026-03-01" }));
    expect((await imported(bytes, long)).plan).toEqual(long);
    expect(carried((await imported(bytes)).plan)).toEqual(carried(long));
  });
});

describe("generated plans (fast-check)", () => {
  it("come back with the same measures, activities and texts, and as they were with the plan as current", async () => {
    await fc.assert(
      fc.asyncProperty(generatedPlan, async (plan) => {
        expect(checkPlanReferences(plan)).toEqual([]);
        const bytes = new Uint8Array(await planDocx(plan, { locale: "nb", madeOn: "2026-03-01" }));
        expect(carried((await imported(bytes)).plan)).toEqual(carried(plan));
        expect((await imported(bytes, plan)).plan).toEqual(plan);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 60_000);
});
