/**
 * Downloads as a person makes them: the plan as Word and PDF from its overview, one area as a
 * spreadsheet from its page, and the status report for a period from the reporting round. Each
 * file is checked to be what its name says (a zip for DOCX and XLSX, «%PDF» for PDF).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PLAN_KEY, sharedPage } from "./support/browser.js";

const { page } = sharedPage({ timeout: 15_000 });

/** Clicks a download button and returns the file's name and first bytes once the status says it is done. */
async function download(region: string, button: string): Promise<{ name: string; head: string }> {
  const section = page().getByRole("region", { name: region, exact: true });
  const [file] = await Promise.all([
    page().waitForEvent("download"),
    section.getByRole("button", { name: `${region}: ${button}`, exact: true }).click(),
  ]);
  await section.getByRole("status").filter({ hasText: "Lastet ned" }).waitFor();
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), head: bytes.subarray(0, 4).toString("latin1") };
}

describe("downloads", () => {
  it("gives the plan as Word and as PDF from its overview", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    expect(await download("Last ned planen", "Word (DOCX)")).toEqual({
      name: `${PLAN_KEY}.docx`,
      head: "PK\u0003\u0004",
    });
    expect(await download("Last ned planen", "PDF")).toEqual({ name: `${PLAN_KEY}.pdf`, head: "%PDF" });
  });

  it("gives one area's measures as a spreadsheet from the area's page", async () => {
    await page().goto(`/plans/${PLAN_KEY}/areas/naeringsarealer`);
    expect(await download("Last ned dette området", "Excel (XLSX)")).toEqual({
      name: `${PLAN_KEY}-naeringsarealer.xlsx`,
      head: "PK\u0003\u0004",
    });
  });

  it("gives the status report for the period from the reporting round", async () => {
    await page().goto(`/plans/${PLAN_KEY}/reporting?period=2025-T2`);
    expect(await download("Last ned statusrapporten", "PDF")).toEqual({
      name: `${PLAN_KEY}-statusrapport-2025-T2.pdf`,
      head: "%PDF",
    });
  });
});
