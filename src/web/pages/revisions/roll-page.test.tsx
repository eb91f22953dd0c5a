import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import type { Evaluation } from "../../../domain/revision-model.js";
import { rollPlan } from "../../../domain/roll-plan.js";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { versionOf } from "../../../domain/versions.js";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";

const evaluations: Evaluation[] = [
  {
    year: 2025,
    target: { type: "measure", key: "industri-bedriftsbesok" },
    judgement: "good",
    text: "",
    recommendation: "complete",
  },
  {
    year: 2025,
    target: { type: "measure", key: "samarbeid-avtale" },
    judgement: "poor",
    text: "",
    recommendation: "stop",
  },
  {
    year: 2025,
    target: { type: "measure", key: "industri-areal" },
    judgement: "partly",
    text: "",
    recommendation: "change",
  },
  { year: 2025, target: { type: "area", key: "industri" }, judgement: "good", text: "", recommendation: null },
  // A measure no longer in the plan: a problem, in words.
  {
    year: 2025,
    target: { type: "measure", key: "nedlagt-tiltak" },
    judgement: "poor",
    text: "",
    recommendation: "stop",
  },
];

/** The fixture's API with the evaluations and the roll; after the roll the plan is the new draft. */
function rollApi(options: { draft?: boolean; conflict?: boolean } = {}) {
  let plan: PlanDocument = fixturePlan();
  if (options.draft) plan.actionPlan.revision = { number: 3, adoptedOn: null, decisionRef: null };
  const rolls: unknown[] = [];
  const handler: ApiHandler = (path, request) => {
    if (path === `/api/plans/${PLAN}`) return { status: 200, body: plan };
    if (path === `/api/plans/${PLAN}/evaluations`) {
      const year = Number(request.search.get("year"));
      return { status: 200, body: { evaluations: evaluations.filter((e) => e.year === year) } };
    }
    if (path === `/api/plans/${PLAN}/revisions`) return { status: 200, body: { revisions: [] } };
    if (path === `/api/plans/${PLAN}/revisions/roll` && request.method === "POST") {
      rolls.push(request.body);
      if (options.conflict) return { status: 409, body: { error: { code: "version_conflict", message: "stale" } } };
      const { year } = request.body as { year: number };
      const result = rollPlan(plan, evaluations, { year });
      plan = result.plan;
      return { status: 200, body: { ...result, version: versionOf(result.plan) } };
    }
    return fixtureApi(path, request);
  };
  return { handler, rolls, version: versionOf(fixturePlan()) };
}

const rollPath = `/plans/${PLAN}/revisions/roll?year=2025`;

const listUnder = (heading: string) => {
  const list = screen.getByRole("list", { name: heading });
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
};

describe("the roll page", () => {
  it("shows the current revision and previews the roll from the year's evaluations", async () => {
    await renderApp(rollPath, rollApi().handler);
    expect(await screen.findByRole("heading", { level: 1, name: "Rull planen til neste revisjon" })).toBeTruthy();
    expect(screen.getByText("Revisjon 2, vedtatt 20.06.2024 (PS 54/24).")).toBeTruthy();
    expect(
      screen.getByText("Revisjon 2 blir stående som vedtatt. Den nye revisjonen 3 blir et utkast som må vedtas."),
    ).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 3, name: "Lukkes" })).toBeTruthy();
    expect(listUnder("Lukkes")).toEqual(["Bedriftsbesøk – Fullført", "Samarbeidsavtale – Avsluttes"]);
    expect(listUnder("Åpnes for endring")).toEqual(["Areal for industri"]);
    expect(screen.getByText("2 tiltak videreføres uendret.")).toBeTruthy();
    expect(listUnder("Videreføres")).toEqual(["Gårdsbesøk hos landbruksindustrien", "Næringsforum"]);
    expect(listUnder("Vurderinger som ikke blir brukt")).toEqual([
      "Vurderingen av «nedlagt-tiltak» gjelder noe som ikke finnes i planen.",
    ]);
    expect(screen.getByText("3 av 5 tiltak er vurdert for 2025.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Se eller endre vurderingene for 2025" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/revisions/evaluate?year=2025`,
    );
  });

  it("previews another year without evaluations as carrying every measure", async () => {
    await renderApp(`/plans/${PLAN}/revisions/roll?year=2024`, rollApi().handler);
    expect(await screen.findByText("5 tiltak videreføres uendret.")).toBeTruthy();
    expect(screen.getByText("Ingen tiltak lukkes.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rull til revisjon 3" })).toBeTruthy();
  });

  it("rolls with the plan's version and the year, then links on to editing and adoption", async () => {
    const api = rollApi();
    await renderApp(rollPath, api.handler);
    fireEvent.click(await screen.findByRole("button", { name: "Rull til revisjon 3" }));
    const done = await screen.findByRole("heading", { level: 2, name: "Planen er rullet til revisjon 3" });
    expect(api.rolls).toEqual([{ version: api.version, year: 2025 }]);
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(listUnder("Lukket")).toEqual(["Bedriftsbesøk – Fullført", "Samarbeidsavtale – Avsluttes"]);
    expect(screen.getByRole("link", { name: "Rediger «Areal for industri»" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/edit/measures/industri-areal`,
    );
    expect(
      screen.getByRole("link", { name: "Legg til nytt tiltak i Innsatsområde 1: Industri" }).getAttribute("href"),
    ).toBe(`/plans/${PLAN}/edit/areas/industri/measures/new`);
    expect(
      screen.getByRole("link", { name: "Legg til nytt tiltak i Gjennomgående grep 1: Samarbeid" }).getAttribute("href"),
    ).toBe(`/plans/${PLAN}/edit/areas/samarbeid/measures/new`);
    expect(
      screen
        .getByRole("link", { name: "Gå til revisjonene for å vedta revisjon 3 og se sammenligningen" })
        .getAttribute("href"),
    ).toBe(`/plans/${PLAN}/revisions`);
    expect(screen.queryByRole("button", { name: /Rull til revisjon/ })).toBeNull();
  });

  it("says so when the plan changed meanwhile", async () => {
    const api = rollApi({ conflict: true });
    await renderApp(rollPath, api.handler);
    fireEvent.click(await screen.findByRole("button", { name: "Rull til revisjon 3" }));
    expect(await screen.findByText(/Planen er endret siden du åpnet siden/)).toBeTruthy();
    expect(api.rolls).toHaveLength(1);
    expect(screen.queryByRole("heading", { name: /Planen er rullet/ })).toBeNull();
  });

  it("refuses to roll a draft and sends the reader to adopt it first", async () => {
    const api = rollApi({ draft: true });
    await renderApp(rollPath, api.handler);
    expect(await screen.findByText("Revisjon 3 er et utkast.")).toBeTruthy();
    expect(screen.getByText("Planen kan ikke rulles før revisjon 3 er vedtatt.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Vedta revisjonen først" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/revisions`,
    );
    expect(screen.queryByRole("button", { name: /Rull til revisjon/ })).toBeNull();
    expect(api.rolls).toEqual([]);
  });
});
