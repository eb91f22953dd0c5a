import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_ID_HEADER, requestIdFor } from "./logging.js";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer } from "./test-server.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { level: number; msg: string; reqId?: string };

let server: TestServer;
const lines: LogLine[] = [];
beforeAll(async () => {
  // The logger's JSON lines, written into an array instead of standard output.
  const stream = { write: (line: string) => lines.push(JSON.parse(line) as LogLine) };
  server = await createTestServer({ seed: false, server: { logger: { level: "info", stream } } });
});
afterAll(async () => {
  await server?.dispose();
});

const linesOf = (reqId: string) => lines.filter((line) => line.reqId === reqId);

describe("request ids", () => {
  it("makes a UUID for a request without one and echoes it", async () => {
    const first = await server.app.inject({ url: "/api/health", headers: ANONYMOUS_HEADERS });
    const second = await server.app.inject({ url: "/api/health", headers: ANONYMOUS_HEADERS });
    expect(first.headers[REQUEST_ID_HEADER]).toMatch(UUID);
    expect(second.headers[REQUEST_ID_HEADER]).toMatch(UUID);
    expect(second.headers[REQUEST_ID_HEADER]).not.toBe(first.headers[REQUEST_ID_HEADER]);
  });

  it("keeps a sane incoming id", async () => {
    const id = "edge-7f3a9c:01.abc_DEF";
    const res = await server.app.inject({ url: "/api/health", headers: { ...ANONYMOUS_HEADERS, "x-request-id": id } });
    expect(res.headers[REQUEST_ID_HEADER]).toBe(id);
  });

  it("replaces an incoming id that is too long or holds other characters", () => {
    for (const given of ["a".repeat(129), "two words", 'x"}{"level":60', "ø", ""]) {
      expect(requestIdFor({ headers: { "x-request-id": given } })).toMatch(UUID);
    }
    expect(requestIdFor({ headers: { "x-request-id": "a".repeat(128) } })).toBe("a".repeat(128));
  });

  it("echoes the id on a refusal too", async () => {
    const res = await server.app.inject({
      url: "/api/auth/logout",
      method: "POST",
      headers: { ...ANONYMOUS_HEADERS, "x-request-id": "refused-1" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers[REQUEST_ID_HEADER]).toBe("refused-1");
  });
});

describe("request log", () => {
  it("writes one line per completed request with its id, method, route pattern, status and duration", async () => {
    await server.app.inject({ url: "/api/plans/some-plan?q=secret", headers: { "x-request-id": "log-test-1" } });
    const mine = linesOf("log-test-1");
    expect(mine).toHaveLength(1);
    const [line] = mine;
    expect(line).toMatchObject({
      level: 30,
      msg: "request completed",
      reqId: "log-test-1",
      method: "GET",
      route: "/api/plans/:planKey",
      statusCode: 404,
    });
    expect(typeof line?.durationMs).toBe("number");
    // The query string (a search, a sign-on code) is not logged.
    expect(JSON.stringify(line)).not.toContain("secret");
  });

  it("names the path of a request no route matched", async () => {
    await server.app.inject({ url: "/api/nothing-here?x=1", headers: { "x-request-id": "log-test-2" } });
    expect(linesOf("log-test-2")).toEqual([
      expect.objectContaining({ route: "/api/nothing-here", statusCode: 404, msg: "request completed" }),
    ]);
  });

  it("logs a failure with the request's id and its cause, and keeps the cause out of the answer", async () => {
    const db = server.ctx.database.db as { execute: (...args: unknown[]) => Promise<unknown> };
    const execute = db.execute;
    db.execute = () => Promise.reject(new Error("connect ECONNREFUSED 10.1.2.3:5432"));
    try {
      const res = await server.app.inject({
        url: "/api/health",
        headers: { ...ANONYMOUS_HEADERS, "x-request-id": "log-test-3" },
      });
      expect(res.statusCode).toBe(503);
      expect(res.body).not.toContain("10.1.2.3");
    } finally {
      db.execute = execute;
    }
    const mine = linesOf("log-test-3");
    const warning = mine.find((line) => line.level === 40);
    expect(JSON.stringify(warning?.err)).toContain("ECONNREFUSED 10.1.2.3:5432");
    expect(mine.at(-1)).toMatchObject({ msg: "request completed", statusCode: 503 });
  });
});
