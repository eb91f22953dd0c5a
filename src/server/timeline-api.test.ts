/** The timeline through the API, on Gjøvik's plan: placed items, the condition apart, filters and their errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanTimeline, TimelineItem } from "../domain/timeline-model.js";
import type { ErrorBody } from "./errors.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = async <T>(url: string) => {
  const res = await server.app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as T };
};

const items = (timeline: PlanTimeline): TimelineItem[] =>
  timeline.areas.flatMap((area) => [...area.items, ...area.unscheduled]);

describe("GET /api/plans/{key}/timeline", () => {
  it("places every measure and activity on the plan period, the condition apart", async () => {
    const { status, body } = await get<PlanTimeline>(`/api/plans/${KEY}/timeline`);
    expect(status).toBe(200);
    expect([body.from, body.to, body.years]).toEqual(["2024-01-01", "2026-12-31", [2024, 2025, 2026]]);
    expect(body.areas).toHaveLength(9);
    expect(body.itemCount).toBe(body.totalCount);
    expect(body.unscheduledCount).toBe(1);
    const unscheduled = body.areas.flatMap((a) => a.unscheduled);
    expect(unscheduled.map((i) => [i.key, i.start.text])).toEqual([
      ["industri-regionalt-team", "Må avklares med Gjøvikregionen Utvikling"],
    ]);
    const recruiting = items(body).find((i) => i.key === "synlig-attraktiv-innbyggerrekruttering");
    expect(recruiting?.start).toMatchObject({ text: "Første halvår 2025", date: "2025-01-01" });
  });

  it("filters by unit and flagship, echoing the filters", async () => {
    const { body: all } = await get<PlanTimeline>(`/api/plans/${KEY}/timeline`);
    const { status, body } = await get<PlanTimeline>(`/api/plans/${KEY}/timeline?unit=naering`);
    expect(status).toBe(200);
    expect(body.filters).toEqual({ unit: "naering", flagship: null });
    expect(body.itemCount).toBeLessThan(all.itemCount);
    expect(body.areas).toHaveLength(all.areas.length);
    const both = await get<PlanTimeline>(`/api/plans/${KEY}/timeline?unit=naering&flagship=gjovik-cyber-city`);
    expect(items(both.body).map((i) => i.key)).toEqual([
      "digital-gjovik-cyber-city",
      "digital-gjovik-cyber-city-pilotprosjekt",
      "digital-gjovik-cyber-city-science-park",
      "digital-kommersialisering-forskning",
    ]);
  });

  it("answers 400 invalid_input naming the unit or flagship the plan does not have", async () => {
    const { status, body } = await get<ErrorBody>(`/api/plans/${KEY}/timeline?unit=finnes-ikke&flagship=heller-ikke`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.problems?.map((p) => p.path)).toEqual(["unit", "flagship"]);
  });

  it("answers 400 for a malformed key and 404 for an unknown plan", async () => {
    expect((await get(`/api/plans/${KEY}/timeline?unit=Ikke%20en%20n%C3%B8kkel`)).status).toBe(400);
    expect((await get(`/api/plans/finnes-ikke/timeline`)).status).toBe(404);
  });
});
