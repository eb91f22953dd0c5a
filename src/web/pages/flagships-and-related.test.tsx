import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the flagships page", () => {
  it("shows each flagship with description, area and its measures", async () => {
    await renderApp(`/plans/${PLAN}/flagships`);
    const flagship = await screen.findByRole("region", { name: "Industriløftet" });
    expect(within(flagship).getByText("Et løft.")).toBeTruthy();
    expect(within(flagship).getByRole("link", { name: "Industri" })).toBeTruthy();
    expect(within(flagship).getByRole("link", { name: "Bedriftsbesøk" })).toBeTruthy();
    const withoutMeasures = screen.getByRole("region", { name: "Byløftet" });
    expect(within(withoutMeasures).getByText("Ingen tiltak er knyttet til prosjektet ennå.")).toBeTruthy();
    expect(within(withoutMeasures).queryByRole("link")).toBeNull();
  });
});

describe("the related plans page", () => {
  it("shows other plans' measures with area, sub-goals, strategies, funding and responsibility", async () => {
    await renderApp(`/plans/${PLAN}/related-plans`);
    const table = await screen.findByRole("table", { name: "Tiltak i andre planer som følger opp denne planen" });
    expect(within(table).getByRole("rowheader", { name: "Klimaplan: energi" })).toBeTruthy();
    expect(within(table).getByRole("link", { name: "Samarbeid" })).toBeTruthy();
    expect(within(table).getByText("Prosjektmidler")).toBeTruthy();
  });

  it("shows an unknown strategy as «?» and explains it", async () => {
    await renderApp(`/plans/${PLAN}/related-plans`);
    const table = await screen.findByRole("table");
    expect(within(table).getByText("?").getAttribute("aria-hidden")).toBe("true");
    expect(within(table).getByText("ukjent")).toBeTruthy();
    expect(screen.getByText(/«\?» betyr at planen ikke sier/)).toBeTruthy();
  });
});
