import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { previewImport } from "../../../domain/import-preview.js";
import type { Activity } from "../../../domain/plan-schema.js";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { versionOf } from "../../../domain/versions.js";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";

/** The fixture's API with import routes: a preview where one measure's title changed and an activity is new. */
function importApi(options: { refuse?: boolean; conflict?: boolean } = {}) {
  const plan = fixturePlan();
  const next = structuredClone(plan);
  const measure = next.focusAreas[0]?.measures[0];
  if (measure === undefined) throw new Error("The fixture has no measure");
  measure.title = "Bedriftsbesøk hos industrien";
  measure.activities.push({
    ...structuredClone(measure.activities[0] as Activity),
    key: "ny-aktivitet",
    title: "Ny aktivitet",
  });
  const calls: string[] = [];
  const handler: ApiHandler = (path, request) => {
    if (request.method === "POST") calls.push(`${path}?${request.search.toString()}`);
    if (path === `/api/plans/${PLAN}/import/preview`) {
      if (options.refuse) {
        const problems = [{ code: "unknown_strategy", message: "Strategy «99» …", row: 3, column: "Strategier" }];
        return { status: 400, body: { error: { code: "invalid_input", message: "1 problem", problems } } };
      }
      const preview = previewImport(plan, next);
      return { status: 200, body: { format: "xlsx", version: versionOf(plan), preview, changes: true, skipped: [] } };
    }
    if (path === `/api/plans/${PLAN}/import`) {
      if (options.conflict) return { status: 409, body: { error: { code: "version_conflict", message: "stale" } } };
      return { status: 200, body: { version: versionOf(next), preview: previewImport(plan, next), skipped: [] } };
    }
    return fixtureApi(path, request);
  };
  return { handler, calls, version: versionOf(plan) };
}

async function chooseFile(name = "tiltak.xlsx") {
  const input = await screen.findByLabelText("Fil som skal importeres");
  expect(input.getAttribute("accept")).toBe(".xlsx,.csv,.json,.docx,.xml");
  fireEvent.change(input, { target: { files: [new File(["PK"], name)] } });
}

describe("the import page", () => {
  it("previews a file's changes and imports it with the preview's version", async () => {
    const api = importApi();
    await renderApp(`/plans/${PLAN}/edit/import`, api.handler);
    expect(await screen.findByRole("heading", { level: 1, name: "Importer" })).toBeTruthy();
    await chooseFile();
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis" }));
    const table = await screen.findByRole("table", { name: /Endringer i/ });
    const row = within(table).getByRole("row", { name: /Bedriftsbesøk hos industrien/ });
    expect(within(row).getByText("endret")).toBeTruthy();
    expect(within(row).getByText("tittel")).toBeTruthy();
    expect(within(within(table).getByRole("row", { name: /Ny aktivitet/ })).getByText("ny")).toBeTruthy();
    expect(api.calls).toEqual([`/api/plans/${PLAN}/import/preview?format=xlsx`]);

    fireEvent.click(screen.getByRole("button", { name: "Importer" }));
    expect(await screen.findByText("Importen er lagret.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Gå til planen" }).getAttribute("href")).toBe(`/plans/${PLAN}`);
    expect(api.calls[1]).toBe(`/api/plans/${PLAN}/import?format=xlsx&version=${api.version}`);
  });

  it("lists a refused file's problems by row and column, in Norwegian", async () => {
    await renderApp(`/plans/${PLAN}/edit/import`, importApi({ refuse: true }).handler);
    await chooseFile("tiltak.csv");
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis" }));
    const table = await screen.findByRole("table", { name: "Filen har 1 problem – ingenting er endret" });
    const row = within(table).getByRole("row", { name: /Strategien finnes ikke/ });
    expect(within(row).getByText("3")).toBeTruthy();
    expect(within(row).getByText("Strategier")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Importer" })).toBeNull();
  });

  it("says so when the plan changed since the preview", async () => {
    await renderApp(`/plans/${PLAN}/edit/import`, importApi({ conflict: true }).handler);
    await chooseFile();
    fireEvent.click(screen.getByRole("button", { name: "Forhåndsvis" }));
    fireEvent.click(await screen.findByRole("button", { name: "Importer" }));
    expect(await screen.findByText(/Planen er endret siden forhåndsvisningen/)).toBeTruthy();
  });

  it("refuses a file whose extension it does not know", async () => {
    await renderApp(`/plans/${PLAN}/edit/import`, importApi().handler);
    await chooseFile("plan.pdf");
    expect(await screen.findByText(/Filendelsen «plan.pdf» kjennes ikke igjen/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Forhåndsvis" }).hasAttribute("disabled")).toBe(true);
  });
});
