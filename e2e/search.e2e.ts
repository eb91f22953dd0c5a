/**
 * Searching as a person would: words in the header's box, Enter, the ranked hits with the found
 * words marked, and on to the measure. Read-only, on Gjøvik's plan and the made-up test plan.
 */
import { describe, expect, it } from "vitest";
import { PLAN_KEY, sharedPage } from "./support/browser.js";

const MEASURE = "industri-bedriftsbesok";
const MEASURE_TITLE = "Gjennomføre bedriftsbesøk for å identifisere utviklingsprosjekter";

const { page } = sharedPage();

const h1 = (name: string | RegExp) => page().getByRole("heading", { level: 1, name });
const results = () => page().getByRole("list", { name: "Treff på «bedrifter»" });

describe("search", () => {
  it("finds «bedrift…» for «bedrifter» typed in the header box of a plan's page, ranked and marked", async () => {
    await page().goto(`/plans/${PLAN_KEY}`);
    await h1(/Handlingsplan/).waitFor();
    const box = page().getByRole("searchbox", { name: "Søk i denne planen" });
    await box.fill("bedrifter");
    await box.press("Enter");
    await page().waitForURL(`**/search?q=bedrifter&plan=${PLAN_KEY}`);
    await h1("Søk").waitFor();
    const status = page().getByRole("status").filter({ hasText: "treff på «bedrifter»" });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^\d+ treff på «bedrifter»/);

    const hits = results().getByRole("listitem");
    expect(await hits.count()).toBeGreaterThan(3);
    // Every hit marks a word of the query's stem, as a whole or as the start of a compound.
    const marks = await results().locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^bedrift/);
    expect(await page().getByRole("searchbox", { name: "Søkeord" }).inputValue()).toBe("bedrifter");
  });

  it("follows a hit to its measure page", async () => {
    await results().getByRole("link", { name: MEASURE_TITLE }).click();
    await page().waitForURL(`**/plans/${PLAN_KEY}/measures/${MEASURE}`);
    await h1(MEASURE_TITLE).waitFor();
  });

  it("widens the search to every plan, naming each hit's plan", async () => {
    await page().goto(`/search?q=bedrifter&plan=${PLAN_KEY}`);
    await page().getByRole("link", { name: "Søk i alle planer" }).click();
    await page().waitForURL("**/search?q=bedrifter");
    // Gjøvik's plan and the made-up test plan both have hits; each hit names its plan.
    for (const plan of [
      "Handlingsplan for strategisk næringsplan – 2024 til 2026",
      "Handlingsplan for strategisk næringsplan 2024 til 2026",
    ]) {
      await results().getByText(`I ${plan}`, { exact: true }).first().waitFor();
    }
  });

  it("searches by keyboard alone, from the header box on the home page", async () => {
    await page().goto("/");
    const box = page().getByRole("searchbox", { name: "Søk i alle planer" });
    await box.focus();
    await page().keyboard.type("GJØVIK");
    await page().keyboard.press("Tab");
    await page().keyboard.press("Enter");
    await page().waitForURL("**/search?q=GJ%C3%98VIK");
    await page().getByRole("status").filter({ hasText: "treff på «GJØVIK»" }).waitFor();
    expect(await page().getByRole("list", { name: "Treff på «GJØVIK»" }).locator("mark").count()).toBeGreaterThan(0);
  });
});
