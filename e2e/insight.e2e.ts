/**
 * The dashboard and the money page on Gjøvik's plan, reached from the plan's menu as a person
 * would: the figures, the charts drawn as images beside their tables, a change of period, and the
 * budget downloaded as a spreadsheet.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { axeViolations, PLAN_KEY, sharedPage } from "./support/browser.js";

const { page } = sharedPage();

const menu = () => page().getByRole("navigation", { name: "Planmeny" });
const h1 = (name: string) => page().getByRole("heading", { level: 1, name, exact: true });
const cells = (table: string, row: string) =>
  page()
    .getByRole("table", { name: table, exact: true })
    .getByRole("row")
    .filter({ has: page().getByRole("rowheader", { name: row, exact: true }) })
    .getByRole("cell")
    .allTextContents();
const normalize = (texts: string[]) => texts.map((text) => text.replace(/\s/g, " "));

describe("the dashboard", () => {
  it("opens from the plan's menu with the key figures and each area's measures by status", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    await menu().getByRole("link", { name: "Dashbord" }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/dashboard`);
    await h1("Dashbord").waitFor();
    await page().getByRole("combobox", { name: "Rapporteringsperiode" }).selectOption("2025-T2");
    await page().waitForURL(`**/dashboard?period=2025-T2`);
    await page().getByRole("heading", { level: 2, name: "Nøkkeltall for 2. tertial 2025" }).waitFor();
    // Nothing is reported in Gjøvik's plan as it ships: every measure counts as not reported.
    const industri = await cells(
      "Antall tiltak etter siste rapporterte status, per område",
      "En kommune med nasjonalt ledende industri",
    );
    expect(industri.slice(0, 5)).toEqual(["0", "0", "0", "0", "0"]);
    expect(Number(industri[5])).toBeGreaterThan(0);
    // Observable Plot has drawn the chart: one SVG image named by its summary.
    const chart = page().getByRole("img", { name: /^Stolpediagram: Status per område\./ });
    await chart.waitFor();
    expect(await chart.evaluate((node) => node.tagName.toLowerCase())).toBe("svg");
    expect(await chart.locator("rect").count()).toBeGreaterThan(0);
  });

  it("lists the missing reports per unit, each linked to its to-do list", async () => {
    await page().goto(`/plans/${PLAN_KEY}/dashboard?period=2025-T2`);
    const missing = page().getByRole("table", { name: "Rapporter som mangler for 2. tertial 2025, per enhet" });
    await missing.getByRole("link", { name: "Næring", exact: true }).click();
    await page().waitForURL(`**/reporting/units/naering?period=2025-T2`);
    await h1("Huskeliste: Næring").waitFor();
  });

  it("has no accessibility violations with the charts drawn", async () => {
    await page().goto(`/plans/${PLAN_KEY}/dashboard?period=2025-T2`);
    await page()
      .getByRole("img", { name: /^Stolpediagram: Måleindikatorer\./ })
      .waitFor();
    expect(await axeViolations(page())).toEqual([]);
  });
});

describe("the money page", () => {
  it("shows the money per year by kind, counting the regional programme once", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    await menu().getByRole("link", { name: "Økonomi" }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/budget`);
    await h1("Økonomi").waitFor();
    const caption = "Hva planen ber om per år, etter type";
    expect(normalize(await cells(caption, "Økt ramme"))).toEqual([
      "kr 350 000",
      "kr 850 000",
      "kr 350 000",
      "kr 1 550 000",
    ]);
    expect(normalize(await cells(caption, "Sum"))).toEqual([
      "kr 1 150 000",
      "kr 1 650 000",
      "kr 1 150 000",
      "kr 3 950 000",
    ]);
    await page()
      .getByRole("img", { name: /^Stolpediagram over hva planen ber om per år\./ })
      .waitFor();
    await page().getByRole("heading", { level: 2, name: "14 linjer trenger penger uten oppgitt sum" }).waitFor();
    expect(await axeViolations(page())).toEqual([]);
  });

  it("downloads the budget as an Excel workbook", async () => {
    await page().goto(`/plans/${PLAN_KEY}/budget`);
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("link", { name: "Last ned som regneark (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${PLAN_KEY}-budsjett.xlsx`);
    const bytes = await readFile(await download.path());
    // An .xlsx file is a zip archive.
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
