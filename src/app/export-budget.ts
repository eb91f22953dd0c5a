import { planBudget } from "../domain/budget.js";
import type { Locale } from "../domain/format.js";
import type { AppContext } from "./context.js";
import type { ExportedFile } from "./export-plan.js";
import { getPlan } from "./get-plan.js";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the plan asks of the budget as an Excel workbook, named after the plan. */
export async function exportBudget(ctx: AppContext, planKey: string, locale: Locale): Promise<ExportedFile> {
  const plan = await getPlan(ctx, planKey);
  // exceljs loads at the first workbook, not at every start.
  const { budgetWorkbook } = await import("../documents/budget-workbook.js");
  const bytes = await budgetWorkbook(plan, planBudget(plan), locale);
  return { bytes, contentType: XLSX_CONTENT_TYPE, fileName: `${plan.actionPlan.key}-budsjett.xlsx` };
}
