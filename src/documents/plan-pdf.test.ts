/**
 * The plan's PDF read back with poppler (`pdftotext`, `pdfinfo`, `pdffonts`): every measure's
 * title in the extracted text, æøå right, page numbers, a page count in the range measured for
 * Gjøvik's plan, and every font embedded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import type { DocumentOptions } from "./document-options.js";
import { gjovikPlan, LONG_TITLE, LONG_WORD, longAndEmptyPlan, rolledGjovik } from "./plan-document-test-plans.js";
import { planPdf } from "./plan-pdf.js";

const dir = mkdtempSync(join(tmpdir(), "planspor-plan-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type ReadBack = { text: string; pages: number; info: string; fonts: string; bytes: Buffer };
let count = 0;
async function readBack(plan: PlanDocument, options: Partial<DocumentOptions> = {}): Promise<ReadBack> {
  const bytes = await planPdf(plan, { locale: "nb", madeOn: "2026-03-01", ...options });
  const file = join(dir, `plan-${count++}.pdf`);
  writeFileSync(file, bytes);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, file], { encoding: "utf8" });
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const info = run("pdfinfo");
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { text, pages, info, fonts: run("pdffonts"), bytes };
}

/**
 * Text compared without the layout: no whitespace at all (a line may break anywhere in a narrow
 * cell, even inside a word) and no hyphens (one may be added where a word is broken).
 */
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

/** The fonts' rows of `pdffonts`: name, type, encoding, emb, sub, uni, object, generation. */
const fontRows = (fonts: string) =>
  fonts
    .split("\n")
    .slice(2)
    .filter((line) => line.trim().length > 0);

describe("the plan as PDF", () => {
  const gjovik = gjovikPlan();
  let gjovikPdf: Promise<ReadBack> | undefined;
  const gjovikReadBack = () => {
    gjovikPdf ??= readBack(gjovik);
    return gjovikPdf;
  };

  it("has every measure's title, every area heading and the related plans", async () => {
    const { text } = await gjovikReadBack();
    const squashed = squash(text);
    const titles = gjovik.focusAreas.flatMap((a) => a.measures.map((m) => m.title));
    expect(titles.length).toBeGreaterThan(20);
    expect(titles.filter((title) => !squashed.includes(squash(title)))).toEqual([]);
    expect(squashed).toContain(squash("Satsingsområde 1: En kommune med nasjonalt ledende industri"));
    expect(squashed).toContain(squash("Strategisk grep 4: Infrastruktur – veg, bane og kraft"));
    expect(gjovik.relatedPlans.filter((r) => !squashed.includes(squash(r.title)))).toEqual([]);
    for (const header of ["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"]) {
      expect(text).toContain(header);
    }
  });

  it("numbers its pages, names plan and version on each, and has the length of the printed plan", async () => {
    const { text, pages, info } = await gjovikReadBack();
    // Measured: 21 pages of A4 landscape (the printed plan has about as many).
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(40);
    expect(text).toContain("Side 1 av");
    expect(text).toContain(`Side ${pages} av ${pages}`);
    expect(text.split("Versjon 01.03.2026").length - 1).toBe(pages);
    expect(info).toMatch(/^Title:\s+Handlingsplan for strategisk næringsplan – 2024 til 2026$/m);
    // Not tagged: pdfmake would claim tags it does not write (see plan-pdf.ts).
    expect(info).toMatch(/^Tagged:\s+no$/m);
  });

  it("keeps æøå and the plan's quotes, and names its language", async () => {
    const { text, bytes } = await gjovikReadBack();
    expect(bytes.toString("latin1")).toContain("/Lang (nb-NO)");
    expect(text).toContain("Gjøvik Cyber City");
    expect(text).toContain("Fyrtårnprosjekter");
    expect(squash(text)).toContain(squash("«En sirkulær biokommune»"));
    expect(text).not.toContain("\ufffd");
  });

  it("embeds every font", async () => {
    const { fonts } = await gjovikReadBack();
    const rows = fontRows(fonts);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -2)).toEqual(["yes", "yes", "yes"]);
  });

  it("writes the made-up plan's own level words and English words around them", async () => {
    const plan = fixturePlan();
    const { text } = await readBack(plan);
    const squashed = squash(text);
    expect(squashed).toContain(squash("Innsatsområde 1: Industri"));
    expect(squashed).toContain(squash("Lage besøksplan: Landbruk i samarbeid med NTNU"));
    expect(squashed).toContain("3,?,1");
    const english = await readBack(plan, { locale: "en" });
    expect(english.text).toContain("Page 1 of");
    expect(english.text).toContain("Responsible");
    expect(english.text).toContain("Version 1 Mar 2026");
  });

  it("lays out long texts and empty fields", async () => {
    const { text, pages } = await readBack(longAndEmptyPlan());
    const squashed = squash(text);
    expect(squashed).toContain(squash(LONG_TITLE));
    expect(squashed).toContain(squash(LONG_WORD));
    expect(squashed).toContain(squash("Tiltak med bare tittel"));
    expect(squashed).toContain(squash("Aktivitet 40 med æøå"));
    expect(squashed).toContain(squash("Innsatsområde 2: Et område uten noe under"));
    expect(pages).toBeGreaterThan(3);
  });
});

describe("the changes since the revision before in the PDF", () => {
  it("are a bookmarked section with the changed measures and their values before and after", async () => {
    const rolled = rolledGjovik();
    const changed = rolled.before.focusAreas.flatMap((a) => a.measures).find((m) => m.key === rolled.keys.changed);
    const { text } = await readBack(rolled.after, { changesSince: rolled });
    const flat = squash(text);
    expect(flat).toContain(squash("Endringer fra revisjon 1"));
    expect(flat).toContain(squash("Tiltak: 1 lagt til, 2 avsluttet og 1 endret"));
    expect(flat).toContain(squash("Nytt tiltak for 2025"));
    expect(flat).toContain(squash(`${changed?.title} – utvidet`));
    // The section comes before the first area.
    expect(flat.indexOf(squash("Endringer fra revisjon 1"))).toBeLessThan(flat.indexOf(squash("Satsingsområde 1:")));
  });
});
