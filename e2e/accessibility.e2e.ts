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

/**
 * What is wrong with a page's structure: not exactly one main landmark and one banner, or
 * headings that do not start at h1 or skip a level on the way down.
 */
async function structureProblems(on: Page): Promise<string[]> {
  const problems: string[] = [];
  const mains = await on.getByRole("main").count();
  const banners = await on.getByRole("banner").count();
  if (mains !== 1) problems.push(`${mains} main landmarks`);
  if (banners !== 1) problems.push(`${banners} banners`);
  const levels = await on.evaluate(() =>
    [...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")].map((h) =>
      Number(h.tagName.slice(1)),
    ),
  );
  const skips = levels.some((level, i) => i > 0 && level - (levels[i - 1] ?? 1) > 1);
  if (levels[0] !== 1 || skips) problems.push(`heading levels ${levels.join(",")}`);
  return problems;
}

/** Axe's violations and structure problems on one page, or why the page could not be checked. */
async function check(on: Page, label: string, path: string): Promise<string | null> {
  try {
    await open(path, on);
    const problems = [...(await axeViolations(on)), ...(await structureProblems(on))];
    return problems.length > 0 ? `${label} (${path}):\n  ${problems.join("\n  ")}` : null;
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
  // Each page is visited once: axe, then one main landmark, a banner, and headings that do not skip levels.
  it("finds no violations on any page, each with one main, a banner and headings in order", async () => {
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

  it("reaches the main content with the skip link from the keyboard", async () => {
    await open(`/plans/${plan.actionPlan.key}`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe("Hopp til hovedinnhold");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
  });
});
