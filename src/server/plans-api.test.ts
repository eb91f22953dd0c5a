import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureView } from "../domain/measure-views.js";
import { PlanDocument } from "../domain/plan-schema.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const builtin = PlanDocument.parse(
  JSON.parse(readFileSync(new URL(`../../plans/${KEY}.json`, import.meta.url), "utf8")),
);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (url: string) => server.app.inject({ method: "GET", url });

describe("GET /api/health", () => {
  it("answers ok and names the database", async () => {
    const res = await get("/api/health");
    expect(res.statusCode).toBe(200);
    const expected = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
    expect(res.json()).toEqual({ status: "ok", database: expected });
  });
});

describe("GET /api/plans", () => {
  it("lists Gjøvik's plan with its key and counts", async () => {
    const res = await get("/api/plans");
    expect(res.statusCode).toBe(200);
    const measureCount = builtin.focusAreas.reduce((n, a) => n + a.measures.length, 0);
    expect(res.json()).toEqual([
      {
        key: KEY,
        title: builtin.actionPlan.title,
        organization: { key: "gjovik", name: "Gjøvik kommune" },
        firstYear: 2024,
        lastYear: 2026,
        revisionNumber: 1,
        focusAreaCount: 9,
        measureCount,
        // The built-in plan is published when it is first loaded.
        published: true,
        publishedAt: expect.any(String),
      },
    ]);
  });
});

describe("GET /api/plans/{key}", () => {
  it("returns the built-in plan exactly as the file holds it, after a trip through the database", async () => {
    const res = await get(`/api/plans/${KEY}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json()).toEqual(builtin);
  });

  it("answers 404 with the JSON error shape for an unknown key", async () => {
    const res = await get("/api/plans/no-such-plan");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "not_found", message: 'No plan has the key "no-such-plan"' } });
  });

  it("answers 400 naming the parameter for a malformed key", async () => {
    const res = await get("/api/plans/Not%20A%20Key");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("bad_request");
    expect(res.json().error.message).toContain('"planKey"');
  });
});

describe("areas", () => {
  it("lists the nine areas of both kinds in the plan's order with their measure counts", async () => {
    const res = await get(`/api/plans/${KEY}/areas`);
    expect(res.statusCode).toBe(200);
    const areas = res.json() as Array<{ key: string; kind: string; measureCount: number }>;
    expect(areas.map((a) => a.key)).toEqual(builtin.focusAreas.map((a) => a.key));
    expect(areas.filter((a) => a.kind === "focus_area")).toHaveLength(5);
    expect(areas.filter((a) => a.kind === "strategic_move")).toHaveLength(4);
    expect(areas.map((a) => a.measureCount)).toEqual(builtin.focusAreas.map((a) => a.measures.length));
  });

  it("returns one area with its goals, strategies and measures, and 404 for an unknown one", async () => {
    const first = builtin.focusAreas[0];
    const res = await get(`/api/plans/${KEY}/areas/${first?.key}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(first);
    expect((await get(`/api/plans/${KEY}/areas/no-such-area`)).statusCode).toBe(404);
  });
});

describe("GET /api/plans/{key}/measures", () => {
  const keys = async (query: string) => {
    const res = await get(`/api/plans/${KEY}/measures${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as MeasureView[]).map((m) => m.key);
  };
  const all = builtin.focusAreas.flatMap((a) => a.measures.map((m) => ({ area: a, measure: m })));

  it("lists every measure without filters", async () => {
    expect(await keys("")).toEqual(all.map((x) => x.measure.key));
  });

  it("filters by area", async () => {
    const area = builtin.focusAreas[2];
    expect(await keys(`?area=${area?.key}`)).toEqual(area?.measures.map((m) => m.key));
  });

  it("filters by strategy number within an area", async () => {
    const area = builtin.focusAreas[0];
    const expected = area?.measures.filter((m) => m.strategyNumbers.includes(2)).map((m) => m.key);
    expect(expected?.length).toBeGreaterThan(0);
    expect(await keys(`?area=${area?.key}&strategy=2`)).toEqual(expected);
  });

  it("filters by responsible actor, including activities' owners", async () => {
    const found = await keys("?actor=landbruk");
    expect(found.length).toBeGreaterThan(0);
    for (const key of found) {
      const res = await get(`/api/plans/${KEY}/measures/${key}`);
      expect((res.json() as MeasureView).actorKeys).toContain("landbruk");
    }
  });

  it("filters by start year and by flagship", async () => {
    const in2026 = await keys("?startYear=2026");
    expect(in2026.length).toBeGreaterThan(0);
    const flagship = builtin.flagships[0]?.key;
    const ofFlagship = await keys(`?flagship=${flagship}`);
    expect(ofFlagship).toEqual(all.filter((x) => x.measure.flagshipKey === flagship).map((x) => x.measure.key));
  });

  it("searches free text across the measure, ignoring case", async () => {
    const found = await keys("?q=BEDRIFTSBESØK");
    expect(found.length).toBeGreaterThan(0);
    expect(await keys("?q=ingen-slike-ord-finnes")).toEqual([]);
  });

  it("answers 400 naming the parameter for a bad query", async () => {
    const res = await get(`/api/plans/${KEY}/measures?startYear=neste`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "bad_request" });
    expect(res.json().error.message).toContain('"startYear"');
    const unknownArea = await get(`/api/plans/${KEY}/measures?area=no-such-area`);
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().error.message).toContain('"area"');
  });

  it("returns one measure with its area and strategies, and 404 for an unknown key", async () => {
    const { area, measure } = all[0] ?? {};
    const res = await get(`/api/plans/${KEY}/measures/${measure?.key}`);
    expect(res.statusCode).toBe(200);
    const view = res.json() as MeasureView;
    expect(view.title).toBe(measure?.title);
    expect(view.area.key).toBe(area?.key);
    expect(view.strategies.map((s) => s.number)).toEqual(measure?.strategyNumbers);
    expect((await get(`/api/plans/${KEY}/measures/no-such-measure`)).statusCode).toBe(404);
  });
});

describe("flagships, related plans and actors", () => {
  it("lists the three flagships with their measures", async () => {
    const res = await get(`/api/plans/${KEY}/flagships`);
    expect(res.statusCode).toBe(200);
    const flagships = res.json() as Array<{ title: string; measureKeys: string[] }>;
    expect(flagships.map((f) => f.title)).toEqual(["Skjerven Biopark", "Gjøvik Cyber City", "Næringsvennlig kommune"]);
    for (const f of flagships) expect(f.measureKeys.length).toBeGreaterThan(0);
  });

  it("lists the related plans, with the unknown strategy kept as unknown", async () => {
    const res = await get(`/api/plans/${KEY}/related-plans`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(builtin.relatedPlans);
    const strategies = builtin.relatedPlans.flatMap((r) => r.links.flatMap((l) => l.strategyNumbers));
    expect(strategies).toContain("unknown");
  });

  it("lists the actors", async () => {
    const res = await get(`/api/plans/${KEY}/actors`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(builtin.actors);
  });
});
