/**
 * No statement per row: a request about one plan sends as many SQL statements for a plan of 100
 * measures as for one of 10 (the same generator, the same shape). The statements are counted as
 * drizzle sends them (`db/statement-log.ts`), with the plan cache emptied before each request so
 * that the plan is read from the database every time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePlan } from "../../bench/data/generate.js";
import { importPlan } from "../app/import-plan.js";
import type { PlanDocument, PlanDocumentInput } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const statements: string[] = [];
let server: TestServer;
// Indexes 0 and 3 give the same number of areas; the plans differ in their measures (and so their reports).
const small = generatePlan({ measuresPerPlan: 10, periods: 3, seed: 7 }, 0);
const large = generatePlan({ measuresPerPlan: 100, periods: 3, seed: 7 }, 3);

const keyOf = (plan: PlanDocumentInput) => plan.actionPlan.key;

beforeAll(async () => {
  server = await createTestServer({ seed: false, onStatement: (statement) => statements.push(statement) });
  for (const plan of [small, large]) {
    await importPlan(server.ctx, plan, { replace: false, actor: "Test" });
    // Once before counting: who may see the plan is looked up at the first read and kept.
    await server.app.inject(`/api/plans/${keyOf(plan)}`);
  }
});
afterAll(async () => {
  await server?.dispose();
});

type Request = { method: "GET" | "PUT"; url: string; payload?: object };

/** The requests to count for one plan: its reads, and a write of a report and of a measure. */
async function requestsFor(plan: PlanDocumentInput): Promise<Array<[string, () => Promise<Request>]>> {
  const base = `/api/plans/${keyOf(plan)}`;
  const area = plan.focusAreas?.[0]?.key ?? "";
  const current = async () => (await server.app.inject(base)).json() as PlanDocument;
  const firstMeasure = async () => {
    const measure = (await current()).focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("the plan has no measure");
    return measure;
  };
  const get = (url: string) => async (): Promise<Request> => ({ method: "GET", url });
  return [
    ["the plan", get(base)],
    ["measures by area and unit", get(`${base}/measures?area=${area}&actor=naering`)],
    ["measures by text", get(`${base}/measures?q=rekruttering`)],
    ["search in the plan", get(`/api/search?q=rekruttering&plan=${keyOf(plan)}`)],
    ["coverage", get(`${base}/coverage`)],
    ["money", get(`${base}/budget`)],
    ["dashboard", get(`${base}/dashboard`)],
    ["reporting round", get(`${base}/reporting-round?period=2024-T3&unit=naering`)],
    ["timeline", get(`${base}/timeline`)],
    ["history", get(`/api/audit?plan=${keyOf(plan)}`)],
    [
      "a status report",
      async () => {
        const measure = await firstMeasure();
        const data = { status: "ongoing", assessment: "on_track", progressPercent: 40, comment: "Godt i gang." };
        return {
          method: "PUT",
          url: `${base}/measures/${measure.key}/reports/2025-T1`,
          payload: { version: null, data: { ...data, indicatorValues: [], reportedBy: null } },
        };
      },
    ],
    [
      "a measure's edit",
      async () => {
        const measure = await firstMeasure();
        return {
          method: "PUT",
          url: `${base}/measures/${measure.key}`,
          payload: { version: versionOf(measure), data: { ...measure, title: `${measure.title} (endret)` } },
        };
      },
    ],
  ];
}

/** The statements one request sends, on a cold plan cache and a warm session. */
async function count(request: Request): Promise<string[]> {
  await server.app.inject("/api/session");
  server.ctx.plans.clear();
  statements.length = 0;
  const res = await server.app.inject(request);
  expect(res.statusCode, `${request.method} ${request.url}: ${res.body.slice(0, 300)}`).toBe(200);
  return [...statements];
}

describe("statements per request", () => {
  it("are as many for a plan of 100 measures as for one of 10, for every read and write", async () => {
    const smallRequests = await requestsFor(small);
    const largeRequests = await requestsFor(large);
    const counts: Record<string, [number, number]> = {};
    for (const [i, [name, makeSmall]] of smallRequests.entries()) {
      const makeLarge = largeRequests[i]?.[1];
      if (makeLarge === undefined) throw new Error(`no request «${name}» for the large plan`);
      const ofSmall = await count(await makeSmall());
      const ofLarge = await count(await makeLarge());
      counts[name] = [ofSmall.length, ofLarge.length];
      expect(ofLarge.length, `${name}:\n${ofLarge.join("\n")}`).toBe(ofSmall.length);
    }
    // Every read is one statement on a cold cache: the plan's, worked on in memory, or for search and history their own.
    const reads = Object.entries(counts).filter(([name]) => !name.startsWith("a "));
    expect(Object.fromEntries(reads.map(([name, [n]]) => [name, n]))).toEqual(
      Object.fromEntries(reads.map(([name]) => [name, 1])),
    );
    // A report writes its own rows (8 statements); an edit rewrites the plan, one statement per table.
    expect(counts["a status report"]?.[0]).toBeLessThanOrEqual(10);
    expect(counts["a measure's edit"]?.[0]).toBeLessThanOrEqual(40);
  });
});
