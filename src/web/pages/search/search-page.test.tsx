import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { type ApiHandler, fixtureApi, PLAN, renderApp } from "../../test/render-app.js";
import type { SearchHit, SearchResponse } from "./search-api.js";

const plan = fixturePlan();
const seg = (...parts: Array<string | [string]>) =>
  parts.map((p) => (typeof p === "string" ? { text: p, isHit: false } : { text: p[0], isHit: true }));

const hit = (fields: Partial<SearchHit> & Pick<SearchHit, "type" | "title">): SearchHit => ({
  planKey: PLAN,
  planTitle: plan.actionPlan.title,
  areaKey: "industri",
  areaKind: "focus_area",
  measureKey: null,
  activityKey: null,
  number: null,
  snippet: null,
  rank: 1,
  ...fields,
});

const answer: SearchResponse = {
  query: "bedrifter",
  total: 3,
  hits: [
    hit({ type: "strategy", number: 1, title: seg("Besøke ", ["bedrifter"], ".") }),
    hit({
      type: "measure",
      measureKey: "industri-bedriftsbesok",
      title: seg(["Bedriftsbesøk"]),
      snippet: seg("Systematiske besøk hos industribedrifter."),
    }),
    hit({
      type: "indicator",
      measureKey: "industri-bedriftsbesok",
      activityKey: "industri-oppfolging",
      title: seg("20 ", ["bedrifter"], " fulgt opp"),
      rank: 0.5,
    }),
  ],
  plans: [{ key: PLAN, title: plan.actionPlan.title, levelNames: plan.actionPlan.levelNames }],
};

/** The fixture's API with a search that answers from `respond`, recording what it was asked. */
function searchApi(respond: (q: string) => { status: number; body: unknown }, asked: URLSearchParams[] = []) {
  const handler: ApiHandler = (path, request) => {
    if (path !== "/api/search") return fixtureApi(path, request);
    asked.push(request.search);
    return respond(request.search.get("q") ?? "");
  };
  return handler;
}

const found = () => ({ status: 200, body: answer });
const none = (q: string) => ({ status: 200, body: { query: q, total: 0, hits: [], plans: [] } });

describe("the search page", () => {
  it("shows the hits best first, named in the plan's words, with the hit words marked and linked", async () => {
    await renderApp("/search?q=bedrifter", searchApi(found));
    expect(await screen.findByRole("heading", { level: 1, name: "Søk" })).toBeTruthy();
    expect(await screen.findByText("3 treff på «bedrifter»")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("3 treff på «bedrifter»");
    expect(screen.getByRole("searchbox", { name: "Søkeord" })).toHaveProperty("value", "bedrifter");

    const list = screen.getByRole("list", { name: "Treff på «bedrifter»" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    // The fixture plan calls its levels «strategi», «tiltak» and «indikator».
    expect(within(items[0] as HTMLElement).getByText("Strategi 1")).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText("Tiltak")).toBeTruthy();
    expect(within(items[2] as HTMLElement).getByText("Indikator")).toBeTruthy();

    const strategy = within(items[0] as HTMLElement).getByRole("link", { name: "Besøke bedrifter." });
    expect(strategy.getAttribute("href")).toBe(`/plans/${PLAN}/areas/industri#strategies`);
    expect(strategy.querySelector("mark")?.textContent).toBe("bedrifter");
    const measure = within(items[1] as HTMLElement).getByRole("link", { name: "Bedriftsbesøk" });
    expect(measure.getAttribute("href")).toBe(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    expect(within(items[1] as HTMLElement).getByText("Systematiske besøk hos industribedrifter.")).toBeTruthy();
    const indicator = within(items[2] as HTMLElement).getByRole("link", { name: "20 bedrifter fulgt opp" });
    expect(indicator.getAttribute("href")).toBe(
      `/plans/${PLAN}/measures/industri-bedriftsbesok#activity-industri-oppfolging`,
    );
  });

  it("searches from the header box of a plan's page within that plan, and offers all plans", async () => {
    const asked: URLSearchParams[] = [];
    const { router } = await renderApp(`/plans/${PLAN}`, searchApi(found, asked));
    const box = await screen.findByRole("searchbox", { name: "Søk i denne planen" });
    fireEvent.change(box, { target: { value: " bedrifter " } });
    // A browser submits the form itself on Enter.
    const form = box.closest("form");
    if (form === null) throw new Error("The search box has no form");
    fireEvent.submit(form);
    await waitFor(() => expect(router.state.location.pathname).toBe("/search"));
    expect(router.state.location.search).toBe(`?q=bedrifter&plan=${PLAN}`);
    expect(await screen.findByText("3 treff på «bedrifter»")).toBeTruthy();
    expect(asked.at(-1)?.get("plan")).toBe(PLAN);
    expect(await screen.findByText(`Søker bare i «${plan.actionPlan.title}».`, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Søk i alle planer" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=bedrifter"));
    await waitFor(() => expect(asked.at(-1)?.get("plan")).toBeNull());
  });

  it("says so when nothing is found", async () => {
    await renderApp("/search?q=xyzzy", searchApi(none));
    expect(await screen.findByText("Ingen treff på «xyzzy».")).toBeTruthy();
    expect(screen.getByText(/Prøv et annet ord/)).toBeTruthy();
    expect(screen.queryByRole("list", { name: /Treff på/ })).toBeNull();
  });

  it("asks for words when there is no query, without asking the server", async () => {
    const asked: URLSearchParams[] = [];
    await renderApp("/search", searchApi(found, asked));
    expect(await screen.findByText("Skriv ett eller flere ord i søkefeltet.")).toBeTruthy();
    expect(asked).toHaveLength(0);
  });

  it("shows an error with a way to try again", async () => {
    let fail = true;
    await renderApp(
      "/search?q=bedrifter",
      searchApi(() => (fail ? { status: 500, body: { error: { code: "internal", message: "Boom" } } } : found())),
    );
    expect(await screen.findByRole("heading", { name: "Noe gikk galt" })).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByText("3 treff på «bedrifter»")).toBeTruthy();
  });
});
