import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, PLAN_KEY, type TestBrowser } from "./support/browser.js";

let chromium: TestBrowser;
let page: Page;

beforeAll(async () => {
  chromium = await launchBrowser();
  ({ page } = await openPage(chromium.browser));
});
afterAll(async () => {
  await chromium.close();
});

const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);
const h2s = (p: Page) => p.getByRole("heading", { level: 2 }).allTextContents();

describe("the language switcher", () => {
  it("starts in bokmål", async () => {
    await page.goto(`/plans/${PLAN_KEY}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await lang(page)).toBe("nb");
    expect(await h2s(page)).toContain("Mål og tiltak");
  });

  it("switches to English: headings, menu and <html lang> change, the plan's words do not", async () => {
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Goals and measures" }).waitFor();
    expect(await lang(page)).toBe("en");
    expect(await page.getByRole("navigation", { name: "Plan menu" }).getByRole("link").allTextContents()).toEqual([
      "Overview",
      "Dashboard",
      "Measures",
      "Flagship projects",
      "Related plans",
      "Timeline",
      "Coverage",
      "Money",
      "Reporting",
      "Revisions",
      "Edit the plan",
    ]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await page.title()).toContain(title ?? "");
  });

  it("keeps the choice when the page is loaded again", async () => {
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Goals and measures" }).waitFor();
    expect(await lang(page)).toBe("en");
  });

  it("switches to nynorsk", async () => {
    await page.getByRole("combobox", { name: "Language" }).selectOption("nn");
    // Nynorsk's words load when first chosen: wait for them (the plan's own level words show in every language).
    const related = page.getByRole("navigation", { name: "Planmeny" }).getByRole("link", { name: "Andre planar" });
    await related.waitFor();
    await page.getByRole("heading", { level: 3, name: "Satsingsområde" }).waitFor();
    expect(await lang(page)).toBe("nn");
    await related.click();
    await page.getByRole("heading", { level: 1, name: "Andre planar og prosjekt" }).waitFor();
  });

  it("switches back to bokmål", async () => {
    await page.getByRole("combobox", { name: "Språk" }).selectOption("nb");
    await page.getByRole("heading", { level: 1, name: "Andre planer og prosjekter" }).waitFor();
    expect(await lang(page)).toBe("nb");
  });
});
