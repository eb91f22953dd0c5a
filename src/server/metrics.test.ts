import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";

/** The value of one sample in Prometheus' text format, or undefined when there is no such sample. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const have = new Map([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => have.get(key) === value)) return Number(match[3]);
  }
  return undefined;
}

let server: TestServer;
let webRoot: string;
beforeAll(async () => {
  // A built UI of one page, so that the test also shows the SPA fallback leaves /metrics alone.
  webRoot = mkdtempSync(join(tmpdir(), "planspor-metrics-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Planspor</title>");
  server = await createTestServer({ webRoot, server: { metricsToken: "" } });
});
afterAll(async () => {
  await server?.dispose();
  rmSync(webRoot, { recursive: true, force: true });
});

const scrape = async (target: TestServer = server) => {
  const res = await target.app.inject({ method: "GET", url: "/metrics", headers: ANONYMOUS_HEADERS });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.body;
};

describe("GET /metrics", () => {
  it("times requests by method, route pattern and status, never by the raw URL", async () => {
    const planRoute = { method: "GET", route: "/api/plans/:planKey", status_code: "200" };
    const before = sample(await scrape(), "http_request_duration_seconds_count", planRoute) ?? 0;
    for (let i = 0; i < 3; i++) expect((await server.app.inject(`/api/plans/${KEY}`)).statusCode).toBe(200);
    expect((await server.app.inject("/api/plans/no-such-plan")).statusCode).toBe(404);
    expect((await server.app.inject("/api/no-such-route")).statusCode).toBe(404);

    const text = await scrape();
    expect(sample(text, "http_request_duration_seconds_count", planRoute)).toBe(before + 3);
    expect(sample(text, "http_request_duration_seconds_count", { ...planRoute, status_code: "404" })).toBe(1);
    // A request no route matched is one series, whatever its path.
    expect(
      sample(text, "http_request_duration_seconds_count", { method: "GET", route: "unmatched", status_code: "404" }),
    ).toBe(1);
    expect(sample(text, "http_request_duration_seconds_bucket", { ...planRoute, le: "+Inf" })).toBe(before + 3);
    expect(sample(text, "http_request_duration_seconds_sum", planRoute)).toBeGreaterThan(0);
    const durationLines = text.split("\n").filter((line) => line.startsWith("http_request_duration_seconds"));
    expect(durationLines.some((line) => line.includes(KEY) || line.includes("no-such"))).toBe(false);
  });

  it("counts the plan cache's hits and misses", async () => {
    server.ctx.plans.clear();
    const before = await scrape();
    const hits = sample(before, "planspor_plan_cache_hits_total") ?? Number.NaN;
    const misses = sample(before, "planspor_plan_cache_misses_total") ?? Number.NaN;
    for (let i = 0; i < 2; i++) expect((await server.app.inject(`/api/plans/${KEY}`)).statusCode).toBe(200);

    const after = await scrape();
    // The first read loads the plan (once, however many look it up on the way); the rest are hits.
    expect(sample(after, "planspor_plan_cache_misses_total")).toBe(misses + 1);
    expect(sample(after, "planspor_plan_cache_hits_total")).toBeGreaterThan(hits);
    expect(sample(after, "planspor_plan_cache_hits_total")).toBe(server.ctx.plans.hits);
  });

  it("shows the connection pool on PostgreSQL only, and Node's process metrics", async () => {
    const text = await scrape();
    if (server.ctx.database.kind === "postgres") {
      expect(sample(text, "planspor_db_pool_connections")).toBeGreaterThanOrEqual(1);
      expect(sample(text, "planspor_db_pool_idle_connections")).toBeGreaterThanOrEqual(0);
      expect(sample(text, "planspor_db_pool_waiting_clients")).toBe(0);
    } else {
      expect(text).not.toContain("planspor_db_pool");
    }
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });

  it("is answered before the web UI's fallback, which still serves other paths", async () => {
    const page = await server.app.inject({ method: "GET", url: "/some/page", headers: ANONYMOUS_HEADERS });
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(await scrape()).toContain("# TYPE http_request_duration_seconds histogram");
  });

  it("stays out of the OpenAPI document", async () => {
    const doc = (await server.app.inject("/api/openapi.json")).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain("/api/health");
    expect(Object.keys(doc.paths)).not.toContain("/metrics");
  });

  it("keeps each server's numbers apart", async () => {
    const other = await createTestServer({ seed: false });
    try {
      await server.app.inject(`/api/plans/${KEY}`);
      const text = await scrape(other);
      expect(
        sample(text, "http_request_duration_seconds_count", {
          method: "GET",
          route: "/api/plans/:planKey",
          status_code: "200",
        }),
      ).toBeUndefined();
    } finally {
      await other.dispose();
    }
  });
});

describe("GET /metrics with PLANSPOR_METRICS_TOKEN", () => {
  let guarded: TestServer;
  beforeAll(async () => {
    // From the environment, as `planspor serve` reads it.
    process.env.PLANSPOR_METRICS_TOKEN = "s3cret-token";
    try {
      guarded = await createTestServer({ seed: false, as: "anonymous" });
    } finally {
      delete process.env.PLANSPOR_METRICS_TOKEN;
    }
  });
  afterAll(async () => {
    await guarded?.dispose();
  });

  const scrapeWith = (authorization?: string) =>
    guarded.app.inject({ method: "GET", url: "/metrics", headers: authorization ? { authorization } : {} });

  it("refuses a scrape without the token or with another", async () => {
    for (const authorization of [undefined, "Bearer wrong", "Basic czNjcmV0LXRva2Vu", "Bearer s3cret-token-2"]) {
      const res = await scrapeWith(authorization);
      expect(res.statusCode).toBe(401);
      expect(res.headers["www-authenticate"]).toBe('Bearer realm="metrics"');
      expect(res.json()).toMatchObject({ error: { code: "unauthenticated" } });
      expect(res.body).not.toContain("http_request_duration_seconds");
    }
  });

  it("answers the scrape that sends it", async () => {
    const res = await scrapeWith("Bearer s3cret-token");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("planspor_plan_cache_hits_total");
  });
});
