import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ seed: false, as: "anonymous" });
});
afterAll(async () => {
  await server?.dispose();
});

const health = () => server.app.inject({ url: "/api/health", headers: ANONYMOUS_HEADERS });

/** Makes every query fail as a lost database does, until `restore` is called. */
function breakDatabase(message: string): () => void {
  const db = server.ctx.database.db as { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = db.execute;
  db.execute = () => Promise.reject(Object.assign(new Error(message), { code: "ECONNREFUSED" }));
  return () => {
    db.execute = execute;
  };
}

describe("GET /api/health", () => {
  it("answers 200 while the database answers", async () => {
    const res = await health();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: server.ctx.database.kind });
  });

  it("answers 503 with a JSON error when the database does not, without the driver's words", async () => {
    const restore = breakDatabase("connect ECONNREFUSED 10.9.8.7:5432");
    try {
      const res = await health();
      expect(res.statusCode).toBe(503);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ error: { code: "unavailable", message: "The database does not answer" } });
    } finally {
      restore();
    }
    expect((await health()).statusCode).toBe(200);
  });

  it("documents the 503 in the OpenAPI document", async () => {
    const doc = (await server.app.inject({ url: "/api/openapi.json", headers: ANONYMOUS_HEADERS })).json() as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths["/api/health"]?.get.responses ?? {})).toEqual(["200", "503"]);
  });
});
