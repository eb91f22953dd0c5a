import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  const webRoot = mkdtempSync(join(tmpdir(), "planspor-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Planspor</title>");
  server = await createTestServer({ seed: false, webRoot });
});
afterAll(async () => {
  await server?.dispose();
});

describe("the API description", () => {
  it("describes every API route in /api/openapi.json, generated from the zod schemas", async () => {
    const res = await server.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: object } };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/health",
        "/api/plans",
        "/api/plans/{planKey}",
        "/api/plans/{planKey}/actors",
        "/api/plans/{planKey}/areas",
        "/api/plans/{planKey}/areas/{areaKey}",
        "/api/plans/{planKey}/flagships",
        "/api/plans/{planKey}/measures",
        "/api/plans/{planKey}/measures/{measureKey}",
        "/api/plans/{planKey}/related-plans",
        "/api/audit",
        "/api/plans/{planKey}/settings",
        "/api/plans/{planKey}/areas/{areaKey}/measures",
        "/api/plans/{planKey}/order/{collection}",
        "/api/plans/{planKey}/actors/{key}",
        "/api/plans/{planKey}/funding-sources",
        "/api/plans/{planKey}/funding-sources/{key}",
        "/api/plans/{planKey}/flagships/{key}",
        "/api/plans/{planKey}/related-plans/{key}",
        "/api/plans/{planKey}/measures/{measureKey}/reports/{period}",
        "/api/plans/{planKey}/measures/{measureKey}/activities/{activityKey}/reports/{period}",
        "/api/plans/{planKey}/reporting-periods",
        "/api/plans/{planKey}/reporting-round",
        "/api/plans/{planKey}/coverage",
        "/api/plans/{planKey}/budget",
        "/api/plans/{planKey}/budget.xlsx",
        "/api/plans/{planKey}/dashboard",
        "/api/plans/{planKey}/timeline",
        "/api/search",
        "/api/plans/{planKey}/export",
        "/api/plans/{planKey}/status-report",
        "/api/plans/{planKey}/import/preview",
        "/api/plans/{planKey}/import",
        "/api/plans/{planKey}/revisions",
        "/api/plans/{planKey}/revisions/{number}",
        "/api/plans/{planKey}/revisions/adopt",
        "/api/plans/{planKey}/revisions/roll",
        "/api/plans/{planKey}/revisions/compare",
        "/api/plans/{planKey}/evaluations",
        "/api/plans/{planKey}/evaluations/{year}/{targetType}/{targetKey}",
        "/api/session",
        "/api/auth/login",
        "/api/auth/logout",
        "/api/auth/oidc",
        "/api/auth/oidc/callback",
        "/api/account/password",
        "/api/organizations/{orgKey}/users",
        "/api/organizations/{orgKey}/users/{userId}",
        "/api/organizations/{orgKey}/users/{userId}/password-reset",
        "/api/plans/{planKey}/publication",
        "/api/public/{orgKey}/{planKey}",
      ].sort(),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["PlanDocument", "Measure"]));
  });

  it("serves a docs page", async () => {
    const res = await server.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
  });
});

describe("routing", () => {
  it("answers an unknown API path with the JSON 404", async () => {
    const res = await server.app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "not_found", message: "No route GET /api/no-such-thing" } });
  });

  it("serves the web UI's index.html at the root", async () => {
    const res = await server.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body).toContain("<title>Planspor</title>");
  });

  it("serves the web UI's index.html for the UI's own paths", async () => {
    const res = await server.app.inject({ method: "GET", url: "/plans/some-plan/measures?area=x" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>Planspor</title>");
  });
});
