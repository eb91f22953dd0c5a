import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { areaFieldsOf } from "../../../domain/plan-edits.js";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { fixturePlan, fixturePlanSummary } from "../../../domain/test-fixtures.js";
import { versionOf } from "../../../domain/versions.js";
import { type ApiHandler, type ApiRequest, PLAN, renderApp } from "../../test/render-app.js";
import { polyfillDialog } from "./dialog-polyfill.js";

beforeAll(polyfillDialog);

type Call = { path: string; request: ApiRequest };

/** The fixture plan from the API (`plans` in turn on each fetch), every write answered by `write`. */
function api(write: (call: Call) => { status: number; body: unknown }, plans: PlanDocument[] = [fixturePlan()]) {
  const writes: Call[] = [];
  let fetches = 0;
  const handler: ApiHandler = (path, request) => {
    if (request.method !== "GET") {
      writes.push({ path, request });
      return write({ path, request });
    }
    if (path === "/api/plans") return { status: 200, body: [fixturePlanSummary()] };
    if (path === `/api/plans/${PLAN}`) {
      const plan = plans[Math.min(fetches, plans.length - 1)];
      fetches++;
      return { status: 200, body: plan };
    }
    return { status: 404, body: { error: { code: "not_found", message: path } } };
  };
  return { handler, writes };
}

/** The measure's own title field (its activities have title fields too). */
async function titleField(): Promise<HTMLInputElement> {
  const [field] = await screen.findAllByRole("textbox", { name: "Tittel" }, { timeout: 5000 });
  return field as HTMLInputElement;
}

const ok = ({ request }: Call) => ({ status: 200, body: { version: "0000000000000000", data: request.body } });

// The measure form is large; jsdom takes its time to render it.
vi.setConfig({ testTimeout: 20_000 });

describe("the editing pages", () => {
  it("saves an edited measure with the version it read", async () => {
    const plan = fixturePlan();
    const measure = plan.focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("The fixture has no measure");
    const { handler, writes } = api(ok);
    const { router } = await renderApp(`/plans/${PLAN}/edit/measures/industri-bedriftsbesok`, handler);

    fireEvent.change(await titleField(), { target: { value: "Bedriftsbesøk i industrien" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /Strategi 2: Bygge nettverk/ }));
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));

    await waitFor(() => expect(writes).toHaveLength(1));
    const [call] = writes;
    expect(call?.path).toBe(`/api/plans/${PLAN}/measures/industri-bedriftsbesok`);
    expect(call?.request.method).toBe("PUT");
    const body = call?.request.body as { version: string; data: typeof measure; confirm: boolean };
    expect(body.version).toBe(versionOf(measure));
    expect(body.confirm).toBe(false);
    expect(body.data).toEqual({
      ...measure,
      title: "Bedriftsbesøk i industrien",
      strategyNumbers: [3, "unknown", 1, 2],
    });

    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${PLAN}/edit`));
    const status = await screen.findByRole("status", {}, { timeout: 5000 });
    expect(status.textContent).toBe("Tiltak «Bedriftsbesøk i industrien» er lagret.");
  });

  it("shows a field's error next to it in Norwegian without asking the server", async () => {
    const { handler, writes } = api(ok);
    await renderApp(`/plans/${PLAN}/edit/measures/industri-bedriftsbesok`, handler);

    fireEvent.change(await titleField(), { target: { value: "  " } });
    fireEvent.change(screen.getAllByRole("textbox", { name: "Målverdi" })[0] as HTMLElement, {
      target: { value: "fem" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));

    const title = await titleField();
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = title.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy.split(" ")[0] ?? "")?.textContent).toBe("Feltet må fylles ut.");
    const target = screen.getAllByRole("textbox", { name: "Målverdi" })[0] as HTMLElement;
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getAllByText("Skriv et tall, for eksempel 3,6 eller 1 000 000.").length).toBeGreaterThan(0);
    // The summary at the top links to the field and has the focus.
    const summaryLink = screen.getByRole("link", { name: "Tittel: Feltet må fylles ut." });
    expect(summaryLink.getAttribute("href")).toBe("#field-title");
    await waitFor(() => expect(document.activeElement?.contains(summaryLink)).toBe(true));
    expect(writes).toHaveLength(0);
  });

  it("catches a key already used elsewhere in the plan before sending", async () => {
    const { handler, writes } = api(ok);
    await renderApp(`/plans/${PLAN}/edit/areas/samarbeid/measures/new`, handler);
    fireEvent.change(await titleField(), { target: { value: "Nytt forum" } });
    const key = screen.getByRole("textbox", { name: "Nøkkel" }) as HTMLInputElement;
    expect(key.value).toBe("nytt-forum");
    fireEvent.change(key, { target: { value: "industri-areal" } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));
    expect(
      await screen.findByRole("link", { name: "Nøkkel: Nøkkelen er allerede i bruk. Velg en annen." }),
    ).toBeTruthy();
    expect(writes).toHaveLength(0);
  });

  it("shows the server's problems next to their fields", async () => {
    const { handler, writes } = api(() => ({
      status: 400,
      body: {
        error: {
          code: "invalid_input",
          message: "Invalid",
          problems: [{ path: "indicators[0].target", message: "Too big", code: "too_big" }],
        },
      },
    }));
    await renderApp(`/plans/${PLAN}/edit/measures/industri-bedriftsbesok`, handler);
    await titleField();
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const target = screen.getAllByRole("textbox", { name: "Målverdi" })[0] as HTMLElement;
    await waitFor(() => expect(target.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByRole("link", { name: /^Målverdi: Verdien kan være høyst/ }).getAttribute("href")).toBe(
      "#field-indicators-0-target",
    );
  });

  it("says in Norwegian that an adopted revision cannot be changed", async () => {
    const { handler, writes } = api(() => ({
      status: 409,
      body: { error: { code: "revision_adopted", message: "Revision 2 was adopted and is read-only" } },
    }));
    await renderApp(`/plans/${PLAN}/edit/measures/industri-bedriftsbesok`, handler);
    await titleField();
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Endringen ble ikke lagret: Denne revisjonen av planen er vedtatt og kan ikke endres. Rull planen til en ny revisjon for å endre den.",
    );
  });

  it("keeps the draft on a conflict and loads the current data when asked", async () => {
    const changed = fixturePlan();
    const measure = changed.focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("The fixture has no measure");
    measure.title = "Endret av en annen";
    const { handler, writes } = api(
      () => ({
        status: 409,
        body: {
          error: {
            code: "version_conflict",
            message: "Changed meanwhile",
            current: { version: versionOf(measure), data: measure },
          },
        },
      }),
      [fixturePlan(), changed],
    );
    await renderApp(`/plans/${PLAN}/edit/measures/industri-bedriftsbesok`, handler);

    fireEvent.change(await titleField(), { target: { value: "Mitt utkast" } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Noen andre har endret dette i mellomtiden");
    expect(writes).toHaveLength(1);
    expect((await titleField()).value).toBe("Mitt utkast");

    fireEvent.click(within(alert).getByRole("button", { name: "Last inn på nytt" }));
    await waitFor(async () => expect((await titleField()).value).toBe("Endret av en annen"), { timeout: 5000 });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("lists the measures citing a removed strategy and sends confirm", async () => {
    const plan = fixturePlan();
    const area = plan.focusAreas[0];
    if (area === undefined) throw new Error("The fixture has no area");
    const { handler, writes } = api(ok);
    await renderApp(`/plans/${PLAN}/edit/areas/industri`, handler);

    fireEvent.click(await screen.findByRole("button", { name: "Fjern Strategi 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));

    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Tiltak «Bedriftsbesøk»")).toBeTruthy();
    expect(within(dialog).getByText("Henvisningene blir fjernet fra dem.")).toBeTruthy();
    expect(writes).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole("button", { name: "Lagre likevel" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const body = writes[0]?.request.body as { version: string; confirm: boolean; data: { strategies: unknown[] } };
    expect(writes[0]?.path).toBe(`/api/plans/${PLAN}/areas/industri`);
    expect(body.confirm).toBe(true);
    expect(body.version).toBe(versionOf(areaFieldsOf(area)));
    expect(body.data.strategies).toEqual(area.strategies.slice(1));
  });

  it("deletes an actor after listing what points to it", async () => {
    const plan = fixturePlan();
    const actor = plan.actors.find((a) => a.key === "landbruk");
    const { handler, writes } = api(() => ({ status: 204, body: null }));
    await renderApp(`/plans/${PLAN}/edit/actors`, handler);

    fireEvent.click(await screen.findByRole("button", { name: "Slett Landbruk" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Tiltak «Gårdsbesøk hos landbruksindustrien»")).toBeTruthy();
    expect(within(dialog).getByText("Aktivitet «Lage besøksplan» i «Bedriftsbesøk»")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Slett" }));

    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]?.request.method).toBe("DELETE");
    expect(writes[0]?.path).toBe(`/api/plans/${PLAN}/actors/landbruk`);
    expect(writes[0]?.request.search.get("confirm")).toBe("true");
    expect(writes[0]?.request.search.get("version")).toBe(versionOf(actor));
    expect(await screen.findByText("Landbruk er slettet.")).toBeTruthy();
  });

  it("sends the new order when a measure is moved down", async () => {
    const plan = fixturePlan();
    const keys = plan.focusAreas[0]?.measures.map((m) => m.key) ?? [];
    const { handler, writes } = api(ok);
    await renderApp(`/plans/${PLAN}/edit`, handler);

    fireEvent.click(await screen.findByRole("button", { name: "Flytt ned: Bedriftsbesøk" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]?.path).toBe(`/api/plans/${PLAN}/order/measures`);
    expect(writes[0]?.request.body).toEqual({
      version: versionOf(keys),
      data: ["industri-areal", "industri-bedriftsbesok", "industri-gardsbesok"],
      areaKey: "industri",
    });
    expect(await screen.findByText("Bedriftsbesøk er flyttet ned.")).toBeTruthy();
  });

  it("uses the plan's own level words on the hub", async () => {
    const { handler } = api(ok);
    await renderApp(`/plans/${PLAN}/edit`, handler);
    expect(await screen.findByRole("heading", { level: 2, name: "Innsatsområder og gjennomgående grep" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Innsatsområde 1: Industri" })).toBeTruthy();
  });

  it("fills in the default reporting periods and saves the settings", async () => {
    const { handler, writes } = api(ok);
    await renderApp(`/plans/${PLAN}/edit/settings`, handler);
    fireEvent.click(await screen.findByRole("radio", { name: "Hvert år" }));
    fireEvent.click(screen.getByRole("button", { name: "Fyll inn standardperioder" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Bruk standardordene" }));
    fireEvent.click(screen.getByRole("button", { name: "Lagre" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const body = writes[0]?.request.body as { data: { levelNames: unknown; reporting: unknown } };
    expect(body.data.levelNames).toBeNull();
    expect(body.data.reporting).toEqual({
      frequency: "yearly",
      periods: [
        { period: "2024", deadline: "2025-01-31" },
        { period: "2025", deadline: "2026-01-31" },
        { period: "2026", deadline: "2027-01-31" },
      ],
    });
  });
});
