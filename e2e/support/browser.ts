/** Chromium for the browser tests, the app's address, and helpers that look at pages as a person would. */
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import type { PlanDocument } from "../../src/domain/plan-schema.js";
import { CHROMIUM_LAUNCH } from "./chromium.js";

export const PLAN_KEY = "gjovik-naering-2024-2026";
export const baseUrl = (): string => inject("baseUrl");

/** The session cookie's name (server/auth.ts). */
export const SESSION_COOKIE = "planspor_session";

/** Who the browser is: the installation admin (the default), the reporter of unit «naering», or nobody. */
export type As = "admin" | "reporter" | "anonymous";

function sessionOf(as: As) {
  if (as === "anonymous") return null;
  return inject(as === "admin" ? "adminSession" : "reporterSession");
}

/** Headers for a request to the API from the test itself, as `as` (with the CSRF token for writes). */
export function apiHeaders(as: As = "admin"): Record<string, string> {
  const session = sessionOf(as);
  return session === null ? {} : { cookie: `${SESSION_COOKIE}=${session.token}`, "x-csrf-token": session.csrfToken };
}

export type TestBrowser = { browser: Browser; close(): Promise<void> };

/**
 * Headless Chromium. `chromium.launch` gives every browser a fresh temporary profile folder
 * (user-data-dir) of its own and deletes it on close; pages come from `browser.newContext()`.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  return {
    browser,
    close: () => browser.close(),
  };
}

export type PageOptions = { width?: number; height?: number; locale?: string; as?: As };

/**
 * A page in a context of its own (AxeBuilder needs one), that fails on any request off this server,
 * signed in as the installation admin unless `options.as` says otherwise.
 */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? "nb-NO",
  });
  const session = sessionOf(options.as ?? "admin");
  if (session !== null) {
    await context.addCookies([
      { name: SESSION_COOKIE, value: session.token, url: baseUrl(), httpOnly: true, sameSite: "Lax" },
    ]);
  }
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  return { page, context };
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and returns the violations, readable in an assertion message. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replace(/\n/g, " ") ?? ""}`)
        .join("\n"),
  );
}

/** The page is wider than the window (horizontal scrolling of the whole page). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The plan as the API gives it, to derive what the pages should show. */
export async function fetchPlanDocument(): Promise<PlanDocument> {
  const response = await fetch(`${baseUrl()}/api/plans/${PLAN_KEY}`, { headers: apiHeaders() });
  if (!response.ok) throw new Error(`GET /api/plans/${PLAN_KEY} answered ${response.status}`);
  return (await response.json()) as PlanDocument;
}

/**
 * One browser and one page for a whole test file: launched before its tests, closed after them.
 * Returns getters, since the page exists only once `beforeAll` has run.
 */
export function sharedPage(options: PageOptions & { timeout?: number } = {}): {
  page: () => Page;
  browser: () => Browser;
} {
  let chromium: TestBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    chromium = await launchBrowser();
    ({ page } = await openPage(chromium.browser, options));
    page.setDefaultTimeout(options.timeout ?? 10_000);
  });
  afterAll(async () => {
    await chromium?.close();
  });
  const made = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error("sharedPage: the browser and page are made in beforeAll");
    return thing;
  };
  return { page: () => made(page), browser: () => made(chromium).browser };
}
