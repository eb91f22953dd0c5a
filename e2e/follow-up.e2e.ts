/**
 * Following up a plan as a person would: edit a measure, report its status with an indicator
 * value, see the value in the chart and table and the change in the history, and see the
 * reporting round change. On the made-up test plan, so that Gjøvik's stays as the other tests
 * expect; that plan names its levels in its own words («indikator», «aktivitet»).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, sharedPage } from "./support/browser.js";

const PLAN = "testby-naering-2024-2026";
const MEASURE = "industri-bedriftsbesok";
const NEW_TITLE = "Bedriftsbesøk hos industrien";

const { page, browser } = sharedPage();

const h1 = (name: string | RegExp) => page().getByRole("heading", { level: 1, name });

describe("following up a measure", () => {
  it("edits the measure's title in the editing form and sees it on the measure page", async () => {
    await page().goto(`/plans/${PLAN}/measures/${MEASURE}`);
    await h1("Bedriftsbesøk").waitFor();
    await page().getByRole("link", { name: "Rediger tiltak", exact: true }).click();
    await page().waitForURL(`**/edit/measures/${MEASURE}`);
    // The measure's own title comes first; its activities and indicators have titles of their own below.
    const title = page().getByRole("textbox", { name: "Tittel", exact: true }).first();
    await title.fill("");
    await page().getByRole("button", { name: "Lagre", exact: true }).click();
    // Nothing is sent while a field is wrong; the error stands by the field, in Norwegian.
    await page().getByText("Feltet må fylles ut.").first().waitFor();
    expect(await title.getAttribute("aria-invalid")).toBe("true");

    await title.fill(NEW_TITLE);
    await page().getByRole("button", { name: "Lagre", exact: true }).click();
    await page()
      .getByRole("status")
      .filter({ hasText: `«${NEW_TITLE}» er lagret` })
      .waitFor();
    await page().goto(`/plans/${PLAN}/measures/${MEASURE}`);
    await h1(NEW_TITLE).waitFor();
  });

  it("sees the measure missing from its unit's reporting round for 2025-T2", async () => {
    await page().goto(`/plans/${PLAN}/reporting?period=2025-T2`);
    await h1("Rapporteringsrunde").waitFor();
    const unit = page().getByRole("table", { name: "Status for Næring i 2. tertial 2025" });
    const row = unit.getByRole("row").filter({ hasText: NEW_TITLE });
    await row.getByText("Mangler").waitFor();
  });

  it("reports status, assessment, progress and an indicator value for the period", async () => {
    await page()
      .getByRole("table", { name: "Status for Næring i 2. tertial 2025" })
      .getByRole("link", { name: `Rapporter «${NEW_TITLE}»` })
      .click();
    await page().waitForURL(`**/measures/${MEASURE}/report?period=2025-T2`);
    await h1(NEW_TITLE).waitFor();
    const form = page().getByRole("form").first();
    await form.getByRole("radio", { name: "Pågår" }).check();
    await form.getByRole("radio", { name: "På sporet" }).check();
    await form.getByRole("textbox", { name: "Framdrift i prosent" }).fill("80");
    await form.getByRole("textbox", { name: "Kommentar" }).fill("Fire av fem besøk er gjort.");
    const visits = form.getByRole("textbox", { name: "5 bedriftsbesøk" });
    await visits.fill("tre");
    await form.getByRole("button", { name: "Lagre rapporten", exact: true }).click();
    await page().getByText("Skriv et tall, for eksempel 3,6.").first().waitFor();
    await visits.fill("4");
    await form.getByText("Måloppnåelse: 80 % av målet").waitFor();
    await form.getByRole("button", { name: "Lagre rapporten", exact: true }).click();
    await page().getByRole("status").filter({ hasText: "er lagret" }).first().waitFor();
  });

  it("sees the status, the value in the indicator's chart and table, and the report in the history", async () => {
    await page().goto(`/plans/${PLAN}/measures/${MEASURE}`);
    await h1(NEW_TITLE).waitFor();
    await page().getByRole("heading", { name: "Siste rapport: 2. tertial 2025" }).waitFor();
    await page().getByText("Fire av fem besøk er gjort.").first().waitFor();

    const values = page().getByRole("table", { name: "Rapporterte verdier for «5 bedriftsbesøk»" });
    const row = values.getByRole("row").filter({ hasText: "2. tertial 2025" });
    expect(await row.getByRole("cell").allTextContents()).toEqual(["2. tertial 2025", "4 besøk", "80 % av målet"]);
    await page()
      .getByRole("img", { name: /^Diagram for «5 bedriftsbesøk»/ })
      .waitFor();

    const history = page().getByRole("table", { name: /^Endringer i / });
    await history.getByRole("row").filter({ hasText: "Statusrapport" }).first().waitFor();
    await history.getByRole("row").filter({ hasText: "tittel" }).first().waitFor();
  });

  it("sees the reporting round change: the measure is reported", async () => {
    await page().goto(`/plans/${PLAN}/reporting?period=2025-T2`);
    const unit = page().getByRole("table", { name: "Status for Næring i 2. tertial 2025" });
    const row = unit.getByRole("row").filter({ hasText: NEW_TITLE });
    await row.getByText("Pågår").waitFor();
    expect(await row.getByText("Mangler").count()).toBe(0);
  });
});

describe("two people editing the same measure at once", () => {
  it("saves the first and shows the second a conflict, keeping what they typed", async () => {
    const path = `/plans/${PLAN}/edit/measures/industri-areal`;
    const { page: other, context } = await openPage(browser());
    try {
      other.setDefaultTimeout(10_000);
      await Promise.all([page().goto(path), other.goto(path)]);
      const titleOf = (p: Page) => p.getByRole("textbox", { name: "Tittel", exact: true }).first();
      await titleOf(page()).fill("Areal for industrien (Anne)");
      await titleOf(other).fill("Areal for industrien (Ola)");

      await page().getByRole("button", { name: "Lagre", exact: true }).click();
      await page().getByRole("status").filter({ hasText: "er lagret" }).waitFor();
      await other.getByRole("button", { name: "Lagre", exact: true }).click();
      await other.getByRole("heading", { name: "Noen andre har endret dette i mellomtiden" }).waitFor();
      expect(await titleOf(other).inputValue()).toBe("Areal for industrien (Ola)");

      await other.getByRole("button", { name: "Last inn på nytt" }).click();
      await other.waitForFunction(
        () =>
          (document.querySelector("#field-title") as HTMLInputElement | null)?.value === "Areal for industrien (Anne)",
      );
    } finally {
      await context.close();
    }
  });
});
