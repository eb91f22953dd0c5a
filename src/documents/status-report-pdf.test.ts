/** The status report as PDF, read back with poppler: the text (æøå, page numbers, header) and the embedded fonts. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { statusReportPdf } from "./status-report-pdf.js";

const gjovik = PlanDocument.parse(
  JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
);

const COMMENT = "Fire besøk gjort hos bedrifter på Raufoss; Ærlig og øvet, på så vis.";

function planWithReport(): PlanDocument {
  const plan = fixturePlan();
  plan.statusReports.push({
    measureKey: "samarbeid-forum",
    activityKey: null,
    period: "2025-T2",
    status: "completed",
    assessment: "on_track",
    progressPercent: 100,
    comment: COMMENT,
    commentInternal: false,
    indicatorValues: [],
    reportedAt: "2025-09-10T10:00:00+02:00",
    reportedBy: null,
  });
  return plan;
}

const dir = mkdtempSync(join(tmpdir(), "status-report-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the PDF to a temporary file and returns its text (pdftotext) and its fonts (pdffonts). */
function readBack(bytes: Buffer, name: string): { text: string; fonts: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return {
    // Without -layout, so a line reads as written, not as columns of a table.
    text: execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
    fonts: execFileSync("/usr/bin/pdffonts", [file], { encoding: "utf8" }),
  };
}

/** The rows of pdffonts' table: name, and whether embedded. */
function fontRows(fonts: string): { name: string; embedded: string }[] {
  return fonts
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: «emb» is the fifth column from the end.
      return { name: columns[0] ?? "", embedded: columns.at(-5) ?? "" };
    });
}

const options = { locale: "nb", madeOn: "2025-09-30" } as const;

describe("the status report as PDF", () => {
  it("prints every measure, the period, the page numbers and the report's words, æøå intact", async () => {
    const plan = planWithReport();
    const { text, fonts } = readBack(await statusReportPdf(plan, "2025-T2", options), "fixture");
    for (const title of plan.focusAreas.flatMap((a) => a.measures.map((m) => m.title))) expect(text).toContain(title);
    expect(text).toContain("Statusrapport – 2. tertial 2025");
    // The running header on every page.
    expect(text).toContain("Handlingsplan for strategisk næringsplan 2024 til 2026 – 2. tertial 2025");
    expect(text).toContain("Side 1 av");
    expect(text).toMatch(/Side (\d+) av \1\b/);
    expect(text).toContain("Innsatsområde 1: Industri");
    expect(text).toContain("Status: Fullført");
    expect(text).toContain("Vurdering: På sporet");
    expect(text).toContain("Framdrift: 100 %");
    expect(text).toContain(COMMENT);
    expect(text).toContain("Ikke rapportert for perioden (siste rapport: Pågår (2024))");
    const rows = fontRows(fonts);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ name: expect.stringContaining("Roboto"), embedded: "yes" });
  });

  it("prints Gjøvik's plan with every measure not reported, and in English when asked", async () => {
    const { text } = readBack(await statusReportPdf(gjovik, "2025-T2", options), "gjovik");
    const measures = gjovik.focusAreas.flatMap((a) => a.measures);
    // pdftotext may break a long title over lines: compare with whitespace collapsed.
    const flat = text.replace(/\s+/g, " ");
    for (const measure of measures) expect(flat).toContain(measure.title.replace(/\s+/g, " "));
    expect(text.match(/Status: Ikke rapportert for perioden/g)).toHaveLength(measures.length);
    expect(text).toContain("Satsingsområde 1: En kommune med nasjonalt ledende industri");
    expect(text).toContain("Gjøvik kommune");
    const english = readBack(await statusReportPdf(gjovik, "2025-T2", { locale: "en", madeOn: "2025-09-30" }), "en");
    expect(english.text).toContain("Status report – 2nd tertial 2025");
    expect(english.text).toContain("Page 1 of");
    expect(english.text).toContain("Status: Not reported for the period");
  });
});
