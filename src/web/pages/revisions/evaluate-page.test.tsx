import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../../domain/revision-model.js";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";

type Put = { path: string; body: unknown };

/** The fixture's API with the evaluation routes: a store of evaluations, the PUTs recorded. */
function evaluationApi(initial: Evaluation[], options: { refuse?: boolean } = {}) {
  const store = [...initial];
  const puts: Put[] = [];
  const handler: ApiHandler = (path, request) => {
    if (path === `/api/plans/${PLAN}/evaluations` && request.method === "GET") {
      const year = Number(request.search.get("year"));
      return { status: 200, body: { evaluations: store.filter((e) => e.year === year) } };
    }
    const put = new RegExp(`^/api/plans/${PLAN}/evaluations/(\\d+)/(area|measure)/([^/]+)$`).exec(path);
    if (put !== null && request.method === "PUT") {
      puts.push({ path, body: request.body });
      if (options.refuse) {
        return { status: 400, body: { error: { code: "invalid_input", message: "Tiltaket er ukjent" } } };
      }
      const data = (request.body as { data: Omit<Evaluation, "year" | "target"> }).data;
      const written: Evaluation = {
        ...data,
        year: Number(put[1]),
        target: { type: put[2] as "area" | "measure", key: decodeURIComponent(put[3] ?? "") },
      };
      const i = store.findIndex(
        (e) => e.year === written.year && e.target.type === written.target.type && e.target.key === written.target.key,
      );
      if (i >= 0) store.splice(i, 1, written);
      else store.push(written);
      return { status: 200, body: { data: written } };
    }
    return fixtureApi(path, request);
  };
  return { handler, puts };
}

const stored: Evaluation[] = [
  {
    year: 2025,
    target: { type: "measure", key: "industri-bedriftsbesok" },
    judgement: "good",
    text: "Godt i gang",
    recommendation: "change",
  },
  { year: 2025, target: { type: "area", key: "industri" }, judgement: "partly", text: "", recommendation: null },
  // Another year's evaluation is neither shown nor counted for 2025.
  {
    year: 2024,
    target: { type: "measure", key: "industri-areal" },
    judgement: "poor",
    text: "",
    recommendation: "stop",
  },
];

const evaluatePath = `/plans/${PLAN}/revisions/evaluate?year=2025`;

const measureGroup = async (title: string) => screen.findByRole("group", { name: title });

describe("the evaluate page", () => {
  it("shows the areas and measures with the stored evaluations filled in, and the progress", async () => {
    const api = evaluationApi(stored);
    await renderApp(evaluatePath, api.handler);
    expect(await screen.findByRole("heading", { level: 1, name: "Årlig evaluering" })).toBeTruthy();
    expect(await screen.findByText("1 av 5 tiltak vurdert for 2025")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Innsatsområde 1: Industri" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Gjennomgående grep 1: Samarbeid" })).toBeTruthy();
    expect((screen.getByLabelText("År som evalueres") as HTMLSelectElement).value).toBe("2025");

    const visit = await measureGroup("Bedriftsbesøk");
    expect((within(visit).getByRole("radio", { name: "God måloppnåelse" }) as HTMLInputElement).checked).toBe(true);
    expect((within(visit).getByRole("radio", { name: "Endres" }) as HTMLInputElement).checked).toBe(true);
    expect((within(visit).getByLabelText("Vurdering") as HTMLTextAreaElement).value).toBe("Godt i gang");
    // The latest own status report is shown for context.
    expect(within(visit).getByText(/Siste status/)).toBeTruthy();

    const area = await measureGroup("Samlet vurdering av innsatsområde 1");
    expect((within(area).getByRole("radio", { name: "Delvis måloppnåelse" }) as HTMLInputElement).checked).toBe(true);
    expect(within(area).queryByRole("radio", { name: "Videreføres" })).toBeNull();

    // 2024's evaluation of «Areal for industri» is not 2025's.
    const land = await measureGroup("Areal for industri");
    expect(
      within(land)
        .getAllByRole("radio")
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    expect(screen.getByRole("link", { name: "Rull planen til neste revisjon" }).getAttribute("href")).toBe(
      `/plans/${PLAN}/revisions/roll?year=2025`,
    );
  });

  it("saves a measure's evaluation with the right body, says so and counts it", async () => {
    const api = evaluationApi(stored);
    await renderApp(evaluatePath, api.handler);
    const land = await measureGroup("Areal for industri");
    fireEvent.click(within(land).getByRole("radio", { name: "Svak måloppnåelse" }));
    fireEvent.click(within(land).getByRole("radio", { name: "Avsluttes" }));
    fireEvent.change(within(land).getByLabelText("Vurdering"), { target: { value: "  Ikke aktuelt lenger " } });
    fireEvent.click(within(land).getByRole("button", { name: "Lagre vurderingen av «Areal for industri»" }));
    expect(await within(land).findByText("Lagret")).toBeTruthy();
    expect(api.puts).toEqual([
      {
        path: `/api/plans/${PLAN}/evaluations/2025/measure/industri-areal`,
        body: { data: { judgement: "poor", text: "Ikke aktuelt lenger", recommendation: "stop" } },
      },
    ]);
    expect(await screen.findByText("2 av 5 tiltak vurdert for 2025")).toBeTruthy();
  });

  it("saves an area's evaluation without a recommendation", async () => {
    const api = evaluationApi([]);
    await renderApp(evaluatePath, api.handler);
    expect(await screen.findByText("0 av 5 tiltak vurdert for 2025")).toBeTruthy();
    const area = await measureGroup("Samlet vurdering av gjennomgående grep 1");
    fireEvent.click(within(area).getByRole("radio", { name: "God måloppnåelse" }));
    fireEvent.click(within(area).getByRole("button", { name: /^Lagre/ }));
    expect(await within(area).findByText("Lagret")).toBeTruthy();
    expect(api.puts).toEqual([
      {
        path: `/api/plans/${PLAN}/evaluations/2025/area/samarbeid`,
        body: { data: { judgement: "good", text: "", recommendation: null } },
      },
    ]);
  });

  it("refuses a measure without recommendation or judgement before sending anything", async () => {
    const api = evaluationApi([]);
    const { fetchMock } = await renderApp(evaluatePath, api.handler);
    const forum = await measureGroup("Næringsforum");
    const save = within(forum).getByRole("button", { name: /^Lagre/ });
    fireEvent.click(save);
    expect(await within(forum).findByText("Velg måloppnåelse.")).toBeTruthy();
    expect(within(forum).getByText("Velg en anbefaling for neste revisjon.")).toBeTruthy();
    expect(document.activeElement?.id).toBe("evaluation-measure-samarbeid-forum-judgement-good");

    fireEvent.click(within(forum).getByRole("radio", { name: "God måloppnåelse" }));
    expect(within(forum).queryByText("Velg måloppnåelse.")).toBeNull();
    fireEvent.click(save);
    expect(await within(forum).findByText("Velg en anbefaling for neste revisjon.")).toBeTruthy();
    expect(within(forum).getByRole("radio", { name: "Videreføres" }).getAttribute("aria-invalid")).toBe("true");
    expect(api.puts).toEqual([]);
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === "PUT")).toBe(false);
    expect(within(forum).queryByText("Lagret")).toBeNull();
  });

  it("shows the server's refusal next to the item", async () => {
    const api = evaluationApi([], { refuse: true });
    await renderApp(evaluatePath, api.handler);
    const forum = await measureGroup("Næringsforum");
    fireEvent.click(within(forum).getByRole("radio", { name: "Delvis måloppnåelse" }));
    fireEvent.click(within(forum).getByRole("radio", { name: "Videreføres" }));
    fireEvent.click(within(forum).getByRole("button", { name: /^Lagre/ }));
    const refusal = await within(forum).findByText("Vurderingen ble ikke lagret: Tiltaket er ukjent");
    expect(refusal.closest('[role="alert"]')).not.toBeNull();
    expect(within(forum).queryByText("Lagret")).toBeNull();
    expect(api.puts).toHaveLength(1);
  });

  it("keeps the chosen year in the address and loads that year's evaluations", async () => {
    const api = evaluationApi(stored);
    const { router } = await renderApp(evaluatePath, api.handler);
    expect(await screen.findByText("1 av 5 tiltak vurdert for 2025")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("År som evalueres"), { target: { value: "2024" } });
    expect(await screen.findByText("1 av 5 tiltak vurdert for 2024")).toBeTruthy();
    expect(router.state.location.search).toBe("?year=2024");
    const land = await measureGroup("Areal for industri");
    await waitFor(() =>
      expect((within(land).getByRole("radio", { name: "Avsluttes" }) as HTMLInputElement).checked).toBe(true),
    );
  });
});
