import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../../test/render-app.js";

const table = (name: string) => screen.findByRole("table", { name });
const cellsOf = (scope: HTMLElement, name: string) => {
  const row = within(scope)
    .getAllByRole("row")
    .find((r: HTMLElement) => within(r).queryByRole("rowheader", { name }) !== null);
  if (row === undefined) throw new Error(`No row «${name}»`);
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent?.replace(/\s/g, " "));
};

describe("the money page", () => {
  it("shows the money per year by kind in Norwegian format, with totals", async () => {
    await renderApp(`/plans/${PLAN}/budget`);
    expect(await screen.findByRole("heading", { level: 1, name: "Økonomi" })).toBeTruthy();
    const kinds = await table("Hva planen ber om per år, etter type");
    // 2024, 2025, 2026, the whole period.
    expect(cellsOf(kinds, "Engangsbeløp")).toEqual(["kr 0", "kr 350 000", "kr 0", "kr 350 000"]);
    expect(cellsOf(kinds, "Årlige bidrag")).toEqual(["kr 2 150 000", "kr 2 150 000", "kr 2 150 000", "kr 6 450 000"]);
    expect(cellsOf(kinds, "Sum")[1]).toBe("kr 9 003 000 000");
    expect(await screen.findByRole("img", { name: /Sum per år: 2024: kr\s9\s002\s650\s000/ })).toBeTruthy();
  });

  it("counts the shared source once and lists the lines without a sum apart, with links", async () => {
    await renderApp(`/plans/${PLAN}/budget`);
    expect(await screen.findByText(/Regionalt utviklingsprogram: årlig bidrag kr 2 500 000/)).toBeTruthy();
    const sources = await table("Sum per år for hver finansieringskilde");
    expect(cellsOf(sources, "Regionalt utviklingsprogram")[0]).toBe("kr 2 500 000");
    const unstated = screen.getByRole("heading", { level: 2, name: "3 linjer trenger penger uten oppgitt sum" });
    const list = within(unstated.closest("section") as HTMLElement);
    expect(list.getByRole("link", { name: "Næringsforum" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/measures/samarbeid-forum`,
    );
    expect(list.getByRole("link", { name: "Klimaplan: energi" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/related-plans`,
    );
  });

  it("offers the spreadsheet in the reader's language", async () => {
    await renderApp(`/plans/${PLAN}/budget`);
    const link = await screen.findByRole("link", { name: "Last ned som regneark (XLSX)" });
    expect(link.getAttribute("href")).toBe(`/api/plans/${PLAN}/budget.xlsx?lang=nb`);
    expect(link.hasAttribute("download")).toBe(true);
  });
});
