/**
 * People and access as they meet them (docs/ACCESS.md): logging in through the form (with the
 * one-time password changed first) and out; a reporter of unit «naering» offered reporting only on
 * that unit's measures and refused by the API on another's; and a published plan's public page,
 * read without logging in and without the comments marked internal. Each new page is scanned with axe.
 */
import { describe, expect, inject, it } from "vitest";
import { apiHeaders, axeViolations, baseUrl, openPage, sharedPage } from "./support/browser.js";

const PLAN = "testby-naering-2024-2026";
const ORG = "testby-kommune";
const GJOVIK = "gjovik-naering-2024-2026";
/** A plan of the test organization that is never published (global-setup.ts: the one the roll test uses). */
const UNPUBLISHED = "rulleby-naering-2024-2026";
const INTERNAL = "Intern merknad som ikke skal ut";
const PUBLIC_COMMENT = "Forumet har møttes to ganger.";

const { page, browser } = sharedPage({ as: "anonymous", timeout: 15_000 });
const h1 = (name: string | RegExp) => page().getByRole("heading", { level: 1, name });

/** A first report for a period, through the API as `as`. */
function putReport(as: "admin" | "reporter", measureKey: string, period: string, comment: string, internal: boolean) {
  return fetch(`${baseUrl()}/api/plans/${PLAN}/measures/${measureKey}/reports/${period}`, {
    method: "PUT",
    headers: { ...apiHeaders(as), "content-type": "application/json" },
    body: JSON.stringify({
      version: null,
      data: {
        status: "ongoing",
        assessment: "on_track",
        progressPercent: 40,
        comment,
        commentInternal: internal,
        indicatorValues: [],
        reportedBy: null,
      },
    }),
  });
}

describe("logging in and out", () => {
  it("logs in with the one-time password, changes it first, and logs out", async () => {
    const user = inject("loginUser");
    await page().goto("/login");
    await h1("Logg inn").waitFor();
    expect(await axeViolations(page())).toEqual([]);

    // A wrong password: the same words whether the e-mail or the password was wrong.
    await page().getByLabel("E-post").fill(user.email);
    await page().getByLabel("Passord").fill("ikke passordet");
    await page().getByRole("button", { name: "Logg inn" }).click();
    await page().getByRole("alert").filter({ hasText: "E-post eller passord er feil." }).waitFor();

    await page().getByLabel("Passord").fill(user.password);
    await page().getByRole("button", { name: "Logg inn" }).click();
    // The one-time password must be changed before anything else.
    await page().waitForURL("**/account?returnTo=*");
    await h1("Min konto").waitFor();
    await page().getByText("Du logget inn med et engangspassord").waitFor();
    expect(await axeViolations(page())).toEqual([]);
    await page().getByLabel("Nåværende passord").fill(user.password);
    await page().getByLabel("Nytt passord").fill("et nytt og langt passord");
    await page().getByLabel("Gjenta det nye passordet").fill("et nytt og langt passord");
    await page().getByRole("button", { name: "Bytt passord" }).click();
    await page().getByText("Passordet er byttet.").waitFor();

    const account = page().getByRole("navigation", { name: "Konto" });
    await account.getByText("Innlogget som Nils Ny").waitFor();
    // A reader sees the plan, but is not offered editing.
    await page().goto(`/plans/${PLAN}`);
    await h1(/Handlingsplan/).waitFor();
    expect(await page().getByRole("link", { name: "Rediger planen" }).count()).toBe(0);

    await account.getByRole("button", { name: "Logg ut" }).click();
    await page().waitForURL("**/login");
    await page().getByText("Du er logget ut.").waitFor();
    expect(await account.getByText(/Innlogget som/).count()).toBe(0);
    const session = await (await page().request.get("/api/session")).json();
    expect(session.user).toBeNull();
  });

  it("asks anyone not signed in to log in to see an unpublished plan", async () => {
    const answer = await fetch(`${baseUrl()}/api/plans/${UNPUBLISHED}`);
    expect(answer.status).toBe(401);
    await page().goto(`/plans/${UNPUBLISHED}/measures`);
    await h1("Logg inn for å se planen").waitFor();
    const link = page().getByRole("main").getByRole("link", { name: "Logg inn" });
    expect(await link.getAttribute("href")).toBe(
      `/login?returnTo=${encodeURIComponent(`/plans/${UNPUBLISHED}/measures`)}`,
    );
    expect(await axeViolations(page())).toEqual([]);
  });
});

describe("a reporter of one unit", () => {
  it("is offered reporting only on the unit's measures, and refused by the API on another's", async () => {
    const { page: reporter, context } = await openPage(browser(), { as: "reporter" });
    try {
      await reporter.goto(`/plans/${PLAN}/reporting?period=2025-T1`);
      await reporter.getByRole("heading", { level: 1 }).waitFor();
      const links = await reporter.getByRole("link", { name: /^Rapporter «/ }).allTextContents();
      expect(links).toContain("Rapporter «Næringsforum»");
      expect(links).not.toContain("Rapporter «Gårdsbesøk hos landbruksindustrien»");
      // The other units' to-do lists are still there to read.
      await reporter
        .getByRole("table", { name: /Landbruk/ })
        .first()
        .waitFor();
      expect(
        await reporter
          .getByRole("navigation", { name: "Planmeny" })
          .getByRole("link", { name: "Rediger planen" })
          .count(),
      ).toBe(0);

      await reporter.goto(`/plans/${PLAN}/measures/industri-gardsbesok`);
      await reporter.getByRole("heading", { level: 1, name: "Gårdsbesøk hos landbruksindustrien" }).waitFor();
      expect(await reporter.getByRole("link", { name: "Rapporter status" }).count()).toBe(0);
      await reporter.goto(`/plans/${PLAN}/measures/samarbeid-forum`);
      await reporter.getByRole("heading", { level: 1, name: "Næringsforum" }).waitFor();
      await reporter.getByRole("link", { name: "Rapporter status" }).waitFor();
      expect(await axeViolations(reporter)).toEqual([]);
    } finally {
      await context.close();
    }
    const refused = await putReport("reporter", "industri-gardsbesok", "2025-T3", "Ikke min", false);
    expect(refused.status).toBe(403);
    const allowed = await putReport("reporter", "samarbeid-forum", "2025-T3", PUBLIC_COMMENT, false);
    expect(allowed.status).toBe(200);
  });
});

describe("the public page of a published plan", () => {
  it("shows the plan to anyone without logging in, without the internal comments", async () => {
    const internal = await putReport("admin", "samarbeid-avtale", "2025-T3", INTERNAL, true);
    expect(internal.status).toBe(200);
    const notYet = await fetch(`${baseUrl()}/api/public/${ORG}/${PLAN}`);
    expect(notYet.status).toBe(404);
    const published = await fetch(`${baseUrl()}/api/plans/${PLAN}/publication`, {
      method: "PUT",
      headers: { ...apiHeaders("admin"), "content-type": "application/json" },
      body: JSON.stringify({ published: true }),
    });
    expect(published.status).toBe(200);

    await page().goto(`/p/${ORG}/${PLAN}`);
    await h1(/Handlingsplan/).waitFor();
    await page().getByRole("heading", { name: "Næringsforum" }).waitFor();
    await page().getByText(PUBLIC_COMMENT).waitFor();
    expect(await page().getByText(INTERNAL).count()).toBe(0);
    expect(await page().content()).not.toContain(INTERNAL);
    expect(await page().getByRole("search").count()).toBe(0);
    expect(
      await page()
        .getByRole("link", { name: /Rediger|Rapporter/ })
        .count(),
    ).toBe(0);
    expect(await axeViolations(page())).toEqual([]);

    // Members read the internal comment on the plan's own pages.
    const { page: admin, context } = await openPage(browser());
    try {
      await admin.goto(`/plans/${PLAN}/measures/samarbeid-avtale`);
      await admin.getByText(INTERNAL).first().waitFor();
    } finally {
      await context.close();
    }
  });
});

describe("the charts under the Content-Security-Policy", () => {
  it("draws Plot's charts without inline <style> elements, styled by our CSS", async () => {
    const { page: admin, context } = await openPage(browser());
    const refused: string[] = [];
    admin.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    try {
      await admin.goto(`/plans/${GJOVIK}/budget`);
      await admin.locator(".plot-chart svg").first().waitFor();
      expect(await admin.locator(".plot-chart style").count()).toBe(0);
      const svg = admin.locator(".plot-chart svg.plot-chart-svg").first();
      expect(await svg.evaluate((node) => getComputedStyle(node).display)).toBe("block");
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
