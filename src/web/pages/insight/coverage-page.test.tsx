import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";

/** The fixture API serving a changed copy of the test plan. */
function apiWith(change: (plan: PlanDocument) => void): ApiHandler {
  const plan = fixturePlan();
  change(plan);
  return (path, request) => (path === `/api/plans/${PLAN}` ? { status: 200, body: plan } : fixtureApi(path, request));
}

/**
 * The test plan with the climate plan's link to strategy 2 of Industri removed: no measure cites
 * strategy 2, so it is uncovered in every year. The plan keeps its «Strategi ?» (Bedriftsbesøk) and
 * its measure started by a condition (Samarbeidsavtale).
 */
const withoutStrategy2 = apiWith((plan) => {
  const link = plan.relatedPlans[0]?.links.find((l) => l.focusAreaKey === "industri");
  if (link) link.strategyNumbers = [];
});

const open = async (handler: ApiHandler = withoutStrategy2) => {
  await renderApp(`/plans/${PLAN}/coverage`, handler);
  await screen.findByRole("heading", { level: 1, name: "Dekning" });
};

/** An area's section in the matrix (the gaps list has a section of the same name). */
const matrixArea = (name: string) =>
  within(within(screen.getByRole("region", { name: "År for år" })).getByRole("region", { name }));

const rowOf = (tableName: string, rowName: string) =>
  within(screen.getByRole("table", { name: tableName })).getByRole("row", { name: new RegExp(`^${rowName}`) });

describe("the coverage page", () => {
  it("gives the verdict first, in words and counts with the plan's own level words", async () => {
    await open();
    const verdict = within(screen.getByRole("region", { name: /er dekket i planperioden/ }));
    expect(
      verdict.getByRole("heading", {
        level: 2,
        name: "Alle innsatsområder og gjennomgående grep er dekket i planperioden, men ikke alle strategier",
      }),
    ).toBeTruthy();
    expect(
      verdict.getByText("1 av 1 innsatsområde og 1 av 1 gjennomgående grep er dekket i minst ett år."),
    ).toBeTruthy();
    expect(verdict.getByText("3 av 4 strategier er dekket i minst ett år.")).toBeTruthy();
    // The title is set in an effect, which may come after the first render under load.
    await waitFor(() =>
      expect(document.title).toBe("Dekning – Handlingsplan for strategisk næringsplan 2024 til 2026 – Planspor"),
    );
  });

  it("says when everything is covered", async () => {
    await open(fixtureApi);
    expect(
      screen.getByRole("heading", {
        level: 2,
        name: "Alle innsatsområder og gjennomgående grep er dekket i planperioden, og alle strategier er det også",
      }),
    ).toBeTruthy();
  });

  it("says which area is not covered in any year, with a link to it", async () => {
    await open(
      apiWith((plan) => {
        plan.relatedPlans = [];
        const samarbeid = plan.focusAreas.find((a) => a.key === "samarbeid");
        if (samarbeid) samarbeid.measures = samarbeid.measures.filter((m) => m.key === "samarbeid-avtale");
      }),
    );
    const verdict = within(screen.getByRole("region", { name: /Ikke alle/ }));
    expect(
      verdict.getByText("1 av 1 innsatsområde og 0 av 1 gjennomgående grep er dekket i minst ett år."),
    ).toBeTruthy();
    expect(verdict.getByRole("link", { name: "Gjennomgående grep 1: Samarbeid" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/areas/samarbeid`,
    );
  });

  it("shows each strategy by year as «Dekket» or «Ikke dekket», with what covers it", async () => {
    await open();
    const industri = matrixArea("Innsatsområde 1: Industri");
    expect(industri.getByRole("link", { name: "Innsatsområde 1: Industri" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/areas/industri`,
    );
    const caption = "Strategier i «Industri», år for år";
    const headers = within(screen.getByRole("table", { name: caption })).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual(["Strategi", "2024", "2025", "2026"]);

    const uncovered = within(rowOf(caption, "2\\. Bygge nettverk")).getAllByRole("cell");
    expect(uncovered.map((cell) => cell.textContent)).toEqual(["Ikke dekket", "Ikke dekket", "Ikke dekket"]);

    const covered = within(rowOf(caption, "1\\. Besøke bedrifter")).getAllByRole("cell")[0] as HTMLElement;
    expect(within(covered).getByText("Dekket")).toBeTruthy();
    expect(within(covered).getByText("1 tiltak")).toBeTruthy();
    expect(within(covered).getByRole("link", { name: "Bedriftsbesøk" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/measures/industri-bedriftsbesok`,
    );

    // The area's own row, on top, counts every measure at work, and the related plan.
    const areaRow = rowOf(caption, "Innsatsområde 1 samlet");
    expect(within(areaRow).getAllByText("Dekket")).toHaveLength(3);
    expect(within(areaRow).getAllByText("2 tiltak og 1 annen plan")).toHaveLength(2);

    // Sub-goals, covered only through the related plan.
    const subGoal = rowOf("Resultatmål i «Industri», år for år (dekkes bare gjennom andre planer)", "1\\. Flere");
    expect(
      within(subGoal).getAllByRole("link", { name: "Klimaplan: energi (annen plan)" })[0]?.getAttribute("href"),
    ).toBe(`/plans/${PLAN}/related-plans`);
  });

  it("lists an unknown reference as unknown under its area, never as covered", async () => {
    await open();
    const samarbeid = matrixArea("Gjennomgående grep 1: Samarbeid");
    // The climate plan's «Resultatmål ?» leaves sub-goal 1 uncovered.
    const subGoal = rowOf("Resultatmål i «Samarbeid», år for år (dekkes bare gjennom andre planer)", "1\\. Et felles");
    expect(within(subGoal).getAllByText("Ikke dekket")).toHaveLength(3);
    expect(samarbeid.getByRole("heading", { level: 4, name: "Ukjente henvisninger" })).toBeTruthy();
    const items = samarbeid.getAllByRole("listitem").filter((li) => li.textContent?.includes("ukjent"));
    expect(items.map((li) => li.textContent)).toEqual([
      "Klimaplan: energi (annen plan) viser til «Resultatmål ?»: ukjent, regnes ikke som dekket",
      "Klimaplan: energi (annen plan) viser til «Strategi ?»: ukjent, regnes ikke som dekket",
    ]);
    const industri = matrixArea("Innsatsområde 1: Industri");
    const unknown = industri
      .getAllByText("(tiltak) viser til «Strategi ?»: ukjent, regnes ikke som dekket")
      .map((note) => note.closest("li"));
    const links = unknown.map((li) => within(li as HTMLElement).getByRole("link"));
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Bedriftsbesøk", `/plans/${PLAN}/measures/industri-bedriftsbesok`],
      ["Gårdsbesøk hos landbruksindustrien", `/plans/${PLAN}/measures/industri-gardsbesok`],
    ]);
  });

  it("lists the gaps with their years, a link to the area and one to a new measure", async () => {
    await open();
    const gaps = within(screen.getByRole("region", { name: "Hull i dekningen" }));
    const industri = within(gaps.getByRole("region", { name: "Innsatsområde 1: Industri" }));
    expect(industri.getByText("Strategi 2, ikke dekket i hele planperioden: Bygge nettverk.")).toBeTruthy();
    expect(industri.getByRole("link", { name: "Innsatsområde 1: Industri" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/areas/industri`,
    );
    expect(industri.getByRole("link", { name: "Legg til tiltak i «Industri»" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/edit/areas/industri/measures/new`,
    );
  });

  it("lists the measures not placed in time and says they count in no year", async () => {
    await open();
    const unscheduled = within(screen.getByRole("region", { name: "Tiltak uten år" }));
    expect(unscheduled.getByText(/regnes ikke med i noe år/)).toBeTruthy();
    const item = unscheduled.getByRole("link", { name: "Samarbeidsavtale" }).closest("li") as HTMLElement;
    expect(item.textContent).toBe(
      "Samarbeidsavtale (Gjennomgående grep 1: Samarbeid), oppstart: «Må avklares med regionen»",
    );
    expect(within(item).getByRole("link").getAttribute("href")).toBe(`/plans/${PLAN}/measures/samarbeid-avtale`);
  });
});
