/** Coverage and budget through the API, on Gjøvik's plan: the numbers the domain tests derive by hand. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanBudget, PlanCoverage } from "../domain/insight-models.js";
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

describe("GET /api/plans/{key}/coverage", () => {
  it("judges the plan's own rule: every area covered within the period, not every strategy", async () => {
    const { status, body } = await get<PlanCoverage>(`/api/plans/${KEY}/coverage`);
    expect(status).toBe(200);
    expect(body.years).toEqual([2024, 2025, 2026]);
    expect(body.verdict).toEqual({ isEveryAreaCovered: true, uncoveredAreas: [], isEveryStrategyCovered: false });
    const arealer = body.areas.find((a) => a.areaKey === "naeringsarealer");
    expect(arealer?.coveredYears).toEqual([2025, 2026]);
    expect(body.unscheduled.map((m) => m.measureKey)).toEqual(["industri-regionalt-team"]);
    expect(body.areas.flatMap((a) => a.unknownRefs).map((r) => r.key)).toEqual([
      "stedsutvikling-biri-snertingdal-hunndalen",
    ]);
  });

  it("answers 404 for an unknown plan", async () => {
    expect((await get(`/api/plans/finnes-ikke/coverage`)).status).toBe(404);
  });
});

describe("GET /api/plans/{key}/budget", () => {
  it("totals each year with the regional programme's increase counted once", async () => {
    const { status, body } = await get<PlanBudget>(`/api/plans/${KEY}/budget`);
    expect(status).toBe(200);
    expect(body.years).toEqual([
      { year: 2024, increaseNok: 350_000, contributionNok: 800_000, oneOffNok: 0 },
      { year: 2025, increaseNok: 850_000, contributionNok: 800_000, oneOffNok: 0 },
      { year: 2026, increaseNok: 350_000, contributionNok: 800_000, oneOffNok: 0 },
    ]);
    const programme = body.sharedSources.find((s) => s.sourceKey === "regionalt-naeringsutviklingsprogram");
    expect(programme?.citedBy).toHaveLength(5);
    expect(body.unstated).toHaveLength(14);
  });

  it("follows a change to the plan: a new yearly increase of kr 100 000 shows in every year", async () => {
    const plan = (await server.app.inject({ url: `/api/plans/${KEY}` })).json();
    const measure = plan.focusAreas[0].measures[0];
    const data = {
      ...measure,
      funding: [
        ...measure.funding,
        { kind: "budget_increase", amountNok: 100_000, recurrence: "yearly", text: "Økt ramme" },
      ],
    };
    const put = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${measure.key}`,
      payload: { version: versionOf(measure), data },
    });
    expect(put.statusCode).toBe(200);
    const { body } = await get<PlanBudget>(`/api/plans/${KEY}/budget`);
    expect(body.years.map((y) => y.increaseNok)).toEqual([450_000, 950_000, 450_000]);
  });
});
