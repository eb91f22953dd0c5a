import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../../test/render-app.js";
import { revisionsApi } from "./revision-test-api.js";

const PAGE = `/plans/${PLAN}/revisions`;

describe("the revisions page", () => {
  it("shows the revision in force and the revisions on a line with status and changes in words", async () => {
    await renderApp(PAGE, revisionsApi().handler);
    expect(await screen.findByRole("heading", { level: 1, name: "Revisjoner" })).toBeTruthy();
    const inForce = await screen.findByRole("region", { name: "Gjeldende revisjon" });
    expect(within(inForce).getByText("Revisjon 1, vedtatt 15.06.2023, sak PS 40/23")).toBeTruthy();
    expect(within(inForce).getByText(/Revisjon 2 er et utkast/)).toBeTruthy();

    const section = screen.getByRole("region", { name: "Revisjonene" });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("heading", { level: 3, name: "Revisjon 1 Vedtatt" })).toBeTruthy();
    expect(within(first).getByText("15.06.2023")).toBeTruthy();
    expect(within(first).getByText("PS 40/23")).toBeTruthy();
    expect(within(first).getByText("Første revisjon i Planspor")).toBeTruthy();
    // The draft carries the imported file's date, but is a draft until adopted in Planspor.
    expect(within(second).getByRole("heading", { level: 3, name: "Revisjon 2 Utkast" })).toBeTruthy();
    expect(within(second).getByText("Ikke vedtatt")).toBeTruthy();
    expect(within(second).getByText("1 tiltak lagt til, 1 avsluttet, 1 endret")).toBeTruthy();
    const link = within(second).getByRole("link", { name: "Se endringene fra revisjon 1 til revisjon 2" });
    expect(link.getAttribute("href")).toBe(`/plans/${PLAN}/revisions/compare?from=1&to=2`);

    expect(screen.getByRole("link", { name: "Evaluer året" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/revisions/evaluate`,
    );
    expect(screen.getByRole("link", { name: "Sammenlign revisjoner" })).toBeTruthy();
    // The current revision is a draft: nothing to roll yet.
    expect(screen.queryByRole("link", { name: "Rull planen til neste revisjon" })).toBeNull();
  });

  it("adopts the draft with the plan's version, date and case number, then shows it adopted", async () => {
    const api = revisionsApi();
    await renderApp(PAGE, api.handler);
    const form = await screen.findByRole("form", { name: "Vedta revisjon 2" });
    const date = within(form).getByLabelText(/Dato for kommunestyrets vedtak/) as HTMLInputElement;
    expect(date.type).toBe("date");
    expect(date.required).toBe(true);
    // The date the imported file gave is offered.
    expect(date.value).toBe("2024-06-20");
    fireEvent.change(date, { target: { value: "2025-03-12" } });
    fireEvent.change(within(form).getByLabelText(/Saksnummer/), { target: { value: " 24/1234 " } });
    fireEvent.click(within(form).getByRole("button", { name: "Vedta revisjon 2" }));

    expect(await screen.findByText("Revisjon 2 er vedtatt. Den er nå skrivebeskyttet.")).toBeTruthy();
    expect(api.writes).toEqual([
      {
        method: "POST",
        path: `/api/plans/${PLAN}/revisions/adopt`,
        body: { version: api.version, adoptedOn: "2025-03-12", decisionRef: "24/1234" },
      },
    ]);
    const inForce = screen.getByRole("region", { name: "Gjeldende revisjon" });
    await waitFor(() => expect(within(inForce).getByText("Revisjon 2, vedtatt 12.03.2025, sak 24/1234")).toBeTruthy());
    expect(within(inForce).getByText(/Revisjon 2 er vedtatt og kan ikke endres/)).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Vedta revisjon 2" })).toBeNull();
    expect(screen.getByRole("heading", { level: 3, name: "Revisjon 2 Vedtatt" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Rull planen til neste revisjon" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/revisions/roll`,
    );
  });

  it("refuses an empty date by the field, without a request", async () => {
    const api = revisionsApi();
    await renderApp(PAGE, api.handler);
    const form = await screen.findByRole("form", { name: "Vedta revisjon 2" });
    const date = within(form).getByLabelText(/Dato for kommunestyrets vedtak/);
    fireEvent.change(date, { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Vedta revisjon 2" }));
    const messages = await within(form).findAllByText("Skriv inn datoen for kommunestyrets vedtak.");
    // In the error summary and by the field.
    expect(messages.length).toBe(2);
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(api.writes).toEqual([]);
  });

  it("says the plan has changed when the version is stale", async () => {
    const api = revisionsApi({ adoptRefusal: { status: 409, code: "version_conflict" } });
    await renderApp(PAGE, api.handler);
    const form = await screen.findByRole("form", { name: "Vedta revisjon 2" });
    fireEvent.click(within(form).getByRole("button", { name: "Vedta revisjon 2" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Planen er endret siden du åpnet siden\. Last inn på nytt/);
    expect(within(alert).getByRole("button", { name: "Last inn på nytt" })).toBeTruthy();
  });

  it("is linked from the plan's overview", async () => {
    const { router } = await renderApp(`/plans/${PLAN}`, revisionsApi().handler);
    fireEvent.click(await screen.findByRole("link", { name: "Revisjoner og endringer" }));
    expect(router.state.location.pathname).toBe(PAGE);
    expect(await screen.findByRole("heading", { level: 1, name: "Revisjoner" })).toBeTruthy();
  });
});
