import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiCalls, PLAN, renderApp } from "../test/render-app.js";

describe("the plan overview", () => {
  it("shows the plan's title, organization, period and introduction", async () => {
    await renderApp(`/plans/${PLAN}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Handlingsplan for strategisk næringsplan 2024 til 2026" }),
    ).toBeTruthy();
    expect(screen.getAllByText("Testby kommune").length).toBeGreaterThan(0);
    expect(screen.getByText("2024–2026")).toBeTruthy();
    expect(screen.getByText(/vedtatt 20\.06\.2024/)).toBeTruthy();
    expect(screen.getByText("Andre avsnitt.")).toBeTruthy();
  });

  it("groups the areas by kind, with main goal and number of measures", async () => {
    await renderApp(`/plans/${PLAN}`);
    // The fixture plan names its levels in its own words («innsatsområde», «gjennomgående grep», «effektmål»).
    const focusAreas = await screen.findByRole("region", { name: "Innsatsområder" });
    expect(within(focusAreas).getByRole("link", { name: "Industri" })).toBeTruthy();
    expect(within(focusAreas).getByText("Innsatsområde 1")).toBeTruthy();
    expect(within(focusAreas).getByText("Effektmål:")).toBeTruthy();
    expect(within(focusAreas).getByText("3 tiltak")).toBeTruthy();
    const moves = screen.getByRole("region", { name: "Gjennomgående grep" });
    expect(within(moves).getByRole("link", { name: "Samarbeid" })).toBeTruthy();
    expect(within(moves).getByText("Samarbeide bedre.")).toBeTruthy();
    expect(within(moves).getByText("2 tiltak")).toBeTruthy();
  });

  it("links to the editing pages", async () => {
    const { router } = await renderApp(`/plans/${PLAN}`);
    const main = await screen.findByRole("main");
    fireEvent.click(await within(main).findByRole("link", { name: "Rediger planen" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}/edit`);
  });

  it("links the flagships, the measures list and related plans", async () => {
    const { router } = await renderApp(`/plans/${PLAN}`);
    expect(await screen.findByRole("link", { name: "Les mer om Industriløftet" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Andre planer og prosjekter" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Se alle tiltak og filtrer dem" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}/measures`);
  });

  it("has the plan menu in the header, marking the current page", async () => {
    await renderApp(`/plans/${PLAN}`);
    const nav = await screen.findByRole("navigation", { name: "Planmeny" });
    expect(within(nav).getByRole("link", { name: "Oversikt" }).getAttribute("aria-current")).toBe("page");
    expect(within(nav).getByRole("link", { name: "Tiltak" }).getAttribute("aria-current")).toBeNull();
  });

  it("fetches the plan once however many pages read it", async () => {
    const { fetchMock } = await renderApp(`/plans/${PLAN}`);
    fireEvent.click(await screen.findByRole("link", { name: "Industri" }));
    await screen.findByRole("heading", { level: 1, name: "Industri" });
    fireEvent.click(screen.getByRole("link", { name: "Tiltak" }));
    await screen.findByRole("heading", { level: 1, name: "Tiltak" });
    expect(apiCalls(fetchMock)).toEqual([`/api/plans/${PLAN}`]);
  });

  it("moves focus to the main content when going to another page", async () => {
    await renderApp(`/plans/${PLAN}`);
    fireEvent.click(await screen.findByRole("link", { name: "Samarbeid" }));
    await screen.findByRole("heading", { level: 1, name: "Samarbeid" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("main")));
  });
});
