import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterMeasures, listMeasureViews, type MeasureView } from "../src/domain/measure-views.js";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { fetchPlanDocument, launchBrowser, openPage, PLAN_KEY, type TestBrowser } from "./support/browser.js";

let chromium: TestBrowser;
let plan: PlanDocument;
let measures: MeasureView[];
let page: Page;

beforeAll(async () => {
  chromium = await launchBrowser();
  plan = await fetchPlanDocument();
  measures = listMeasureViews(plan);
  ({ page } = await openPage(chromium.browser));
});
afterAll(async () => {
  await chromium.close();
});

/** Waits for the live count to say «n tiltak» (the URL changes a moment before the list does). */
const countIs = (p: Page, n: number) =>
  p
    .getByRole("status")
    .filter({ hasText: new RegExp(`^${n} tiltak`) })
    .waitFor();
const rowTitles = (p: Page) => p.getByRole("table").getByRole("rowheader").allTextContents();

describe("the measures list", () => {
  it("lists all the plan's measures", async () => {
    await page.goto(`/plans/${PLAN_KEY}`);
    await page.getByRole("link", { name: "Se alle tiltak og filtrer dem" }).click();
    await page.waitForURL("**/measures");
    await countIs(page, measures.length);
    expect(await rowTitles(page)).toEqual(measures.map((m) => m.title));
  });

  it("filters by area and by a search word, with the filters in the URL", async () => {
    const area = plan.focusAreas.find((a) => a.measures.length > 1) ?? plan.focusAreas[0];
    if (area === undefined) throw new Error("The plan has no areas");
    await page.getByRole("combobox", { name: "Område" }).selectOption(area.key);
    await page.waitForURL(`**/measures?area=${area.key}`);
    const inArea = filterMeasures(measures, { area: area.key });
    await page
      .getByRole("status")
      .filter({ hasText: `${inArea.length} tiltak` })
      .waitFor();
    expect(await rowTitles(page)).toEqual(inArea.map((m) => m.title));

    // A word from the area's first measure's title narrows the list further.
    const word = (inArea[0]?.title ?? "").split(/\s+/).find((w) => w.length > 6) ?? "";
    await page.getByRole("searchbox", { name: "Søk i tiltakene" }).fill(word);
    const expected = filterMeasures(measures, { area: area.key, q: word });
    await page.waitForURL((url) => url.searchParams.get("q") === word && url.searchParams.get("area") === area.key);
    await page
      .getByRole("status")
      .filter({ hasText: `${expected.length} tiltak` })
      .waitFor();
    expect(await rowTitles(page)).toEqual(expected.map((m) => m.title));
  });

  it("keeps the filters when the page is reloaded, and goes back with the back button", async () => {
    const before = await rowTitles(page);
    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await rowTitles(page)).toEqual(before);
    await page.goBack(); // before the search word
    await page.waitForURL((url) => !url.searchParams.has("q") && url.searchParams.has("area"));
    await page.goBack(); // before the area
    await page.waitForURL((url) => url.search === "");
    await page
      .getByRole("status")
      .filter({ hasText: `${measures.length} tiltak` })
      .waitFor();
  });

  it("clears the filters", async () => {
    await page.goto(`/plans/${PLAN_KEY}/measures?flagship=${plan.flagships[0]?.key ?? ""}`);
    await page.getByRole("button", { name: "Nullstill filtrene" }).click();
    await page.waitForURL((url) => url.search === "");
    await countIs(page, measures.length);
  });
});
