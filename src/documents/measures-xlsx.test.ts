import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../domain/test-fixtures.js";
import { measuresXlsx } from "./measures-xlsx.js";

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
