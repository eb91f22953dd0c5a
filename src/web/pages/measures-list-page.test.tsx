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
    expect(screen.getByRole("status").textContent).toContain("3 tiltak");
    expect(titles()).toEqual(["Utvikle bioparken videre", "Gjennomføre gårdsbesøk", "Regulere nytt næringsareal"]);
  });

  it("filters by area through the URL", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("combobox", { name: "Område" }), { target: { value: "naeringsarealer" } });
    expect(router.state.location.search).toBe("?area=naeringsarealer");
    expect(titles()).toEqual(["Regulere nytt næringsareal"]);
    expect(screen.getByRole("status").textContent).toContain("1 tiltak");
  });

  it("reads the filters from a shared link", async () => {
    await renderApp(`/plans/${PLAN}/measures?area=biokommune&strategy=unknown`);
    expect(await screen.findByRole("combobox", { name: "Område" })).toHaveProperty("value", "biokommune");
    expect(screen.getByRole("combobox", { name: "Strategi" })).toHaveProperty("value", "unknown");
    expect(titles()).toEqual(["Gjennomføre gårdsbesøk"]);
  });

  it("filters by responsible actor and start year", async () => {
    await renderApp(`/plans/${PLAN}/measures?actor=landbruk&startYear=2025`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    // Landbruk owns an activity of the biopark measure, and that activity starts in 2025.
    expect(titles()).toEqual(["Utvikle bioparken videre"]);
  });

  it("filters by flagship project", async () => {
    await renderApp(`/plans/${PLAN}/measures?flagship=testby-biopark`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    expect(titles()).toEqual(["Utvikle bioparken videre"]);
  });

  it("goes back to the previous filter with the back button", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("combobox", { name: "Område" }), { target: { value: "biokommune" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Oppstartsår" }), { target: { value: "2026" } });
    expect(titles()).toEqual(["Gjennomføre gårdsbesøk"]);
    await router.navigate(-1);
    expect(await screen.findByText("2 tiltak")).toBeTruthy();
    expect(router.state.location.search).toBe("?area=biokommune");
  });

  it("searches the text as you type", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`);
    fireEvent.change(await screen.findByRole("searchbox", { name: "Søk i tiltakene" }), {
      target: { value: "gårdsbesøk" },
    });
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("gårdsbesøk");
    expect(titles()).toEqual(["Gjennomføre gårdsbesøk"]);
  });

  it("ignores a filter value that is not valid and clears the filters", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures?startYear=abc&area=biokommune`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tiltak" })).toBeTruthy();
    expect(titles()).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Nullstill filtrene" }));
    expect(router.state.location.search).toBe("");
    expect(titles()).toHaveLength(3);
  });

  it("says so when nothing matches", async () => {
    await renderApp(`/plans/${PLAN}/measures?q=finnesikke`);
    expect(await screen.findByText("Ingen tiltak passer med filtrene.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("0 tiltak");
  });
});
