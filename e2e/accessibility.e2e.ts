import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { axeViolations, fetchPlanDocument, launchBrowser, openPage, type TestBrowser } from "./support/browser.js";
import { allMeasurePages, allPages } from "./support/pages.js";

let chromium: TestBrowser;
let plan: PlanDocument;
let page: Page;

beforeAll(async () => {
  chromium = await launchBrowser();
  plan = await fetchPlanDocument();
  ({ page } = await openPage(chromium.browser));
});
afterAll(async () => {
  await chromium.close();
});

async function open(path: string) {
  await page.goto(path);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 10_000 });
}

/** Axe's violations on one page, or why the page could not be checked. */
async function check(label: string, path: string): Promise<string | null> {
  try {
    await open(path);
    const violations = await axeViolations(page);
    return violations.length > 0 ? `${label} (${path}):\n  ${violations.join("\n  ")}` : null;
  } catch (error) {
    return `${label} (${path}): could not be checked: ${(error as Error).message.split("\n")[0]}`;
  }
}

describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  it("finds no violations on any page", async () => {
    const failures: string[] = [];
    for (const { name, path } of [...allPages(plan), ...allMeasurePages(plan)]) {
      const failure = await check(name, path);
      if (failure) failures.push(failure);
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, 300_000);

  it("finds no violations in English and nynorsk either", async () => {
    const failures: string[] = [];
    for (const language of ["en", "nn"]) {
      await open(`/plans/${plan.actionPlan.key}`);
      await page.getByRole("combobox", { name: /Språk|Language/ }).selectOption(language);
      for (const { name, path } of allPages(plan)) {
        const failure = await check(`${language} ${name}`, path);
        if (failure) failures.push(failure);
      }
    }
    await page.getByRole("combobox", { name: /Språk|Language/ }).selectOption("nb");
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, 300_000);

  it("has one main landmark, a banner, a skip link, and headings that do not skip levels", async () => {
    for (const { path } of allPages(plan)) {
      await open(path);
      expect(await page.getByRole("main").count(), path).toBe(1);
      expect(await page.getByRole("banner").count(), path).toBe(1);
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")].map((h) =>
          Number(h.tagName.slice(1)),
        ),
      );
      expect(levels[0], path).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level - (levels[i - 1] ?? 1), `${path}: heading levels ${levels.join(",")}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it("reaches the main content with the skip link from the keyboard", async () => {
    await open(`/plans/${plan.actionPlan.key}`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe("Hopp til hovedinnhold");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
  });
});
