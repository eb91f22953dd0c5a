import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../../test/render-app.js";

const table = (name: string) => screen.findByRole("table", { name });
const rowOf = (scope: HTMLElement, name: string): HTMLElement => {
  const row = within(scope)
    .getAllByRole("row")
    .find((r: HTMLElement) => within(r).queryByRole("rowheader", { name }) !== null);
  if (row === undefined) throw new Error(`No row «${name}»`);
  return row;
};

describe("the dashboard", () => {
  it("counts the measures of each area by status for the period, with the chart drawn as one image", async () => {
    await renderApp(`/plans/${PLAN}/dashboard?period=2025-T2`);
    expect(await screen.findByRole("heading", { level: 1, name: "Dashbord" })).toBeTruthy();
    const statuses = await table("Antall tiltak etter siste rapporterte status, per område");
    const industri = within(rowOf(statuses, "Industri"));
    const cells = industri.getAllByRole("cell").map((cell) => cell.textContent);
    // Pågår, Fullført, Ikke startet, Utsatt, Avbrutt, Ikke rapportert.
    expect(cells).toEqual(["1", "0", "0", "0", "0", "2"]);
    expect(within(rowOf(statuses, "Sum")).getAllByRole("cell").at(-1)?.textContent).toBe("4");
    // Observable Plot draws the chart once it has loaded: an SVG image with a summary for screen readers.
    const chart = await screen.findByRole("img", { name: /Status per område\. I alt: Pågår: 1/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
  });

  it("shows where the indicators stand, the reports missing per unit and the money per year", async () => {
    await renderApp(`/plans/${PLAN}/dashboard?period=2025-T2`);
    const buckets = await table("Antall måleindikatorer etter hvor de står");
    expect(within(rowOf(buckets, "På vei")).getByRole("cell").textContent).toBe("2");
    expect(within(rowOf(buckets, "Ikke nådd")).getByRole("cell").textContent).toBe("1");
    const values = await table("Måleindikatorer med rapporterte verdier");
    expect(within(rowOf(values, "5 bedriftsbesøk")).getAllByRole("cell")[0]?.textContent).toBe(
      "På vei (60 % av målet)",
    );
    expect(screen.getByRole("heading", { level: 2, name: /rapporter? mangler$/ })).toBeTruthy();
    const money = await table("Hva planen ber om per år, etter type");
    expect(within(rowOf(money, "Sum")).getAllByRole("cell")[0]?.textContent).toMatch(/^kr\s\d/);
  });

  it("changes period with the select and keeps it in the address", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/dashboard?period=2024`);
    const select = await screen.findByRole("combobox", { name: "Rapporteringsperiode" });
    fireEvent.change(select, { target: { value: "2025-T1" } });
    await waitFor(() => expect(router.state.location.search).toBe("?period=2025-T1"));
    expect(await screen.findByRole("heading", { level: 2, name: "Nøkkeltall for 1. tertial 2025" })).toBeTruthy();
  });
});
