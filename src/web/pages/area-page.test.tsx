import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the area page", () => {
  it("shows the main goal, numbered sub-goals and strategies", async () => {
    await renderApp(`/plans/${PLAN}/areas/industri`);
    expect(await screen.findByRole("heading", { level: 1, name: "Industri" })).toBeTruthy();
    expect(screen.getByText("Styrke industrien.")).toBeTruthy();
    const strategies = screen.getByRole("region", { name: "Strategier" });
    expect(
      within(strategies)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("value")),
    ).toEqual(["1", "2", "3"]);
    await waitFor(() =>
      expect(document.title).toBe(`Industri – ${"Handlingsplan for strategisk næringsplan 2024 til 2026"} – Planspor`),
    );
  });

  it("renders the plan's six column headers and an activity bullet", async () => {
    await renderApp(`/plans/${PLAN}/areas/industri`);
    const table = await screen.findByRole("table", { name: "Tiltak i Industri" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    expect(headers).toEqual(["Tiltak", "Strategi", "Indikator", "Finansiering", "Ansvar", "Oppstart"]);
    const activity = within(within(table).getByRole("rowheader", { name: "Lage besøksplan" })).getByRole("listitem");
    expect(activity.textContent).toBe("Lage besøksplan");
    // The activity's own indicator, funding, owner and start stand in the same row as its bullet.
    const row = activity.closest("tr");
    if (row === null) throw new Error("The activity is not in a table row");
    const cells = within(row)
      .getAllByRole("cell")
      .map((td) => td.textContent);
    expect(cells).toEqual(["Besøksplan vedtatt", "RUP-midler", "Landbruk i samarbeid med NTNU", "Andre halvår 2025"]);
  });

  it("links each measure title to its page", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/areas/industri`);
    fireEvent.click(await screen.findByRole("link", { name: "Bedriftsbesøk" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    expect(await screen.findByRole("heading", { level: 1, name: "Bedriftsbesøk" })).toBeTruthy();
  });

  it("shows the table in a named, focusable scroll region", async () => {
    await renderApp(`/plans/${PLAN}/areas/industri`);
    const region = await screen.findByRole("region", { name: "Tiltak i Industri" });
    expect(region.tabIndex).toBe(0);
  });

  it("names the levels in the plan's own words and links to the area's editor", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/areas/industri`);
    expect(await screen.findByText("Innsatsområde 1")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Effektmål" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Resultatmål" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Rediger Industri" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}/edit/areas/industri`);
  });

  it("says so when the area does not exist", async () => {
    await renderApp(`/plans/${PLAN}/areas/finnes-ikke`);
    expect(await screen.findByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeTruthy();
    expect(screen.getByText(/«finnes-ikke»/)).toBeTruthy();
  });
});
