/**
 * The coverage page on Gjøvik's plan, reached as a person would, from the plan's menu. Every area
 * is covered within the period but not every strategy; Næringsarealer only from 2025; the regional
 * team waits on a condition; one related plan cites «Strategi ?».
 */
import { describe, expect, it } from "vitest";
import { axeViolations, PLAN_KEY, sharedPage } from "./support/browser.js";

const { page } = sharedPage();

const h1 = (name: string) => page().getByRole("heading", { level: 1, name, exact: true });
const matrix = () => page().getByRole("region", { name: "År for år", exact: true });
const gaps = () => page().getByRole("region", { name: "Hull i dekningen", exact: true });

describe("the coverage page", () => {
  it("opens from the plan's menu and gives the verdict first", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    await page().getByRole("navigation", { name: "Planmeny" }).getByRole("link", { name: "Dekning" }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/coverage`);
    await h1("Dekning").waitFor();
    const verdict = page().getByRole("heading", {
      level: 2,
      name: "Alle satsingsområder og strategiske grep er dekket i planperioden, men ikke alle strategier",
    });
    await verdict.waitFor();
    // The verdict is the first thing after the page's heading.
    const headings = await page().locator("main h1, main h2").allTextContents();
    expect(headings[1]).toBe(await verdict.textContent());
    await page().getByText("5 av 5 satsingsområder og 4 av 4 strategiske grep er dekket i minst ett år.").waitFor();
    await page().getByText("31 av 37 strategier er dekket i minst ett år.").waitFor();
  });

  it("shows Næringsarealer uncovered in 2024 and covered in 2025 and 2026", async () => {
    const table = matrix().getByRole("table", { name: "Strategier i «Næringsarealer», år for år" });
    const areaRow = table.getByRole("row", { name: /^Strategisk grep 2 samlet/ });
    const cells = areaRow.getByRole("cell");
    expect(await cells.count()).toBe(3);
    expect((await cells.nth(0).textContent())?.startsWith("Ikke dekket")).toBe(true);
    expect((await cells.nth(1).textContent())?.startsWith("Dekket")).toBe(true);
    // What covers 2025 is folded behind its count; opening it shows the measure, linked.
    await cells.nth(1).locator("summary").click();
    await cells.nth(1).getByRole("link", { name: "Utarbeide reguleringsplan for Bjugstadmarka" }).waitFor();
  });

  it("lists the related plan's «Strategi ?» as unknown under its area", async () => {
    const area = matrix().getByRole("region", { name: "Satsingsområde 5: En synlig og attraktiv kommune" });
    await area.getByRole("heading", { level: 4, name: "Ukjente henvisninger" }).waitFor();
    const item = area.getByRole("listitem").filter({ hasText: "viser til «Strategi ?»: ukjent" });
    await item.getByRole("link", { name: "Stedsutvikling Biri, Snertingdal og Hunndalen" }).waitFor();
  });

  it("lists the measure waiting on a condition as counted in no year", async () => {
    const unscheduled = page().getByRole("region", { name: "Tiltak uten år" });
    await unscheduled.getByText("De regnes ikke med i noe år", { exact: false }).waitFor();
    await unscheduled
      .getByRole("link", { name: "Etablere et regionalt team for å få flere industrietableringer" })
      .waitFor();
  });

  it("has no axe violations and headings in order", async () => {
    const violations = await axeViolations(page());
    expect(violations, violations.join("\n")).toEqual([]);
    const levels = await page().evaluate(() =>
      [...document.querySelectorAll("main h1, main h2, main h3, main h4")].map((h) => Number(h.tagName.slice(1))),
    );
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it("leads from a gap to its area's page", async () => {
    const area = gaps().getByRole("region", { name: "Strategisk grep 2: Næringsarealer" });
    await area.getByText("Strategisk grep 2 samlet, ikke dekket i 2024").waitFor();
    await area.getByRole("link", { name: "Strategisk grep 2: Næringsarealer" }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/areas/naeringsarealer`);
    await h1("Næringsarealer").waitFor();
  });
});
