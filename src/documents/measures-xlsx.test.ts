import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { generatedPlan } from "../db/test-plans.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { parseMeasuresFile } from "./measures-import.js";
import { measuresXlsx, measuresXlsxStream } from "./measures-xlsx.js";
import { expectStopsWhenReaderLeaves } from "./stream-test-support.js";

describe("measuresXlsx", () => {
  it("writes the measures sheet, frozen at the header, with texts as text and a legend of the codes", async () => {
    const plan = fixturePlan();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await measuresXlsx(plan, { locale: "nb", madeOn: "2025-05-01" })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tiltak", "Forklaring"]);
    const sheet = workbook.getWorksheet("Tiltak");
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      "Rad",
      "Områdenøkkel",
      "Område",
      "Tiltaksnøkkel",
      "Aktivitetsnøkkel",
      "Tittel",
    ]);
    expect(header).toContain("Indikator 1: nøkkel");
    expect(header).toContain("Finansiering 1: beløp (kr)");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = plan.focusAreas.flatMap((a) => a.measures.flatMap((m) => [m, ...m.activities])).length;
    expect(sheet?.actualRowCount).toBe(rows + 1);
    expect(sheet?.getRow(2).getCell(6).value).toBe(plan.focusAreas[0]?.measures[0]?.title);
    const legend = workbook.getWorksheet("Forklaring");
    expect(legend?.getRow(8).values).toContain("2025-05-01");
    expect(legend?.getColumn(2).width).toBe(100);
    expect(legend?.getRow(1).getCell(1).font).toMatchObject({ bold: true });
  });

  it("sets the columns' widths and wrapping, a bold header, a filter on it and the document's properties", async () => {
    const plan = fixturePlan();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await measuresXlsx(plan, { locale: "nb", madeOn: "2025-05-01" })) as unknown as ArrayBuffer,
    );
    expect(workbook.creator).toBe("Planspor");
    expect(workbook.title).toBe(plan.actionPlan.title);
    const sheet = workbook.getWorksheet("Tiltak");
    if (sheet === undefined) throw new Error("no sheet");
    const header = ((sheet.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(sheet.autoFilter).toBe(`A1:${sheet.getRow(1).getCell(header.length).address}`);
    expect(sheet.getColumn(1).width).toBe(16);
    expect(sheet.getColumn(header.indexOf("Tittel") + 1).width).toBe(40);
    expect(sheet.getColumn(header.indexOf("Beskrivelse") + 1).width).toBe(40);
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    for (const cell of [sheet.getRow(1).getCell(6), sheet.getRow(2).getCell(7), sheet.getRow(3).getCell(1)]) {
      expect(cell.alignment).toEqual({ vertical: "top", wrapText: true });
    }
  });

  it("streams a large plan's workbook in pieces as it is made, and it reads back to the same plan", async () => {
    const plan = generatedPlan("stor-plan", 20, 50);
    const chunks: Buffer[] = [];
    for await (const chunk of measuresXlsxStream(plan, { locale: "nb", madeOn: "2025-05-01" })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(10);
    const bytes = Buffer.concat(chunks);
    expect(await parseMeasuresFile(bytes, "xlsx", plan)).toEqual({ ok: true, plan, skipped: ["sheet «Forklaring»"] });
  });

  it("stops making the file when the reader goes away", async () => {
    await expectStopsWhenReaderLeaves((plan) => measuresXlsxStream(plan, { locale: "nb", madeOn: "x" }), 1000);
  });

  it("speaks English when asked", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await measuresXlsx(fixturePlan(), { locale: "en", madeOn: "2025-05-01" })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Measures", "Legend"]);
    expect(workbook.getWorksheet("Measures")?.getRow(2).getCell(1).value).toBe("measure");
  });
});
