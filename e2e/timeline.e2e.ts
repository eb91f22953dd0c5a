/**
 * The timeline as a person uses it, on Gjøvik's plan: open it from the plan's menu, see the areas,
 * narrow it to a unit and a flagship with the selects (kept in the address), see the plan's own
 * start texts and the measure started by a condition listed apart; and read it on a phone.
 */
import { describe, expect, it } from "vitest";
import { axeViolations, horizontalOverflow, openPage, PLAN_KEY, sharedPage } from "./support/browser.js";

const { page, browser } = sharedPage();

const count = () => page().getByRole("status").filter({ hasText: "Viser" });
const countText = async () => (await count().textContent()) ?? "";

describe("the timeline", () => {
  it("opens from the plan's menu, grouped by area", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    await page().getByRole("link", { name: "Tidslinje", exact: true }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/timeline`);
    await page().getByRole("heading", { level: 1, name: "Tidslinje" }).waitFor();
    await page()
      .getByRole("heading", { level: 2, name: "Satsingsområde 1: En kommune med nasjonalt ledende industri" })
      .waitFor();
    await page().getByRole("heading", { level: 2, name: "Strategisk grep 1: En næringsvennlig kommune" }).waitFor();
    expect(await page().getByRole("table").count()).toBe(9);
    expect(await axeViolations(page())).toEqual([]);
  });

  it("shows the plan's own starts, and the measure started by a condition apart", async () => {
    const synlig = page().getByRole("table", { name: "Tidslinje for En synlig og attraktiv kommune" });
    const row = synlig.getByRole("row").filter({ hasText: "Første halvår 2025" }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain("31.12.2026");
    const industri = page().getByRole("table", { name: "Tidslinje for En kommune med nasjonalt ledende industri" });
    await industri.getByRole("columnheader", { name: "Ikke plassert i tid" }).waitFor();
    await industri.getByText("Starter ikke på en fast dato: Må avklares med Gjøvikregionen Utvikling").waitFor();
  });

  it("filters by a unit with the select, in the address and the count", async () => {
    const before = await countText();
    await page().getByRole("combobox", { name: "Ansvarlig enhet" }).selectOption({ label: "Næring" });
    await page().waitForURL(/\?unit=naering$/);
    await expect.poll(countText).not.toBe(before);
    expect(await countText()).toMatch(/^Viser \d+ av \d+ tiltak og deltiltak\./);
    await page().getByRole("heading", { level: 2, name: "Strategisk grep 2: Næringsarealer" }).waitFor();
    await page().getByText("Ingen tiltak her passer filtrene.").first().waitFor();
  });

  it("filters by a flagship as well", async () => {
    const before = await countText();
    await page().getByRole("combobox", { name: "Fyrtårnprosjekt" }).selectOption({ label: "Gjøvik Cyber City" });
    await page().waitForURL(/\?unit=naering&flagship=gjovik-cyber-city$/);
    await expect.poll(countText).not.toBe(before);
    expect(await countText()).toMatch(/^Viser 4 av \d+ tiltak og deltiltak\./);
    const digital = page().getByRole("table", { name: "Tidslinje for En kommune med digital høyteknologi" });
    expect(await digital.getByRole("row").count()).toBe(5);
  });

  it("has no axe violations, filtered", async () => {
    expect(await axeViolations(page())).toEqual([]);
  });

  it("fits a phone: the tables scroll inside their own regions", async () => {
    const phone = await openPage(browser(), { width: 360, height: 740 });
    await phone.page.goto(`/plans/${PLAN_KEY}/timeline`);
    await phone.page.getByRole("heading", { level: 1, name: "Tidslinje" }).waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await phone.context.close();
  });
});
