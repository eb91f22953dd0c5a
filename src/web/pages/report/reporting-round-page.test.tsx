import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { StatusReport } from "../../../domain/plan-schema.js";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { type ApiHandler, PLAN, renderApp } from "../../test/render-app.js";

/** The fixture's API over a plan that reports change, as the server would. */
function liveApi() {
  const plan = fixturePlan();
  const handler: ApiHandler = (path, request) => {
    if (path === `/api/plans/${PLAN}`) return { status: 200, body: plan };
    const match = /^\/api\/plans\/[^/]+\/measures\/([^/]+)\/reports\/([^/]+)$/.exec(path);
    if (request.method === "PUT" && match !== null) {
      const { data } = request.body as {
        data: Omit<StatusReport, "measureKey" | "activityKey" | "period" | "reportedAt">;
      };
      const report: StatusReport = {
        ...data,
        measureKey: match[1] ?? "",
        activityKey: null,
        period: match[2] ?? "",
        reportedAt: "2025-09-01T10:00:00Z",
      };
      plan.statusReports.push(report);
      return { status: 200, body: { version: "0123456789abcdef", data: report } };
    }
    if (path === "/api/audit") return { status: 200, body: { events: [] } };
    return { status: 404, body: { error: { code: "not_found", message: path } } };
  };
  return handler;
}

const unitTable = async (name: string) =>
  within(await screen.findByRole("table", { name: `Status for ${name} i 2. tertial 2025` }));

describe("the reporting round", () => {
  it("lists each unit's measures with what is missing, totals and the deadline", async () => {
    await renderApp(`/plans/${PLAN}/reporting?period=2025-T2`);
    expect(await screen.findByRole("heading", { level: 1, name: "Rapporteringsrunde" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Rapporteringsperiode" })).toHaveProperty("value", "2025-T2");
    const totals = screen.getByRole("region", { name: "Oversikt" });
    expect(within(totals).getByText("20.09.2025")).toBeTruthy();

    const naering = screen.getByRole("region", { name: "Næring" });
    expect(within(naering).getByText("0 rapportert, 2 mangler")).toBeTruthy();
    const table = await unitTable("Næring");
    const row = table.getByRole("row", { name: /Bedriftsbesøk/ });
    expect(within(row).getByText("Mangler")).toBeTruthy();
    expect(within(row).getByRole("link", { name: "Rapporter «Bedriftsbesøk»" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/measures/industri-bedriftsbesok/report?period=2025-T2`,
    );
    expect(within(naering).getByRole("link", { name: "Huskeliste for Næring" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/reporting/units/naering?period=2025-T2`,
    );
    const unassigned = screen.getByRole("region", { name: "Uten ansvarlig enhet" });
    expect(within(unassigned).getByText("Areal for industri")).toBeTruthy();
  });

  it("shows a reported activity with its status when switching period in the address", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/reporting?period=2025-T2`);
    fireEvent.change(await screen.findByRole("combobox", { name: "Rapporteringsperiode" }), {
      target: { value: "2025-T1" },
    });
    await waitFor(() => expect(router.state.location.search).toBe("?period=2025-T1"));
    const landbruk = within(await screen.findByRole("region", { name: "Landbruk" }));
    const row = landbruk.getByRole("row", { name: /Lage besøksplan/ });
    expect(within(row).getByText("Fullført")).toBeTruthy();
    expect(within(row).queryByText("Mangler")).toBeNull();
  });

  it("switches a unit's missing measure to reported after a report is made", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/reporting?period=2025-T2`, liveApi());
    const row = (await unitTable("Næring")).getByRole("row", { name: /Næringsforum/ });
    expect(within(row).getByText("Mangler")).toBeTruthy();
    fireEvent.click(within(row).getByRole("link", { name: "Rapporter «Næringsforum»" }));

    const form = within(await screen.findByRole("region", { name: "Tiltak: Næringsforum" }));
    fireEvent.click(form.getByRole("radio", { name: "Pågår" }));
    fireEvent.click(form.getByRole("radio", { name: "På sporet" }));
    fireEvent.click(form.getByRole("button", { name: "Lagre rapporten" }));
    await screen.findByText("Rapporten for 2. tertial 2025 er lagret.");

    await router.navigate(`/plans/${PLAN}/reporting?period=2025-T2`);
    const after = (await unitTable("Næring")).getByRole("row", { name: /Næringsforum/ });
    expect(within(after).queryByText("Mangler")).toBeNull();
    expect(within(after).getByText("Pågår")).toBeTruthy();
    expect(within(after).getByText("På sporet")).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Næring" })).getByText("1 rapportert, 1 mangler")).toBeTruthy();
  });
});

describe("a unit's to-do list", () => {
  it("lists the unit's items for the period, missing first, each with a link to report", async () => {
    await renderApp(`/plans/${PLAN}/reporting/units/landbruk?period=2025-T1`);
    expect(await screen.findByRole("heading", { level: 1, name: "Huskeliste: Landbruk" })).toBeTruthy();
    const table = within(screen.getByRole("table", { name: "Status for Landbruk i 1. tertial 2025" }));
    const rows = table.getAllByRole("row").slice(1);
    expect(rows[0]?.textContent).toContain("Gårdsbesøk hos landbruksindustrien");
    expect(rows[0]?.textContent).toContain("Mangler");
    expect(rows[1]?.textContent).toContain("Lage besøksplan");
    expect(rows[1]?.textContent).toContain("Fullført");
    expect(
      within(rows[0] as HTMLElement)
        .getByRole("link", { name: "Rapporter «Gårdsbesøk hos landbruksindustrien»" })
        .getAttribute("href"),
    ).toBe(`/plans/${PLAN}/measures/industri-gardsbesok/report?period=2025-T1`);
  });

  it("says so when the unit does not exist", async () => {
    await renderApp(`/plans/${PLAN}/reporting/units/finnes-ikke?period=2025-T1`);
    expect(await screen.findByText("Fant ingen enhet med nøkkelen «finnes-ikke».")).toBeTruthy();
  });
});
