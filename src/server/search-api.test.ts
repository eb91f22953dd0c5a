/** Search through the API, on Gjøvik's plan as seeded. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../domain/search-model.js";
import { versionOf } from "../domain/versions.js";
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
const search = (query: Record<string, string>) => get<SearchResponse>(`/api/search?${new URLSearchParams(query)}`);
const text = (segments: Array<{ text: string }> | null) => segments?.map((s) => s.text).join("") ?? "";

describe("GET /api/search", () => {
  it("finds «bedrift…» for «bedrifter», best first, with the hits marked", async () => {
    const { status, body } = await search({ q: "bedrifter" });
    expect(status).toBe(200);
    expect(body.query).toBe("bedrifter");
    expect(body.total).toBeGreaterThanOrEqual(body.hits.length);
    expect(body.hits.length).toBeGreaterThan(3);
    const visits = body.hits.find((h) => h.type === "measure" && h.measureKey === "industri-bedriftsbesok");
    expect(visits).toMatchObject({ planKey: KEY, areaKey: expect.any(String), activityKey: null });
    expect(visits?.title.filter((s) => s.isHit).map((s) => s.text.toLowerCase())).toEqual(["bedriftsbesøk"]);
    expect(body.hits.map((h) => h.rank)).toEqual([...body.hits.map((h) => h.rank)].sort((a, b) => b - a));
    expect(body.plans.map((p) => p.key)).toEqual([KEY]);
  });

  it("finds Gjøvik in any case", async () => {
    const lower = await search({ q: "gjøvik", limit: "100" });
    const upper = await search({ q: "GJØVIK", limit: "100" });
    expect(lower.body.total).toBeGreaterThan(0);
    expect(upper.body.hits).toEqual(lower.body.hits);
  });

  it("limits the hits, within one plan", async () => {
    const { status, body } = await search({ q: "bedrift", plan: KEY, limit: "2" });
    expect(status).toBe(200);
    expect(body.hits).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
  });

  it("answers 400 invalid_input for an empty or overlong query, 400 for a bad limit", async () => {
    for (const q of ["", "   ", "x".repeat(201)]) {
      const { status, body } = await search({ q });
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: "invalid_input", problems: [{ path: "q" }] } });
    }
    expect((await get("/api/search")).status).toBe(400);
    expect((await search({ q: "bedrift", limit: "0" })).status).toBe(400);
    expect((await search({ q: "bedrift", limit: "101" })).status).toBe(400);
  });

  it("answers 404 for an unknown plan", async () => {
    const { status, body } = await search({ q: "bedrift", plan: "finnes-ikke" });
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: "not_found" } });
  });

  it("treats SQL and query syntax as words", async () => {
    for (const q of ["'); drop table search_entries; --", "&|!:*", "bedrift & !industri"]) {
      expect((await search({ q })).status).toBe(200);
    }
    expect((await search({ q: "bedrifter" })).body.total).toBeGreaterThan(0);
  });

  it("finds a measure by its new title after an edit, and not by its old", async () => {
    const plan = (await server.app.inject({ url: `/api/plans/${KEY}` })).json();
    const measure = plan.focusAreas[0].measures[0];
    const put = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${measure.key}`,
      payload: { version: versionOf(measure), data: { ...measure, title: "Kvantesprang for sjokoladefabrikker" } },
    });
    expect(put.statusCode).toBe(200);
    const { body } = await search({ q: "sjokoladefabrikk" });
    expect(body.hits.map((h) => [h.type, h.measureKey, text(h.title)])).toEqual([
      ["measure", measure.key, "Kvantesprang for sjokoladefabrikker"],
    ]);
    const old = await search({ q: measure.title, limit: "100" });
    expect(old.body.hits.some((h) => h.type === "measure" && h.measureKey === measure.key)).toBe(false);
  });
});

describe("the search route's description", () => {
  it("is in the OpenAPI document with its query and answer", async () => {
    const doc = (await get<{ paths: Record<string, { get?: Record<string, unknown> }> }>("/api/openapi.json")).body;
    const operation = doc.paths["/api/search"]?.get;
    expect(operation).toMatchObject({ tags: ["search"], summary: expect.any(String) });
    expect(JSON.stringify(operation)).toContain("SearchResponse");
  });
});
