import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { axeViolations, fetchPlanDocument, launchBrowser, openPage, type TestBrowser } from "./support/browser.js";
import { allMeasurePages, allPages, pagesOfEachKind } from "./support/pages.js";

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

async function open(path: string, on: Page = page) {
  await on.goto(path);
  await on.getByRole("heading", { level: 1 }).waitFor({ timeout: 10_000 });
}

/** Axe's violations on one page, or why the page could not be checked. */
async function check(on: Page, label: string, path: string): Promise<string | null> {
  try {
    await open(path, on);
    const violations = await axeViolations(on);
    return violations.length > 0 ? `${label} (${path}):\n  ${violations.join("\n  ")}` : null;
  } catch (error) {
    return `${label} (${path}): could not be checked: ${(error as Error).message.split("\n")[0]}`;
  }
}

/**
 * Checks the pages two at a time, each tab in a context of its own with the UI language set,
 * since axe spends most of its time computing in the page and the machine has two cores.
 */
async function checkAll(pages: Array<{ name: string; path: string }>, language = "nb"): Promise<string[]> {
  const failures: string[] = [];
  const queue = [...pages];
  const worker = async () => {
    const { page: tab, context } = await openPage(chromium.browser);
    await context.addInitScript((lang) => localStorage.setItem("planspor.language", lang), language);
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const failure = await check(tab, language === "nb" ? next.name : `${language} ${next.name}`, next.path);
        if (failure) failures.push(failure);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all([worker(), worker()]);
  return failures.sort();
}

/**
 * The scans look at the rendered UI, which is the same whatever database serves it; they run
 * once, on the embedded database, and the PostgreSQL run (TEST_DATABASE_URL) keeps the time for
 * the browser tests whose outcome the database can change.
 */
const onPostgres = process.env.TEST_DATABASE_URL !== undefined;

describe.skipIf(onPostgres)("accessibility (axe, WCAG 2.1 A and AA)", () => {
  it("finds no violations on any page", async () => {
    const failures = await checkAll([...allPages(plan), ...allMeasurePages(plan)]);
    expect(failures, failures.join("\n\n")).toEqual([]);
  }, 300_000);

  it("finds no violations in English and nynorsk either, on one page of each kind", async () => {
    const failures = [
      ...(await checkAll(pagesOfEachKind(plan), "en")),
      ...(await checkAll(pagesOfEachKind(plan), "nn")),
    ];
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
