import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../../test/render-app.js";

const areaTable = async (title: string) => within(await screen.findByRole("table", { name: `Tidslinje for ${title}` }));
const count = () => screen.getByRole("status").textContent ?? "";

describe("the timeline", () => {
  it("groups the items by area, with start, end and why, in the plan's words", async () => {
    await renderApp(`/plans/${PLAN}/timeline`);
    expect(await screen.findByRole("heading", { level: 1, name: "Tidslinje" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Innsatsområde 1: Industri" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Gjennomgående grep 1: Samarbeid" })).toBeTruthy();
    expect(count()).toContain("Viser 7 av 7 tiltak og aktiviteter.");
    expect(count()).toContain("1 er ikke plassert i tid.");

    const industri = await areaTable("Industri");
    const measure = industri.getByRole("row", { name: /^Bedriftsbesøk/ });
    expect(within(measure).getByText("Første halvår 2024")).toBeTruthy();
    expect(within(measure).getByText("30.06.2026")).toBeTruthy();
    expect(within(measure).getByText("frist for indikator")).toBeTruthy();
    // Its latest report (2024) said «Pågår»; the activity reported «Fullført» in 2025-T1.
    expect(
      within(measure)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toContain("Pågår");
    expect(within(measure).getByRole("link", { name: "Bedriftsbesøk" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/measures/industri-bedriftsbesok`,
    );
    const activity = industri.getByRole("row", { name: /Lage besøksplan/ });
    expect(within(activity).getByText("Aktivitet")).toBeTruthy();
    expect(within(activity).getByText("Andre halvår 2025")).toBeTruthy();
    expect(within(activity).getByText("Fullført")).toBeTruthy();
    const inherited = industri.getByRole("row", { name: /Følge opp besøkene/ });
    expect(within(inherited).getByText("Første halvår 2024")).toBeTruthy();
    expect(within(inherited).getByText("som for tiltak")).toBeTruthy();
    const areal = industri.getByRole("row", { name: /Areal for industri/ });
    expect(within(areal).getByText("Pågår")).toBeTruthy();
    expect(within(areal).getByText("planperiodens slutt")).toBeTruthy();
  });

  it("lists a start by condition apart, with its text instead of a bar", async () => {
    await renderApp(`/plans/${PLAN}/timeline`);
    const samarbeid = await areaTable("Samarbeid");
    const header = samarbeid.getByRole("columnheader", { name: "Ikke plassert i tid" });
    expect(header).toBeTruthy();
    const row = samarbeid.getByRole("row", { name: /Samarbeidsavtale/ });
    expect(within(row).getByText("Starter ikke på en fast dato: Må avklares med regionen")).toBeTruthy();
  });

  it("filters by unit and flagship through the address, and says how many are shown", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/timeline`);
    const unit = await screen.findByRole("combobox", { name: "Ansvarlig enhet" });
    const options = within(unit)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Alle", "Formannskapet", "Landbruk", "Næring"]);
    fireEvent.change(unit, { target: { value: "landbruk" } });
    await waitFor(() => expect(router.state.location.search).toBe("?unit=landbruk"));
    expect(count()).toContain("Viser 2 av 7 tiltak og aktiviteter.");
    expect(screen.getByText("Ingen tiltak her passer filtrene.")).toBeTruthy();
    const context = (await areaTable("Industri")).getByRole("row", { name: /^Bedriftsbesøk/ });
    expect(within(context).getByText("Vises fordi aktiviteter passer filteret")).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Fyrtårnprosjekt" }), {
      target: { value: "industriloftet" },
    });
    await waitFor(() => expect(router.state.location.search).toBe("?unit=landbruk&flagship=industriloftet"));
    expect(count()).toContain("Viser 1 av 7 tiltak og aktiviteter.");
  });

  it("reads its filters from the address and ignores a key the plan does not have", async () => {
    await renderApp(`/plans/${PLAN}/timeline?flagship=industriloftet&unit=finnes-ikke`);
    expect(await screen.findByRole("combobox", { name: "Fyrtårnprosjekt" })).toHaveProperty("value", "industriloftet");
    expect(screen.getByRole("combobox", { name: "Ansvarlig enhet" })).toHaveProperty("value", "");
    expect(count()).toContain("Viser 3 av 7 tiltak og aktiviteter.");
  });
});
