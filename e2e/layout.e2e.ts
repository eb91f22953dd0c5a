import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../src/domain/plan-schema.js";
import { fetchPlanDocument, horizontalOverflow, launchBrowser, openPage, type TestBrowser } from "./support/browser.js";
import { allPages } from "./support/pages.js";

let chromium: TestBrowser;
let plan: PlanDocument;
let phone: Page;
let desktop: Page;

beforeAll(async () => {
  chromium = await launchBrowser();
  plan = await fetchPlanDocument();
  ({ page: phone } = await openPage(chromium.browser, { width: 375, height: 812 }));
  ({ page: desktop } = await openPage(chromium.browser));
});
afterAll(async () => {
  await chromium.close();
});

/**
 * The layout is the rendered UI's, the same whatever database serves it: the page-by-page sweep
 * runs on the embedded database, as the accessibility scans do, and the PostgreSQL run keeps its
 * time for the tests whose outcome the database can change.
 */
const onPostgres = process.env.TEST_DATABASE_URL !== undefined;

describe("on a phone (375 px)", () => {
  it.skipIf(onPostgres)("no page scrolls sideways; wide tables scroll inside their own focusable region", async () => {
    const overflowing: string[] = [];
    for (const { name, path } of allPages(plan)) {
      try {
        await phone.goto(path);
        await phone.getByRole("heading", { level: 1 }).waitFor({ timeout: 10_000 });
        const overflow = await horizontalOverflow(phone);
        if (overflow > 0) overflowing.push(`${name} (${path}): ${overflow}px too wide`);
      } catch (error) {
        overflowing.push(`${name} (${path}): could not be checked: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(overflowing, overflowing.join("\n")).toEqual([]);
  });

  it("lets the keyboard reach and scroll the area table's region", async () => {
    const area = plan.focusAreas[0];
    if (area === undefined) throw new Error("The plan has no areas");
    await phone.goto(`/plans/${plan.actionPlan.key}/areas/${area.key}`);
    const region = phone.getByRole("region", { name: `Tiltak i ${area.title}` });
    await region.focus();
    const scroll = await region.evaluate((el) => ({ width: el.scrollWidth, visible: el.clientWidth }));
    expect(scroll.width).toBeGreaterThan(scroll.visible);
    await phone.keyboard.press("ArrowRight");
    await phone.keyboard.press("ArrowRight");
    // Chromium scrolls smoothly: wait for the region to have moved.
    await region.evaluate(
      (el) =>
        new Promise<void>((resolve, reject) => {
          const started = Date.now();
          const check = () =>
            el.scrollLeft > 0
              ? resolve()
              : Date.now() - started > 5000
                ? reject(new Error("did not scroll"))
                : setTimeout(check, 50);
          check();
        }),
    );
  });
});

describe("printed", () => {
  it("hides the menus, switcher and filters, and does not clip tables", async () => {
    const area = plan.focusAreas[0];
    if (area === undefined) throw new Error("The plan has no areas");
    await desktop.emulateMedia({ media: "print" });
    await desktop.goto(`/plans/${plan.actionPlan.key}/areas/${area.key}`);
    await desktop.getByRole("heading", { level: 1 }).waitFor();
    expect(await desktop.getByRole("navigation", { name: "Planmeny" }).isVisible()).toBe(false);
    expect(await desktop.getByRole("combobox", { name: "Språk" }).isVisible()).toBe(false);
    const clipped = await desktop.evaluate(
      () => [...document.querySelectorAll(".table-scroll")].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
    );
    expect(clipped).toBe(0);
    await desktop.goto(`/plans/${plan.actionPlan.key}/measures`);
    await desktop.getByRole("heading", { level: 1 }).waitFor();
    expect(await desktop.getByRole("combobox", { name: "Område" }).isVisible()).toBe(false);
    await desktop.emulateMedia({ media: "screen" });
  });
});
