import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../test/render-app.js";

const auditEvents = [
  {
    id: 2,
    occurredAt: "2025-04-30T08:00:00.123Z",
    actor: "Per Hansen",
    action: "reported",
    planKey: PLAN,
    entityType: "statusReport",
    entityKey: "industri-bedriftsbesok/2024",
    measureKey: "industri-bedriftsbesok",
    before: { period: "2024", status: "not_started", comment: null, reportedAt: "2024-11-01T10:00:00Z" },
    after: {
      period: "2024",
      status: "ongoing",
      comment: "Tre av fem besøk gjort.",
      reportedAt: "2024-12-15T09:30:00Z",
    },
  },
  {
    id: 1,
    occurredAt: "2024-03-01T09:15:00Z",
    actor: null,
    action: "updated",
    planKey: PLAN,
    entityType: "measure",
    entityKey: "industri-bedriftsbesok",
    measureKey: "industri-bedriftsbesok",
    before: { key: "industri-bedriftsbesok", title: "Besøk", description: "Gammel." },
    after: { key: "industri-bedriftsbesok", title: "Bedriftsbesøk", description: "Gammel." },
  },
];

/** The fixture's API with a history for the measure; the query it was asked with is kept. */
function withAudit(status = 200) {
  const queries: string[] = [];
  const handler: ApiHandler = (path, request) => {
    if (path === "/api/audit") {
      queries.push(request.search.toString());
      return status === 200 ? { status, body: { events: auditEvents } } : { status, body: { error: { code: "x" } } };
    }
    return fixtureApi(path, request);
  };
  return { handler, queries };
}

describe("the measure page", () => {
  it("shows the area, strategies with their text and the flagship", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    expect(await screen.findByRole("heading", { level: 1, name: "Bedriftsbesøk" })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Industri" }).length).toBeGreaterThan(0);
    expect(screen.getByText("Tilrettelegge areal.")).toBeTruthy();
    expect(screen.getByText("Besøke bedrifter.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Industriløftet" })).toBeTruthy();
    expect(screen.getByText("Systematiske besøk hos industribedrifter.")).toBeTruthy();
  });

  it("gives each activity an address of its own, which search hits link to", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    // The activity's card (its indicators' chart further down has a heading of the same name).
    const headings = await screen.findAllByRole("heading", { level: 3, name: "Følge opp besøkene" });
    expect(headings.map((h) => h.id)).toContain("activity-industri-oppfolging");
  });

  it("shows indicators with kind, target and deadline in Norwegian formats", async () => {
    // The fixture plan names its levels in its own words: «indikator», «aktivitet».
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const indicators = await screen.findByRole("region", { name: "Indikatorer" });
    expect(within(indicators).getByText("5 bedriftsbesøk")).toBeTruthy();
    expect(within(indicators).getByText("Antall")).toBeTruthy();
    expect(within(indicators).getByText("5 besøk")).toBeTruthy();
    expect(within(indicators).getByText("31.12.2025")).toBeTruthy();
  });

  it("shows funding with amount and the shared source's yearly contribution", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const funding = await screen.findByRole("region", { name: "Finansiering" });
    expect(within(funding).getByText("Årlig bidrag kr. 1 000 000,- fra RUP")).toBeTruthy();
    expect(within(funding).getByText("kr 1 000 000, Hvert år")).toBeTruthy();
    expect(within(funding).getByText("Regionalt utviklingsprogram")).toBeTruthy();
    expect(within(funding).getByText("Herav økt ramme: kr 500 000 per år")).toBeTruthy();
  });

  it("names the responsible unit and partners, and each activity's own details", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const responsibility = await screen.findByRole("region", { name: "Ansvar" });
    expect(within(responsibility).getByText("Næring i samarbeid med NTNU og formannskapet")).toBeTruthy();
    expect(within(responsibility).getByText("NTNU")).toBeTruthy();
    const activities = screen.getByRole("region", { name: "Aktiviteter" });
    expect(within(activities).getByRole("heading", { level: 3, name: "Lage besøksplan" })).toBeTruthy();
    expect(within(activities).getByText("Andre halvår 2025")).toBeTruthy();
    expect(within(activities).getByText("Ja/nei")).toBeTruthy();
  });

  it("shows an unknown strategy as «Ukjent strategi (?)»", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-gardsbesok`);
    expect(await screen.findByText("Ukjent strategi (?)")).toBeTruthy();
  });

  it("says so when the measure does not exist", async () => {
    await renderApp(`/plans/${PLAN}/measures/finnes-ikke`);
    expect(await screen.findByText("Fant ikke tiltaket «finnes-ikke».")).toBeTruthy();
  });

  it("shows the latest status with its assessment in words, and earlier reports in a table", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const status = await screen.findByRole("region", { name: "Status" });
    expect(within(status).getByRole("heading", { name: "Siste rapport: 2024" })).toBeTruthy();
    expect(within(status).getByText("Pågår")).toBeTruthy();
    expect(within(status).getByText("Risiko")).toBeTruthy();
    expect(within(status).getByText("40 %")).toBeTruthy();
    expect(within(status).getByText("Tre av fem besøk gjort.")).toBeTruthy();
    expect(within(status).getByText("15.12.2024 av Kari Nordmann")).toBeTruthy();
    const earlier = within(status).getByRole("table", { name: "Tidligere rapporter for «Bedriftsbesøk»" });
    const row = within(earlier).getByRole("row", { name: /1\. tertial 2025/ });
    expect(within(row).getByText("Lage besøksplan")).toBeTruthy();
    expect(within(row).getByText("Fullført")).toBeTruthy();
    expect(within(row).getByText("30.04.2025")).toBeTruthy();
  });

  it("links to reporting and editing the measure", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const report = await screen.findByRole("link", { name: "Rapporter status" });
    expect(report.getAttribute("href")).toBe(`/plans/${PLAN}/measures/industri-bedriftsbesok/report`);
    expect(screen.getByRole("link", { name: "Rediger tiltak" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/edit/measures/industri-bedriftsbesok`,
    );
  });

  it("shows an indicator's values as a chart and as a table with attainment", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const section = await screen.findByRole("region", { name: "5 bedriftsbesøk" });
    const table = within(section).getByRole("table", { name: "Rapporterte verdier for «5 bedriftsbesøk»" });
    const row = within(table).getByRole("row", { name: /2024/ });
    expect(within(row).getByText("3 besøk")).toBeTruthy();
    expect(within(row).getByText("60 % av målet")).toBeTruthy();
    const chart = await within(section).findByRole("img");
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.getAttribute("aria-label")).toBe(
      "Diagram for «5 bedriftsbesøk»: én verdi fra 2024 til 2024, siste verdi 3 besøk, målverdi 5 besøk.",
    );
    expect(chart.querySelector("path")?.getAttribute("d")).toBeTruthy();
    // Yes/no values get a table, not a chart.
    const yesNo = screen.getByRole("region", { name: "Besøksplan vedtatt" });
    expect(within(yesNo).getByRole("row", { name: /1\. tertial 2025/ }).textContent).toContain("Nei");
    expect(within(yesNo).queryByRole("img")).toBeNull();
  });

  it("shows the measure's history from /api/audit, newest first, with the changed fields", async () => {
    const { handler, queries } = withAudit();
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`, handler);
    const history = await screen.findByRole("table", { name: "Endringer i «Bedriftsbesøk», nyeste først" });
    const rows = within(history).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain("Per Hansen");
    expect(rows[0]?.textContent).toContain("Rapporterte: Statusrapport 2024");
    expect(rows[0]?.textContent).toContain("status og kommentar");
    expect(rows[0]?.textContent).toContain("30.04.2025 10:00");
    expect(rows[1]?.textContent).toContain("Ukjent");
    expect(rows[1]?.textContent).toContain("Endret: Tiltak");
    expect(rows[1]?.textContent).toContain("tittel");
    expect(rows[1]?.textContent).not.toContain("beskrivelse");
    expect(queries[0]).toBe(`plan=${PLAN}&measure=industri-bedriftsbesok`);
  });

  it("says so when the history cannot be loaded, and tries again", async () => {
    const { handler, queries } = withAudit(500);
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`, handler);
    const history = await screen.findByRole("region", { name: "Historikk" });
    expect(await within(history).findByText("Vi fikk ikke hentet historikken.")).toBeTruthy();
    fireEvent.click(within(history).getByRole("button", { name: "Prøv igjen" }));
    await within(history).findByText("Vi fikk ikke hentet historikken.");
    expect(queries.length).toBeGreaterThanOrEqual(2);
  });
});
