/** The budget workbook read back with exceljs: the sheets, the numbers, the sums as formulas, æøå kept. */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { planBudget } from "../domain/budget.js";
import { PlanDocument } from "../domain/plan-schema.js";
import { budgetWorkbook } from "./budget-workbook.js";

const gjovik = PlanDocument.parse(
  JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
);

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const cellValue = (cell: ExcelJS.Cell): unknown =>
  typeof cell.value === "object" && cell.value !== null && "result" in cell.value ? cell.value.result : cell.value;

describe("the budget workbook", () => {
  it("holds Gjøvik's money per year by kind, with the totals as formulas", async () => {
    const workbook = await readBack(await budgetWorkbook(gjovik, planBudget(gjovik), "nb"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Per år",
      "Per område",
      "Per enhet",
      "Per kilde",
      "Uten sum",
    ]);
    const sheet = workbook.getWorksheet("Per år");
    if (sheet === undefined) throw new Error("no sheet");
    expect(sheet.getRow(3).values).toEqual([undefined, "Type", "2024", "2025", "2026", "Hele perioden"]);
    expect([4, 5, 6, 7].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      "Økt ramme",
      "Årlige bidrag",
      "Engangsbeløp",
      "Sum",
    ]);
    // The regional programme's increase counted once a year: 350 000, 850 000, 350 000.
    expect(["B", "C", "D", "E"].map((c) => cellValue(sheet.getCell(`${c}4`)))).toEqual([
      350_000, 850_000, 350_000, 1_550_000,
    ]);
    expect(sheet.getCell("E4").value).toMatchObject({ formula: "SUM(B4:D4)" });
    expect(sheet.getCell("B7").value).toMatchObject({ formula: "SUM(B4:B6)", result: 1_150_000 });
    expect(sheet.getCell("B4").numFmt).toBe('"kr" #,##0');
  });

  it("lists every line that needs money without a sum, in the plan's own words", async () => {
    const budget = planBudget(gjovik);
    const workbook = await readBack(await budgetWorkbook(gjovik, budget, "nb"));
    const sheet = workbook.getWorksheet("Uten sum");
    expect(sheet?.rowCount).toBe(budget.unstated.length + 1);
    expect(sheet?.getCell("A2").value).toBe(budget.unstated[0]?.title);
    expect(sheet?.getCell("C2").value).toBe(budget.unstated[0]?.text);
  });

  it("names the sheets and words in English when asked", async () => {
    const workbook = await readBack(await budgetWorkbook(gjovik, planBudget(gjovik), "en"));
    expect(workbook.worksheets[0]?.name).toBe("Per year");
    expect(workbook.worksheets[0]?.getCell("A4").value).toBe("Budget increase");
  });
});
