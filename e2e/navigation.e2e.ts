import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { fetchPlanDocument, launchBrowser, openPage, PLAN_KEY, type TestBrowser } from "./support/browser.js";

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

/** The page's main heading once it reads `name` (the previous page stays while the next one loads). */
const h1 = (p: Page, name: string) => p.getByRole("heading", { level: 1, name, exact: true });

describe("a person clicking through the plan", () => {
  it("goes from the list of plans to the plan's overview", async () => {
    await page.goto("/");
    await h1(page, "Planer").waitFor();
    await page.getByRole("link", { name: plan.actionPlan.title }).click();
    await page.waitForURL(`**/plans/${PLAN_KEY}`);
    await h1(page, plan.actionPlan.title).waitFor();
    expect(await page.title()).toContain(plan.actionPlan.title);
    expect(await page.getByRole("heading", { level: 3, name: "Satsingsområder" }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 3, name: "Strategiske grep" }).count()).toBe(1);
  });

  it("opens an area and sees its goals, strategies and the six-column measures table", async () => {
    const area = plan.focusAreas[0];
    if (area === undefined) throw new Error("The plan has no areas");
    await page.getByRole("link", { name: area.title, exact: true }).click();
    await page.waitForURL(`**/areas/${area.key}`);
    await h1(page, area.title).waitFor();
    expect(await page.getByText(area.mainGoal).count()).toBeGreaterThan(0);
    const table = page.getByRole("table", { name: `Tiltak i ${area.title}` });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Tiltak",
      "Strategi",
      "Måleindikator",
      "Finansiering",
      "Ansvar",
      "Oppstart",
    ]);
    const withActivities = area.measures.find((m) => m.activities.length > 0);
    if (withActivities) {
      const bullet = withActivities.activities[0]?.title ?? "";
      expect(await table.getByRole("listitem").filter({ hasText: bullet }).count()).toBe(1);
    }
  });

  it("opens a measure from the area's table", async () => {
    const measure = plan.focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("The first area has no measures");
    await page.getByRole("link", { name: measure.title, exact: true }).click();
    await page.waitForURL(`**/measures/${measure.key}`);
    await h1(page, measure.title).waitFor();
    expect(await page.getByRole("navigation", { name: "Du er her" }).count()).toBe(1);
  });

  it("opens the flagship projects from the plan menu", async () => {
    await page.getByRole("navigation", { name: "Planmeny" }).getByRole("link", { name: "Fyrtårnprosjekter" }).click();
    await page.waitForURL("**/flagships");
    await h1(page, "Fyrtårnprosjekter").waitFor();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual(plan.flagships.map((f) => f.title));
  });

  it("opens the related plans from the plan menu", async () => {
    await page.getByRole("navigation", { name: "Planmeny" }).getByRole("link", { name: "Andre planer" }).click();
    await page.waitForURL("**/related-plans");
    await h1(page, "Andre planer og prosjekter").waitFor();
    const rowHeaders = await page.getByRole("table").getByRole("rowheader").allTextContents();
    expect(rowHeaders).toEqual(plan.relatedPlans.map((r) => r.title));
  });

  it("shows a not-found page for an unknown address and an unknown plan", async () => {
    await page.goto("/finnes/ikke");
    await h1(page, "Fant ikke siden").waitFor();
    await page.goto("/plans/finnes-ikke");
    await h1(page, "Fant ikke siden").waitFor();
  });

  it("shows an alert, not a blank page, when the API fails", async () => {
    const { page: failing, context } = await openPage(chromium.browser);
    await context.route("**/api/plans/**", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "Databasen svarer ikke" } }),
      }),
    );
    await failing.goto(`/plans/${PLAN_KEY}`);
    await failing.getByRole("heading", { name: "Noe gikk galt" }).waitFor();
    expect(await failing.getByText("Feilmelding fra tjenesten: Databasen svarer ikke").count()).toBe(1);
    await context.unroute("**/api/plans/**");
    await failing.getByRole("button", { name: "Prøv igjen" }).click();
    await h1(failing, plan.actionPlan.title).waitFor();
    await context.close();
  });
});
