/**
 * Editing a plan in Excel and reading it back, as a person would: download the measures as XLSX,
 * change a measure's title (exceljs standing in for Excel), upload it on the import page, see the
 * preview call it «endret», confirm, and see the new title on the measure page(). On the made-up
 * test plan, so that Gjøvik's stays as the other tests expect.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { apiHeaders, baseUrl, sharedPage } from "./support/browser.js";

const PLAN = "testby-naering-2024-2026";
const MEASURE = "industri-areal";
const NEW_TITLE = "Areal for industri på Ålesund-tomta – «nå»";

const { page } = sharedPage({ timeout: 15_000 });

/** The plan's measures as XLSX from the API, with one measure's title changed. */
async function editedWorkbook(): Promise<Buffer> {
  const response = await fetch(`${baseUrl()}/api/plans/${PLAN}/export?format=xlsx`, { headers: apiHeaders() });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("Tiltak");
  if (sheet === undefined) throw new Error("No sheet «Tiltak»");
  const headers = ((sheet.getRow(1).values ?? []) as unknown[]).map((v) => String(v ?? ""));
  const keyColumn = headers.indexOf("Tiltaksnøkkel");
  const titleColumn = headers.indexOf("Tittel");
  let found = false;
  sheet.eachRow((row) => {
    if (row.getCell(keyColumn).value === MEASURE && row.getCell(headers.indexOf("Rad")).value === "tiltak") {
      row.getCell(titleColumn).value = NEW_TITLE;
      found = true;
    }
  });
  expect(found).toBe(true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("importing an edited spreadsheet", () => {
  it("previews the changed title, imports it and shows it on the measure page", async () => {
    const file = await editedWorkbook();
    await page().goto(`/plans/${PLAN}/edit`);
    await page()
      .getByRole("link", { name: /Importer fra fil/ })
      .click();
    await page().waitForURL(`**/plans/${PLAN}/edit/import`);
    await page().getByRole("heading", { level: 1, name: "Importer" }).waitFor();

    await page().getByLabel("Fil som skal importeres").setInputFiles({
      name: "tiltak.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    await page().getByRole("button", { name: "Forhåndsvis" }).click();
    const row = page().getByRole("row").filter({ hasText: NEW_TITLE });
    await row.getByText("endret", { exact: true }).waitFor();
    await row.getByText("tittel", { exact: true }).waitFor();

    await page().getByRole("button", { name: "Importer", exact: true }).click();
    await page().getByRole("status").filter({ hasText: "Importen er lagret." }).waitFor();
    await page().getByRole("link", { name: "Gå til planen" }).waitFor();

    await page().goto(`/plans/${PLAN}/measures/${MEASURE}`);
    await page().getByRole("heading", { level: 1, name: NEW_TITLE }).waitFor();
  });
});
