/**
 * The yearly round as the plan's owner goes through it: adopt revision 2 (the made-up plan's current one), evaluate 2024 (one
 * measure to complete, one to change, one to continue), roll into revision 3, change the one,
 * add a new measure, adopt revision 3, and see the comparison — each page scanned with axe. On a
 * copy of the made-up plan (`ROLLED_PLAN_KEY`), so the other tests' plans stay editable.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROLLED_PLAN_KEY as PLAN } from "./global-setup.js";
import { axeViolations, sharedPage } from "./support/browser.js";

const { page } = sharedPage({ timeout: 15_000 });

const CLOSED = "Areal for industri";
const CHANGED = "Næringsforum";
const CHANGED_TO = "Næringsforum for hele regionen";
const CARRIED = "Bedriftsbesøk";
const ADDED = "Møteplass for gründere";

/** Evaluates one measure on the evaluation page and waits for «Lagret». */
async function evaluate(title: string, judgement: string, recommendation: string) {
  const item: Locator = page().getByRole("group", { name: title, exact: true });
  await item.getByRole("radio", { name: judgement }).check();
  await item.getByRole("radio", { name: recommendation }).check();
  await item.getByRole("textbox", { name: "Vurdering" }).fill(`${title}: vurdert i e2e.`);
  await page()
    .getByRole("button", { name: `Lagre vurderingen av «${title}»` })
    .click();
  await page().locator("form", { has: item }).getByText("Lagret", { exact: true }).waitFor();
}

async function expectNoAxeViolations() {
  expect(await axeViolations(page())).toEqual([]);
}

describe("the yearly evaluation and roll", () => {
  it("adopts revision 2 with the council's decision", async () => {
    await page().goto(`/plans/${PLAN}`);
    await page().getByRole("link", { name: "Revisjoner og endringer" }).click();
    await page().waitForURL(`**/plans/${PLAN}/revisions`);
    await page().getByRole("heading", { level: 1, name: "Revisjoner" }).waitFor();
    await expectNoAxeViolations();
    await page().getByLabel("Dato for kommunestyrets vedtak").fill("2024-06-20");
    await page().getByLabel("Saksnummer (valgfritt)").fill("PS 54/24");
    await page().getByRole("button", { name: "Vedta revisjon 2" }).click();
    await page().getByText("Revisjon 2 er vedtatt. Den er nå skrivebeskyttet.").waitFor();
    await page().getByText("Revisjon 2, vedtatt 20.06.2024, sak PS 54/24").first().waitFor();
  });

  it("evaluates 2024: one measure to complete, one to change, one to continue", async () => {
    await page().getByRole("link", { name: "Evaluer året" }).click();
    await page().waitForURL(`**/plans/${PLAN}/revisions/evaluate**`);
    await page().getByLabel("År som evalueres").selectOption("2024");
    await page().waitForURL(`**/revisions/evaluate?year=2024`);
    await page().getByRole("heading", { level: 1, name: "Årlig evaluering" }).waitFor();
    await evaluate(CLOSED, "God måloppnåelse", "Fullført");
    await evaluate(CHANGED, "Delvis måloppnåelse", "Endres");
    await evaluate(CARRIED, "God måloppnåelse", "Videreføres");
    await page()
      .getByText(/3 av 5 tiltak vurdert for 2024/)
      .waitFor();
    await expectNoAxeViolations();
  });

  it("rolls 2024 into revision 3: the completed measure closes, the changed one opens for editing", async () => {
    await page().getByRole("link", { name: "Rull planen til neste revisjon" }).click();
    // The year evaluated comes along.
    await page().waitForURL(`**/plans/${PLAN}/revisions/roll?year=2024`);
    expect(await page().getByLabel("År som evalueres").inputValue()).toBe("2024");
    await page().getByText(`${CLOSED} – Fullført`).waitFor();
    const toEdit = page().getByRole("heading", { name: "Åpnes for endring" }).locator("xpath=following-sibling::*[1]");
    expect(await toEdit.textContent()).toContain(CHANGED);
    await expectNoAxeViolations();
    await page().getByRole("button", { name: "Rull til revisjon 3" }).click();
    await page().getByRole("heading", { name: "Planen er rullet til revisjon 3" }).waitFor();
    await expectNoAxeViolations();
  });

  it("changes the measure marked for change and adds a new one", async () => {
    await page()
      .getByRole("link", { name: `Rediger «${CHANGED}»` })
      .click();
    await page().waitForURL(`**/edit/measures/samarbeid-forum`);
    await page().getByRole("textbox", { name: "Tittel", exact: true }).first().fill(CHANGED_TO);
    await page().getByRole("button", { name: "Lagre", exact: true }).click();
    await page().getByText(CHANGED_TO).first().waitFor();

    await page()
      .getByRole("navigation", { name: "Planmeny" })
      .getByRole("link", { name: "Rediger planen", exact: true })
      .click();
    await page().getByRole("link", { name: "Legg til tiltak i Samarbeid" }).click();
    await page().waitForURL(`**/plans/${PLAN}/edit/areas/samarbeid/measures/new`);
    await page().getByRole("textbox", { name: "Tittel", exact: true }).first().fill(ADDED);
    await page().getByRole("button", { name: "Lagre", exact: true }).click();
    await page().getByText(ADDED).first().waitFor();

    // The draft cannot be rolled again before it is adopted.
    await page().goto(`/plans/${PLAN}/revisions/roll`);
    await page().getByText("Planen kan ikke rulles før revisjon 3 er vedtatt.").waitFor();
  });

  it("adopts revision 3 and shows what changed since revision 2", async () => {
    await page().goto(`/plans/${PLAN}/revisions`);
    await page().getByLabel("Dato for kommunestyrets vedtak").fill("2025-06-19");
    await page().getByLabel("Saksnummer (valgfritt)").fill("PS 40/25");
    await page().getByRole("button", { name: "Vedta revisjon 3" }).click();
    await page().getByText("Revisjon 3 er vedtatt. Den er nå skrivebeskyttet.").waitFor();
    await page().getByText("1 tiltak lagt til, 1 avsluttet, 1 endret").waitFor();

    await page()
      .getByRole("link", { name: /Se endringene/ })
      .click();
    await page().waitForURL(`**/revisions/compare?from=2&to=3`);
    await page().getByRole("heading", { level: 1, name: "Sammenlign revisjoner" }).waitFor();
    const closed = page().getByRole("heading", { name: CLOSED });
    await closed.waitFor();
    const changed = page().getByRole("table", { name: `Endrede felt i «${CHANGED_TO}»` });
    const titleRow = changed.getByRole("row", { name: /Tittel/ });
    expect(await titleRow.textContent()).toContain(CHANGED);
    expect(await titleRow.textContent()).toContain(CHANGED_TO);
    await page().getByRole("heading", { name: ADDED }).waitFor();
    expect(await page().getByText("Nytt", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page().getByText("Avsluttet", { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations();

    // Revision 3 is read-only now: the edit form says so when saving.
    await page().goto(`/plans/${PLAN}/edit/measures/samarbeid-avtale`);
    await page().getByRole("textbox", { name: "Tittel", exact: true }).first().fill("Prøver å endre");
    await page().getByRole("button", { name: "Lagre", exact: true }).click();
    await page()
      .getByText(/Denne revisjonen av planen er vedtatt og kan ikke endres/)
      .first()
      .waitFor();
  });
});
