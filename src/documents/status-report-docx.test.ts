/** The status report as DOCX, read back: real headings and tables, the dashboard's numbers, the comments, æøå. */
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { planDashboard } from "../domain/dashboard.js";
import { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { statusReportDocx } from "./status-report-docx.js";

const gjovik = PlanDocument.parse(
  JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
);

const COMMENT = "Fire besøk gjort hos bedrifter på Raufoss og i Ålesund; æøå ÆØÅ.";

/** The made-up plan with one report of its own for 2025-T2, with a comment and a value. */
function planWithReport(): PlanDocument {
  const plan = fixturePlan();
  plan.statusReports.push({
    measureKey: "industri-bedriftsbesok",
    activityKey: null,
    period: "2025-T2",
    status: "ongoing",
    assessment: "off_track",
    progressPercent: 50,
    comment: COMMENT,
    commentInternal: false,
    indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 4 }],
    reportedAt: "2025-09-10T10:00:00+02:00",
    reportedBy: "Åse Ødegård",
  });
  return plan;
}

type Node = Record<string, unknown>;
type Read = {
  files: Record<string, Uint8Array>;
  paragraphs: { style: string | null; text: string }[];
  tables: string[][][];
};

/** All the text below a node, in document order. */
function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node === null || typeof node !== "object") return "";
  return Object.entries(node)
    .map(([key, value]) => {
      if (key === "w:t")
        return Array.isArray(value)
          ? value.map((v) => (typeof v === "object" ? ((v as Node)["#text"] ?? "") : v)).join("")
          : "";
      if (key.startsWith("@_") || key === "w:instrText") return "";
      return textOf(value);
    })
    .join("");
}

async function readBack(bytes: Buffer): Promise<Read> {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ["w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc"].includes(name),
  });
  const body = (parser.parse(xml)["w:document"] as Node)["w:body"] as Node;
  const paragraphs = ((body["w:p"] ?? []) as Node[]).map((p) => {
    const style = ((p["w:pPr"] as Node | undefined)?.["w:pStyle"] as Node | undefined)?.["@_w:val"];
    return { style: typeof style === "string" ? style : null, text: textOf(p["w:r"] ?? []) };
  });
  const tables = ((body["w:tbl"] ?? []) as Node[]).map((table) =>
    ((table["w:tr"] ?? []) as Node[]).map((row) => ((row["w:tc"] ?? []) as Node[]).map((cell) => textOf(cell))),
  );
  return { files, paragraphs, tables };
}

const options = { locale: "nb", madeOn: "2025-09-30" } as const;

describe("the status report as DOCX", () => {
  it("has the dashboard's numbers in its summary tables", async () => {
    const plan = planWithReport();
    const { tables } = await readBack(await statusReportDocx(plan, "2025-T2", options));
    const dashboard = planDashboard(plan, "2025-T2");
    const [statusTable, assessmentTable] = tables;
    expect(statusTable?.[0]).toEqual([
      "Område",
      "Tiltak",
      "Pågår",
      "Fullført",
      "Ikke startet",
      "Utsatt",
      "Avbrutt",
      "Ikke rapportert",
    ]);
    // One row per area and a sum row; every count as the dashboard has it.
    expect(statusTable?.slice(1).map((row) => row.slice(1).map(Number))).toEqual(
      [...dashboard.areas, { measureCount: dashboard.measureCount, statuses: dashboard.statuses }].map((area) => [
        area.measureCount,
        ...["ongoing", "completed", "not_started", "postponed", "cancelled", "not_reported"].map(
          (s) => area.statuses[s as keyof typeof area.statuses],
        ),
      ]),
    );
    expect(statusTable?.at(-1)).toEqual(["Sum", "5", "1", "0", "0", "0", "0", "4"]);
    expect(assessmentTable?.at(-1)).toEqual(["Sum", "0", "0", "1", "4"]);
    expect(assessmentTable?.[1]?.slice(1).map(Number)).toEqual([0, 0, 1, 2]);
  });

  it("gives each area a Heading 1 and each measure its title, report and comment", async () => {
    const { paragraphs, tables, files } = await readBack(await statusReportDocx(planWithReport(), "2025-T2", options));
    const headings1 = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings1).toEqual(["Sammendrag", "Innsatsområde 1: Industri", "Gjennomgående grep 1: Samarbeid"]);
    const headings2 = paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text);
    for (const title of ["Bedriftsbesøk", "Areal for industri", "Gårdsbesøk hos landbruksindustrien", "Næringsforum"]) {
      expect(headings2).toContain(title);
    }
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(`Kommentar: ${COMMENT}`);
    expect(texts).toContain("Status: Pågår");
    expect(texts).toContain("Vurdering: Avvik");
    expect(texts).toContain("Rapportert: 10.09.2025 av Åse Ødegård");
    expect(texts).toContain("Status: Ikke rapportert for perioden");
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Statusrapport – 2. tertial 2025");
    // The measure's indicators as a real table: value against target, attainment in words.
    const indicators = tables.find((t) => t[0]?.[0] === "Indikator");
    expect(indicators?.[1]).toEqual(["5 bedriftsbesøk", "4 besøk", "5 besøk", "4 av 5 (80 %)"]);
    // A table of contents over the headings, and the running header and page numbers.
    const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("TOC \\h \\o &quot;1-1&quot;");
    const header = strFromU8(files["word/header1.xml"] ?? new Uint8Array());
    expect(header).toContain("Handlingsplan for strategisk næringsplan 2024 til 2026 – 2. tertial 2025");
    const footer = strFromU8(files["word/footer1.xml"] ?? new Uint8Array());
    expect(footer).toMatch(/Side .*PAGE.* av .*NUMPAGES/s);
  });

  it("writes Gjøvik's plan with every measure not reported, and in English when asked", async () => {
    const { paragraphs } = await readBack(await statusReportDocx(gjovik, "2025-T2", options));
    const headings1 = paragraphs.filter((p) => p.style === "Heading1");
    expect(headings1).toHaveLength(gjovik.focusAreas.length + 1);
    const measures = gjovik.focusAreas.flatMap((a) => a.measures);
    const statuses = paragraphs.filter((p) => p.text.startsWith("Status: "));
    expect(statuses).toHaveLength(measures.length);
    expect(new Set(statuses.map((p) => p.text))).toEqual(new Set(["Status: Ikke rapportert for perioden"]));
    const english = await readBack(await statusReportDocx(gjovik, "2025-T2", { locale: "en", madeOn: "2025-09-30" }));
    expect(english.paragraphs.find((p) => p.style === "Heading1")?.text).toBe("Summary");
    expect(english.paragraphs.map((p) => p.text)).toContain("Status: Not reported for the period");
  });
});
