import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { versionOf } from "../../../domain/versions.js";
import { type ApiHandler, type ApiRequest, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";

const plan = fixturePlan();
const report2024 = plan.statusReports.find((r) => r.period === "2024" && r.activityKey === null);
const measurePath = `/plans/${PLAN}/measures/industri-bedriftsbesok/report`;
const reportPath = (period: string) => `/api/plans/${PLAN}/measures/industri-bedriftsbesok/reports/${period}`;

/** The fixture's API, and every PUT it receives answered with `answer`. */
function recordingApi(answer: (request: ApiRequest) => { status: number; body: unknown }) {
  const puts: Array<{ path: string; body: unknown }> = [];
  const handler: ApiHandler = (path, request) => {
    if (request.method === "PUT") {
      puts.push({ path, body: request.body });
      return answer(request);
    }
    return fixtureApi(path, request);
  };
  return { handler, puts };
}

const ok = (request: ApiRequest) => ({
  status: 200,
  body: { version: "0123456789abcdef", data: (request.body as { data: unknown }).data },
});

async function measureForm() {
  return within(await screen.findByRole("region", { name: "Tiltak: Bedriftsbesøk" }));
}

describe("the report page", () => {
  beforeEach(() => localStorage.clear());

  it("pre-fills the period's report and sends it back with its version", async () => {
    const { handler, puts } = recordingApi(ok);
    await renderApp(`${measurePath}?period=2024`, handler);
    const form = await measureForm();
    expect(form.getByRole("radio", { name: "Pågår" })).toHaveProperty("checked", true);
    expect(form.getByRole("radio", { name: "Risiko" })).toHaveProperty("checked", true);
    expect(form.getByRole("textbox", { name: "5 bedriftsbesøk" })).toHaveProperty("value", "3");
    expect(form.getByRole("textbox", { name: "12,5 % fornøyde" })).toHaveProperty("value", "11,25");
    expect(form.getByText("Måloppnåelse: 90 % av målet")).toBeTruthy();

    fireEvent.change(form.getByRole("textbox", { name: "Framdrift i prosent" }), { target: { value: "60" } });
    fireEvent.change(form.getByRole("textbox", { name: "5 bedriftsbesøk" }), { target: { value: "4" } });
    expect(form.getByText("Måloppnåelse: 80 % av målet")).toBeTruthy();
    fireEvent.click(form.getByRole("radio", { name: "På sporet" }));
    fireEvent.change(form.getByRole("textbox", { name: "Rapportert av" }), { target: { value: "Ola Nordmann" } });
    fireEvent.click(form.getByRole("button", { name: "Lagre rapporten" }));

    expect(await screen.findByRole("status")).toBeTruthy();
    expect(screen.getByText("Rapporten for 2024 er lagret.")).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Tilbake til «Bedriftsbesøk»" }).length).toBeGreaterThan(0);
    expect(puts).toEqual([
      {
        path: reportPath("2024"),
        body: {
          version: versionOf(report2024),
          data: {
            status: "ongoing",
            assessment: "on_track",
            progressPercent: 60,
            comment: "Tre av fem besøk gjort.",
            commentInternal: false,
            indicatorValues: [
              { indicatorKey: "bedriftsbesok-antall", value: 4 },
              { indicatorKey: "bedriftsbesok-andel", value: 11.25 },
              { indicatorKey: "bedriftsbesok-tekst", value: "Godt mottatt" },
            ],
            reportedBy: "Ola Nordmann",
          },
        },
      },
    ]);
  });

  it("sends a first report with version null, a Norwegian decimal and yes/no and date values", async () => {
    const { handler, puts } = recordingApi(ok);
    await renderApp(`${measurePath}?period=2025-T2`, handler);
    const form = await measureForm();
    fireEvent.click(form.getByRole("radio", { name: "Fullført" }));
    fireEvent.change(form.getByRole("textbox", { name: "Score 4,2" }), { target: { value: "3,6" } });
    fireEvent.change(form.getByLabelText("Rapport levert"), { target: { value: "2025-06-01" } });
    fireEvent.click(form.getByRole("button", { name: "Lagre rapporten" }));
    await screen.findByText("Rapporten for 2. tertial 2025 er lagret.");
    expect(puts[0]).toEqual({
      path: reportPath("2025-T2"),
      body: {
        version: null,
        data: {
          status: "completed",
          assessment: null,
          progressPercent: null,
          comment: null,
          commentInternal: false,
          indicatorValues: [
            { indicatorKey: "bedriftsbesok-score", value: 3.6 },
            { indicatorKey: "bedriftsbesok-milepael", value: "2025-06-01" },
          ],
          // The signed-in user's name, unless another is written.
          reportedBy: "Kari Nordmann",
        },
      },
    });
  });

  it("reports an activity on its own address, with Ja/Nei", async () => {
    const { handler, puts } = recordingApi(ok);
    await renderApp(`${measurePath}?period=2025-T2`, handler);
    const activity = within(await screen.findByRole("region", { name: "Lage besøksplan" }));
    fireEvent.click(activity.getByRole("radio", { name: "Pågår" }));
    fireEvent.click(activity.getByRole("radio", { name: "Ja" }));
    fireEvent.click(activity.getByRole("button", { name: "Lagre rapporten for «Lage besøksplan»" }));
    await screen.findByRole("status");
    expect(puts[0]?.path).toBe(
      `/api/plans/${PLAN}/measures/industri-bedriftsbesok/activities/industri-besoksplan/reports/2025-T2`,
    );
    expect((puts[0]?.body as { data: { indicatorValues: unknown } } | undefined)?.data.indicatorValues).toEqual([
      { indicatorKey: "besoksplan-vedtatt", value: true },
    ]);
  });

  it("shows a Norwegian error next to an invalid indicator value without calling the server", async () => {
    const { handler, puts } = recordingApi(ok);
    await renderApp(`${measurePath}?period=2025-T2`, handler);
    const form = await measureForm();
    fireEvent.change(form.getByRole("textbox", { name: "5 bedriftsbesøk" }), { target: { value: "tre" } });
    fireEvent.change(form.getByRole("textbox", { name: "Framdrift i prosent" }), { target: { value: "120" } });
    fireEvent.click(form.getByRole("button", { name: "Lagre rapporten" }));

    const field = form.getByRole("textbox", { name: "5 bedriftsbesøk" });
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = (field.getAttribute("aria-describedby") ?? "").split(" ");
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain("Skriv et tall, for eksempel 3,6.");

    const summary = form.getByRole("group", { name: "Rett opp dette før du lagrer:" });
    expect(within(summary).getByRole("link", { name: "Velg en status." })).toBeTruthy();
    expect(within(summary).getByRole("link", { name: "Skriv et tall som er 100 eller mindre." })).toBeTruthy();
    expect(within(summary).getByRole("link", { name: "Skriv et tall, for eksempel 3,6." }).getAttribute("href")).toBe(
      `#${field.id}`,
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
    fireEvent.click(within(summary).getByRole("link", { name: "Skriv et tall, for eksempel 3,6." }));
    expect(document.activeElement).toBe(field);
    expect(puts).toEqual([]);
  });

  it("says someone else reported meanwhile on a 409, keeps the draft until reloaded", async () => {
    const current = { ...report2024, comment: "Fire av fem besøk gjort.", reportedBy: "Per" };
    const { handler } = recordingApi(() => ({
      status: 409,
      body: {
        error: {
          code: "version_conflict",
          message: "Changed meanwhile",
          current: { version: versionOf(current), data: current },
        },
      },
    }));
    await renderApp(`${measurePath}?period=2024`, handler);
    const form = await measureForm();
    fireEvent.change(form.getByRole("textbox", { name: "Kommentar" }), { target: { value: "Mitt utkast" } });
    fireEvent.click(form.getByRole("button", { name: "Lagre rapporten" }));

    const alert = await form.findByRole("alert");
    expect(within(alert).getByText("Noen andre har rapportert i mellomtiden")).toBeTruthy();
    expect(form.getByRole("textbox", { name: "Kommentar" })).toHaveProperty("value", "Mitt utkast");
    fireEvent.click(within(alert).getByRole("button", { name: "Last inn den nye rapporten" }));
    await waitFor(() =>
      expect(form.getByRole("textbox", { name: "Kommentar" })).toHaveProperty("value", "Fire av fem besøk gjort."),
    );
    expect(form.queryByRole("alert")).toBeNull();
  });

  it("offers the plan's periods with their deadlines and follows the chosen one in the address", async () => {
    const { router } = await renderApp(`${measurePath}?period=2025-T1`);
    const select = await screen.findByRole("combobox", { name: "Rapporteringsperiode" });
    expect(within(select).getByRole("option", { name: "1. tertial 2025 (frist 20.05.2025)" })).toBeTruthy();
    fireEvent.change(select, { target: { value: "2025-T3" } });
    await waitFor(() => expect(router.state.location.search).toBe("?period=2025-T3"));
  });
});
