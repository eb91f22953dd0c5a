import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

const titles = () =>
  within(screen.getByRole("table", { name: "Tiltak som passer med filtrene" }))
    .getAllByRole("rowheader")
    .map((th) => th.textContent);

describe("the measures list", () => {
  it("lists every measure and says how many", async () => {
    await renderApp(`/plans/${PLAN}/measures`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("5 tiltak");
    expect(titles()).toEqual([
      "Bedriftsbesøk",
      "Areal for industri",
      "Gårdsbesøk hos landbruksindustrien",
      "Næringsforum",
      "Samarbeidsavtale",
    ]);
  });

  it("filters by area through the URL", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("combobox", { name: "Område" }), { target: { value: "samarbeid" } });
    expect(router.state.location.search).toBe("?area=samarbeid");
    expect(titles()).toEqual(["Næringsforum", "Samarbeidsavtale"]);
    expect(screen.getByRole("status").textContent).toContain("2 tiltak");
  });

  it("reads the filters from a shared link", async () => {
    await renderApp(`/plans/${PLAN}/measures?area=industri&strategy=unknown`);
    expect(await screen.findByRole("combobox", { name: "Område" })).toHaveProperty("value", "industri");
    expect(screen.getByRole("combobox", { name: "Strategi" })).toHaveProperty("value", "unknown");
    expect(titles()).toEqual(["Bedriftsbesøk", "Gårdsbesøk hos landbruksindustrien"]);
  });

  it("filters by responsible actor and start year", async () => {
    await renderApp(`/plans/${PLAN}/measures?actor=landbruk&startYear=2025`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    // Landbruk owns an activity of the visits measure, and that activity starts in 2025.
    expect(titles()).toEqual(["Bedriftsbesøk"]);
  });

  it("filters by flagship project", async () => {
    await renderApp(`/plans/${PLAN}/measures?flagship=industriloftet`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    expect(titles()).toEqual(["Bedriftsbesøk"]);
  });

  it("goes back to the previous filter with the back button", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("combobox", { name: "Område" }), { target: { value: "industri" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Oppstartsår" }), { target: { value: "2026" } });
    expect(titles()).toEqual(["Gårdsbesøk hos landbruksindustrien"]);
    await router.navigate(-1);
    expect(await screen.findByText("3 tiltak")).toBeTruthy();
    expect(router.state.location.search).toBe("?area=industri");
  });

  it("searches the text as you type", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("searchbox", { name: "Søk i tiltakene" }), {
      target: { value: "gårdsbesøk" },
    });
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("gårdsbesøk");
    expect(titles()).toEqual(["Gårdsbesøk hos landbruksindustrien"]);
  });

  it("ignores a filter value that is not valid and clears the filters", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures?startYear=abc&area=industri`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    expect(titles()).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Nullstill filtrene" }));
    expect(router.state.location.search).toBe("");
    expect(titles()).toHaveLength(5);
  });

  it("says so when nothing matches", async () => {
    await renderApp(`/plans/${PLAN}/measures?q=finnesikke`);
    expect(await screen.findByText("Ingen tiltak passer med filtrene.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("0 tiltak");
  });
});
