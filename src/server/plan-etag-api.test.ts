/**
 * The plan document's HTTP caching: an ETag per version and view of the plan, 304 for a reader
 * whose copy is current, a new ETag after every write, and different bodies (and tags) for members
 * and for the public, who do not see internal comments.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const PLAN = `/api/plans/${KEY}`;
const PUBLIC = `/api/public/gjovik/${KEY}`;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: "GET", url, headers });

async function firstMeasureKey(): Promise<string> {
  const plan = (await get(PLAN)).json();
  return plan.focusAreas[0].measures[0].key;
}

describe("the plan's ETag", () => {
  it("answers 304 with no body to a reader whose copy is current", async () => {
    const first = await get(PLAN);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect(first.headers.vary).toContain("Cookie");

    const again = await get(PLAN, { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(etag);
    // Weak comparison and lists, as browsers and proxies send them.
    expect((await get(PLAN, { "if-none-match": `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await get(PLAN, { "if-none-match": '"other"' })).statusCode).toBe(200);
  });

  it("changes with every write, so the next read gets the new plan", async () => {
    const before = await get(PLAN);
    const etag = before.headers.etag as string;
    const measureKey = await firstMeasureKey();
    const report = {
      version: null,
      data: {
        status: "ongoing",
        assessment: "on_track",
        progressPercent: 10,
        comment: "Intern merknad",
        commentInternal: true,
        indicatorValues: [],
        reportedBy: null,
      },
    };
    const written = await server.app.inject({
      method: "PUT",
      url: `${PLAN}/measures/${measureKey}/reports/2026-T3`,
      payload: report,
    });
    expect(written.statusCode).toBe(200);

    const after = await get(PLAN, { "if-none-match": etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body).toContain("Intern merknad");
  });

  it("gives the public a body and tag of its own, without internal comments, on both routes", async () => {
    const member = await get(PLAN);
    const anonymous = await get(PLAN, ANONYMOUS_HEADERS);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).not.toContain("Intern merknad");
    expect(anonymous.headers.etag).not.toBe(member.headers.etag);
    expect(anonymous.headers["cache-control"]).toBe("public, no-cache");

    const viaPublic = await get(PUBLIC, ANONYMOUS_HEADERS);
    expect(viaPublic.statusCode).toBe(200);
    expect(viaPublic.body).toBe(anonymous.body);
    expect(viaPublic.headers.etag).toBe(anonymous.headers.etag);
    const etag = anonymous.headers.etag as string;
    expect((await get(PUBLIC, { ...ANONYMOUS_HEADERS, "if-none-match": etag })).statusCode).toBe(304);
    // A member's tag never matches the public body, and the other way round.
    expect((await get(PLAN, { "if-none-match": etag })).statusCode).toBe(200);
  });

  it("reads the plan from memory after the first time", async () => {
    const { hits, misses } = server.ctx.plans;
    await get(PLAN);
    await get(PLAN, ANONYMOUS_HEADERS);
    expect(server.ctx.plans.misses).toBe(misses);
    expect(server.ctx.plans.hits).toBeGreaterThan(hits);
  });
});
