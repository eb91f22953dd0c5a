import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../../test/render-app.js";
import { revisionsApi } from "./revision-test-api.js";

const PAGE = `/plans/${PLAN}/revisions/compare`;

/** The cells of a table's row, as text, by its header cell. */
function rowTexts(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole("row", { name: new RegExp(`^${header}`) });
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

describe("the comparison page", () => {
  it("compares the last two revisions by default: an added, a closed and a changed measure in words", async () => {
    const { router } = await renderApp(PAGE, revisionsApi().handler);
    expect(await screen.findByRole("heading", { level: 1, name: "Sammenlign revisjoner" })).toBeTruthy();
    const from = (await screen.findByLabelText("Fra revisjon")) as HTMLSelectElement;
    const to = screen.getByLabelText("Til revisjon") as HTMLSelectElement;
    expect(from.value).toBe("1");
    expect(to.value).toBe("2");
    expect(screen.getByRole("group", { name: "Revisjonene som sammenlignes" })).toBeTruthy();

    const status = await screen.findByText("Fra revisjon 1 til revisjon 2: 1 tiltak lagt til, 1 avsluttet, 1 endret.");
    expect(status.closest("[role=status]")).toBeTruthy();

    // The plan's own level word for the area.
    const area = screen.getByRole("region", { name: "Innsatsområde 1: Industri" });
    expect(
      within(area).getByRole("heading", { level: 3, name: "Gårdsbesøk hos landbruksindustrien Nytt" }),
    ).toBeTruthy();
    expect(within(area).getByRole("heading", { level: 3, name: "Gammelt tiltak Avsluttet" })).toBeTruthy();
    expect(within(area).getByRole("heading", { level: 3, name: "Bedriftsbesøk Endret" })).toBeTruthy();

    const table = within(area).getByRole("table", { name: "Endrede felt i «Bedriftsbesøk»" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Felt", "Før", "Etter"]);
    expect(rowTexts(table, "Tittel")).toEqual(["Besøk hos bedrifter", "Bedriftsbesøk"]);
    expect(rowTexts(table, "Strategier")).toEqual(["1", "3, ?, 1"]);
    // The actors by name, looked up in the two revisions' documents.
    await waitFor(() =>
      expect(rowTexts(table, "Ansvar")).toEqual([
        "Ansvarlig: Landbruk («Landbruk alene»)",
        "Ansvarlig: Næring, Formannskapet. Samarbeidspartnere: NTNU («Næring i samarbeid med NTNU og formannskapet»)",
      ]),
    );
    expect(router.state.location.search).toBe("");
  });

  it("keeps the chosen revisions in the address and says when nothing changed", async () => {
    const { router } = await renderApp(`${PAGE}?from=2&to=2`, revisionsApi().handler);
    expect(await screen.findByText("Ingen endringer mellom revisjon 2 og 2")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();

    fireEvent.change(screen.getByLabelText("Fra revisjon"), { target: { value: "1" } });
    await waitFor(() => expect(router.state.location.search).toBe("?from=1&to=2"));
    expect(await screen.findByText(/^Fra revisjon 1 til revisjon 2:/)).toBeTruthy();
    expect(screen.getByRole("table", { name: "Endrede felt i «Bedriftsbesøk»" })).toBeTruthy();
  });
});
