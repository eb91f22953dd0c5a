import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the area page", () => {
  it("shows the main goal, numbered sub-goals and strategies", async () => {
    await renderApp(`/plans/${PLAN}/areas/biokommune`);
    expect(await screen.findByRole("heading", { level: 1, name: "En grønn biokommune" })).toBeTruthy();
    expect(screen.getByText("Testby skal være ledende på biobaserte løsninger.")).toBeTruthy();
    const strategies = screen.getByRole("region", { name: "Strategier" });
    expect(
      within(strategies)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("value")),
    ).toEqual(["1", "2"]);
    await waitFor(() =>
      expect(document.title).toBe("En grønn biokommune – Handlingsplan for næring i Testby 2025–2026 – Planspor"),
    );
  });

  it("renders the plan's six column headers and an activity bullet", async () => {
    await renderApp(`/plans/${PLAN}/areas/biokommune`);
    const table = await screen.findByRole("table", { name: "Tiltak i En grønn biokommune" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    expect(headers).toEqual(["Tiltak", "Strategi", "Måleindikator", "Finansiering", "Ansvar", "Oppstart"]);
    const activity = within(table).getByRole("listitem");
    expect(activity.textContent).toBe("Kartlegge ledige tomter");
    // The activity's own indicator, funding, owner and start stand in the same row as its bullet.
    const row = activity.closest("tr");
    if (row === null) throw new Error("The activity is not in a table row");
    const cells = within(row)
      .getAllByRole("cell")
      .map((td) => td.textContent);
    expect(cells).toEqual([
      "Kartlegging gjennomført",
      "Finansieres innenfor egne rammer",
      "Landbruk",
      "Første halvår 2025",
    ]);
  });

  it("links each measure title to its page", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/areas/biokommune`);
    fireEvent.click(await screen.findByRole("link", { name: "Utvikle bioparken videre" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}/measures/utvikle-biopark`);
    expect(await screen.findByRole("heading", { level: 1, name: "Utvikle bioparken videre" })).toBeTruthy();
  });

  it("shows the table in a named, focusable scroll region", async () => {
    await renderApp(`/plans/${PLAN}/areas/biokommune`);
    const region = await screen.findByRole("region", { name: "Tiltak i En grønn biokommune" });
    expect(region.tabIndex).toBe(0);
  });

  it("says so when the area does not exist", async () => {
    await renderApp(`/plans/${PLAN}/areas/finnes-ikke`);
    expect(await screen.findByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeTruthy();
    expect(screen.getByText(/«finnes-ikke»/)).toBeTruthy();
  });
});
