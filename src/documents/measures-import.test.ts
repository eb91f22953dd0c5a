/**
 * Reading uploaded files defensively: not a spreadsheet, a zip that is no workbook, zip bombs
 * (declared and lying about their size), XML with a DOCTYPE or entities, and CSV as Excel writes
 * it (Windows-1252, commas or semicolons).
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../domain/test-fixtures.js";
import { measuresCsv } from "./measures-csv.js";
import { parseMeasuresFile, readCsvTable, readXlsxTable } from "./measures-import.js";
import { measuresXlsx } from "./measures-xlsx.js";

const plan = { ...fixturePlan(), statusReports: [] };
const OPTIONS = { locale: "nb" as const, madeOn: "2025-05-01" };
const codesOf = (result: { ok: boolean; problems?: Array<{ code: string }> }) =>
  result.ok ? [] : (result.problems ?? []).map((p) => p.code);

/** Sets every uncompressed size the archive declares for `name` to `size`, leaving the data as it is. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const named = (at: number, nameAt: number) =>
    nameBytes.every((b, i) => out[at + nameAt + i] === b) &&
    view.getUint16(at + (nameAt === 30 ? 26 : 28), true) === nameBytes.length;
  for (let at = 0; at < out.length - 46; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && named(at, 30)) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50 && named(at, 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

describe("reading an XLSX", () => {
  it("reads the measures sheet and says which sheets it left out", async () => {
    const result = await readXlsxTable(await measuresXlsx(plan, OPTIONS));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.sheet).toBe("Tiltak");
    expect(result.table.header[0]).toBe("Rad");
    expect(result.skipped).toEqual(["sheet «Forklaring»"]);
  });

  it("refuses what is not a workbook", async () => {
    expect(codesOf(await readXlsxTable(strToU8("Tittel;Beskrivelse\n")))).toEqual(["not_a_spreadsheet"]);
    expect(codesOf(await readXlsxTable(zipSync({ "word/document.xml": strToU8("<w/>") })))).toEqual([
      "not_a_spreadsheet",
    ]);
    const truncated = (await measuresXlsx(plan, OPTIONS)).subarray(0, 2000);
    expect(codesOf(await readXlsxTable(truncated))).toEqual(["not_a_spreadsheet"]);
  });

  it("refuses a zip bomb by its declared sizes, before inflating anything", async () => {
    const bomb = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": new Uint8Array(10 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(100_000);
    expect(codesOf(await readXlsxTable(bomb))).toEqual(["zip_bomb"]);
  });

  it("refuses a zip bomb that lies about its size, while inflating", async () => {
    const honest = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": new Uint8Array(120 * 1024 * 1024),
    });
    const liar = lieAboutSize(honest, "xl/worksheets/sheet1.xml", 1000);
    expect(codesOf(await readXlsxTable(liar))).toEqual(["zip_bomb"]);
  });

  it("refuses XML parts with a DOCTYPE or entity declarations, in UTF-8 or UTF-16", async () => {
    const parts = unzipSync(await measuresXlsx(plan, OPTIONS));
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${xxe}`, "utf16le"));
    for (const bytes of [strToU8(xxe), utf16]) {
      const file = zipSync({ ...parts, "xl/sharedStrings.xml": bytes });
      expect(codesOf(await readXlsxTable(file))).toEqual(["xml_entities"]);
    }
  });
});

describe("reading a CSV", () => {
  it("reads Windows-1252 with commas, as Excel may save it", () => {
    const text = "Rad,Tittel\r\ntiltak,Bedriftsbesøk på Ålesund\r\n";
    const bytes = new Uint8Array(Buffer.from(text, "latin1"));
    const result = readCsvTable(bytes);
    expect(result.ok && result.table.rows[0]?.cells).toEqual(["tiltak", "Bedriftsbesøk på Ålesund"]);
  });

  it("refuses a binary file and reads the export back", async () => {
    expect(codesOf(readCsvTable(await measuresXlsx(plan, OPTIONS)))).toEqual(["not_a_spreadsheet"]);
    expect(await parseMeasuresFile(measuresCsv(plan, OPTIONS), "csv", plan)).toEqual({ ok: true, plan, skipped: [] });
  });

  it("refuses a broken quote with its row", () => {
    const result = readCsvTable(strToU8('Rad;Tittel\ntiltak;"uavsluttet\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "not_a_spreadsheet" });
  });
});
